import QtQuick
import QtTest
import Rapport
import RapportTest

// A photo of the shelf kept with the person: added from a file, shown small on their page,
// opened full size with a tap, and removed there.
PageTestCase {
    id: testCase
    name: "Files"

    Component {
        id: contactPage
        ContactPage {
            width: testCase.width
            height: testCase.height
        }
    }
    Component {
        id: filePage
        FilePage {
            width: testCase.width
            height: testCase.height
        }
    }
    SignalSpy {
        id: fileRequested
        signalName: "fileRequested"
    }

    function personIn(session) {
        TestSessions.put(session, '{"_id":"contact-ines","type":"contact","firstName":"Ines","lastName":"Roth"}');
        return "contact-ines";
    }
    function filesOf(page) {
        return find(page, item => item.attach !== undefined && item.openRequested !== undefined);
    }
    function tile(page, name) {
        return find(page, item => item.text === name && item.clicked !== undefined && item.visible);
    }

    function test_aPhotoShowsSmallOnThePersonAndOpensFullSize() {
        const session = TestSessions.fresh();
        const page = createTemporaryObject(contactPage, testCase, { session: session, contactId: personIn(session) });
        verify(shows(page, /^Photos and files$/i));
        verify(button(page, "Add photo or file"));

        verify(filesOf(page).attach(TestSessions.writePicture("shelf.png", 800, 600)));
        tryVerify(() => tile(page, "shelf.png") !== null);
        const thumbnail = find(tile(page, "shelf.png"), item => item.status !== undefined && item.fillMode !== undefined);
        tryCompare(thumbnail, "status", Image.Ready, 10000);
        // Made small for the tile (twice its size for a dense screen), not decoded whole.
        verify(thumbnail.implicitWidth <= 208, "a thumbnail of " + thumbnail.implicitWidth + " px");

        fileRequested.target = page;
        tap(tile(page, "shelf.png"));
        compare(fileRequested.count, 1);
        compare(fileRequested.signalArguments[0][0], "contact-ines");
        compare(fileRequested.signalArguments[0][1], "shelf.png");

        const full = createTemporaryObject(filePage, testCase, { session: session, documentId: "contact-ines", name: "shelf.png" });
        const picture = find(full, item => item.status !== undefined && item.fillMode === Image.PreserveAspectFit);
        tryCompare(picture, "status", Image.Ready, 10000);
        compare(picture.implicitWidth, 800);
        tap(button(full, "Remove"));
        tryVerify(() => tile(page, "shelf.png") === null);
    }

    function test_aFileThatIsNoPictureShowsItsNameAndSize() {
        const session = TestSessions.fresh();
        const page = createTemporaryObject(contactPage, testCase, { session: session, contactId: personIn(session) });
        verify(filesOf(page).attach(TestSessions.writeFile("signed-order.pdf", "%PDF-1.4\n%%EOF\n")));
        tryVerify(() => tile(page, "signed-order.pdf") !== null);
        verify(shows(tile(page, "signed-order.pdf"), /^15 bytes$/));
        const full = createTemporaryObject(filePage, testCase, { session: session, documentId: "contact-ines", name: "signed-order.pdf" });
        verify(shows(full, /^application\/pdf, 15 bytes$/));
        // Opened in the device's PDF viewer, from a copy of its own.
        tap(button(full, "Open"));
        tryVerify(() => TestSessions.lastOpenedUrl.match(/^file:.*\/signed-order\.pdf$/) !== null);
    }

    function test_aFileThatCannotBeReadSaysSo() {
        const session = TestSessions.fresh();
        const page = createTemporaryObject(contactPage, testCase, { session: session, contactId: personIn(session) });
        verify(!filesOf(page).attach("/nowhere/card.jpg"));
        verify(shows(page, /“card.jpg” could not be read/));
    }
}
