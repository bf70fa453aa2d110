import QtQuick
import QtTest
import Rapport
import RapportTest

// Bringing an address book in through the Your data page: look inside first (nothing changes),
// see what would be skipped and why, import, and find the people; then take it all out again.
PageTestCase {
    id: testCase
    name: "YourData"

    Component {
        id: dataPage
        DataPage {
            width: testCase.width
            height: testCase.height
        }
    }
    Component {
        id: search
        SearchPage {
            width: testCase.width
            height: testCase.height
        }
    }

    function test_importContactsFromAVCardFile() {
        const session = TestSessions.fresh();
        const file = TestSessions.writeFile("from-my-phone.vcf",
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Weber;Anna;;;\r\nORG:Weber Bakery\r\n"
            + "NOTE:Her son collects baseball cards\r\nEND:VCARD\r\n"
            + "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Berg;Tom;;;\r\nORG:Weber Bakery\r\n"
            + "BDAY:1983-02-29\r\nEND:VCARD\r\n"
            + "BEGIN:VCARD\r\nVERSION:3.0\r\nORG:Only A Company\r\nEND:VCARD\r\n");
        const page = createTemporaryObject(dataPage, testCase, { session: session });
        type(field(page, "File").input, file);
        tap(button(page, "Look inside"));
        tryVerify(() => shows(page, /2 people would come in from from-my-phone.vcf, with 1 new company/));
        verify(shows(page, /1 skipped/));
        verify(shows(page, /Skipped card 3 .*: it names a company \(Only A Company\) but no person/));
        verify(shows(page, /Birthday “1983-02-29” is not a date; left out/));
        compare(session.documentCount, 0, "a preview changed the notebook");

        tap(button(page, "Import"));
        tryVerify(() => shows(page, /2 people came in from from-my-phone.vcf/));
        compare(session.documentCount, 3); // two people and their company

        const searchPage = createTemporaryObject(search, testCase, { session: session });
        type(find(searchPage, item => item.placeholderText !== undefined && item.placeholderText.startsWith("A name")), "baseball");
        tryVerify(() => shows(searchPage, /^Anna Weber$/));
    }

    Translations {
        id: translations
    }
    function cleanup() {
        translations.chosen = "en"; // whatever a test did, the next reads English
    }

    // In German the report reads as German writes it, down to where in the file and why.
    function test_theReportInGerman() {
        translations.chosen = "de";
        const session = TestSessions.fresh();
        const file = TestSessions.writeFile("vom-telefon.vcf",
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Berg;Tom;;;\r\nORG:Weber Bakery\r\n"
            + "BDAY:1983-02-29\r\nEND:VCARD\r\n"
            + "BEGIN:VCARD\r\nVERSION:3.0\r\nORG:Only A Company\r\nEND:VCARD\r\n");
        const page = createTemporaryObject(dataPage, testCase, { session: session });
        type(field(page, "Datei").input, file);
        tap(button(page, "Hineinsehen"));
        tryVerify(() => shows(page, /1 Person käme aus vom-telefon.vcf, mit 1 neuen Firma/));
        verify(shows(page, /1 übersprungen/));
        verify(shows(page, /Übersprungen Karte 2 .*: nennt eine Firma \(Only A Company\), aber keine Person/));
        verify(shows(page, /Geburtstag „1983-02-29“ ist kein Datum; weggelassen/));
    }

    function test_aFileThatIsNoAddressBookSaysSo() {
        const session = TestSessions.fresh();
        const file = TestSessions.writeFile("bank.csv", "Date,Amount\n2026-01-01,5\n");
        const page = createTemporaryObject(dataPage, testCase, { session: session });
        type(field(page, "File").input, file);
        tap(button(page, "Look inside"));
        tryVerify(() => shows(page, /no column for a name/));
        verify(!find(page, item => item.text === "Import" && item.visible));
    }

    function test_exportEverythingAsJson() {
        const session = TestSessions.fresh();
        const page = createTemporaryObject(dataPage, testCase, { session: session, exportFolder: session.path + "-exports" });
        verify(shows(page, /^No photos or files yet\.$/));
        TestSessions.put(session, '{"_id":"contact-ines","type":"contact","firstName":"Ines","_attachments":{"card.jpg":{"content_type":"image/jpeg","data":"AAECAwQFBgcICQ=="}}}');
        tryVerify(() => shows(page, /^1 photo or file takes 10 bytes on this device\.$/));
        tap(find(page, item => item.objectName === "exportJson"));
        tryVerify(() => shows(page, /Saved as .*rapport-export-.*\.json/));
    }
}
