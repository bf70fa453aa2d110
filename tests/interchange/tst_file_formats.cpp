// The file formats on their own, before anything is stored: CSV as spreadsheets write it, vCards
// as phones and old PCs write them, dates as people type them, and text in the encodings
// address books leave behind.
#include "interchange/badge.h"
#include "interchange/csv.h"
#include "interchange/csv_people.h"
#include "interchange/personal_date.h"
#include "interchange/text_encoding.h"
#include "interchange/text_source.h"
#include "interchange/vcard.h"

#include <QTest>
#include <sstream>

using namespace rapport;
using namespace rapport::interchange;

namespace {

std::vector<std::vector<std::string>> allRecords(std::string_view text)
{
    CsvReader reader(text);
    std::vector<std::vector<std::string>> records;
    std::vector<std::string> fields;
    while (reader.next(fields))
        records.push_back(fields);
    return records;
}

// UTF-8 text as UTF-16LE with its byte order mark (code points below U+10000, and the pairs of
// surrogates this test writes out itself).
std::string utf16le(std::u16string_view text)
{
    std::string out = "\xFF\xFE";
    for (const char16_t unit : text) {
        out += static_cast<char>(unit & 0xFF);
        out += static_cast<char>(unit >> 8);
    }
    return out;
}

std::vector<std::string> linesOf(const std::string &bytes, TextEncoding encoding)
{
    std::istringstream in(bytes);
    TextSource text(in, encoding);
    LineSource lines(text);
    std::vector<std::string> out;
    std::string line;
    while (lines.next(line))
        out.push_back(line);
    return out;
}

std::string field(const PersonRecord &person, const char *key)
{
    auto found = person.fields.find(key);
    return found != person.fields.end() && found->is_string() ? found->get<std::string>()
                                                              : std::string();
}

} // namespace

class FileFormatsTest : public QObject
{
    Q_OBJECT

private slots:
    void csv_readsQuotesCommasAndLineBreaksInsideCells()
    {
        const auto records = allRecords("name,notes\r\n\"Weber, Anna\",\"said \"\"yes\"\"\nand "
                                        "left\"\r\n\r\nBerg,\r\n");
        QCOMPARE(records.size(), std::size_t(3));
        QCOMPARE(records[1][0], std::string("Weber, Anna"));
        QCOMPARE(records[1][1], std::string("said \"yes\"\nand left"));
        QCOMPARE(records[2], (std::vector<std::string> {"Berg", ""}));
    }

    void csv_takesTheSemicolonsOfAEuropeanSpreadsheet()
    {
        CsvReader reader("Vorname;Nachname;Firma\nJürgen;Krüger;Bäckerei, Nord\n");
        QCOMPARE(reader.delimiter(), ';');
        std::vector<std::string> fields;
        QVERIFY(reader.next(fields) && reader.next(fields));
        QCOMPARE(fields[2], std::string("Bäckerei, Nord"));
    }

    // Commas inside a quoted header cell are not delimiters: the semicolons are.
    void csv_delimitersInsideQuotedCellsDoNotCount()
    {
        CsvReader reader("\"Name, first, last\";E-mail\n\"Krüger, Jürgen, K\";j@example.de\n");
        QCOMPARE(reader.delimiter(), ';');
        std::vector<std::string> fields;
        QVERIFY(reader.next(fields));
        QCOMPARE(fields, (std::vector<std::string> {"Name, first, last", "E-mail"}));
    }

    void csv_cellsThatWouldRunAsFormulasAreWrittenAsText()
    {
        for (const std::string value : {"=HYPERLINK(\"http://x\")", "+49 170 1", "-5", "@SUM(A1)",
                                        "\tx", "'=already quoted"}) {
            const auto cell = csvCell(value);
            auto unquoted = allRecords(cell + "\r\n").front().front();
            QVERIFY2(unquoted.front() == '\'', cell.c_str());
            QCOMPARE(readCsvCell(unquoted), value); // and back, exactly
        }
        QCOMPARE(csvCell("Anna"), std::string("Anna"));
        QCOMPARE(readCsvCell("'quoted on purpose"), std::string("'quoted on purpose"));
    }

    void csv_aQuoteThatNeverClosesIsReportedNotSwallowed()
    {
        CsvReader reader("a,b\n1,2\n\"3,4\n5,6\n");
        std::vector<std::string> fields;
        QVERIFY(reader.next(fields) && reader.next(fields));
        QVERIFY(!reader.next(fields));
        QVERIFY(reader.endedInsideQuotes());
        QCOMPARE(reader.line(), 3);
    }

    void dates_readWhatAddressBooksWrite()
    {
        QCOMPARE(personalDate("1984-02-29").value(), std::string("1984-02-29"));
        QCOMPARE(personalDate("19840229").value(), std::string("1984-02-29"));
        QCOMPARE(personalDate("1984-02-29T00:00:00Z").value(), std::string("1984-02-29"));
        QCOMPARE(personalDate("--0229").value(), std::string("--02-29"));
        QCOMPARE(personalDate("--02-29").value(), std::string("--02-29"));
        QCOMPARE(personalDate("1604-02-29").value(), std::string("--02-29")); // Apple: no year
        QCOMPARE(personalDate("29.02.1984").value(), std::string("1984-02-29"));
        QCOMPARE(personalDate("3.7.").value(), std::string("--07-03"));
        QCOMPARE(personalDate("2/29/1984").value(), std::string("1984-02-29"));
        QVERIFY(!personalDate("1983-02-29")); // not a leap year
        QVERIFY(!personalDate("2001-13-01"));
        QVERIFY(!personalDate("next tuesday"));
        QVERIFY(!personalDate(""));
    }

    void encodings_utf8Utf16AndWindows1252AllReadAsTheSameText()
    {
        const std::string expected = "Krüger €";
        QCOMPARE(decodeText("Kr\xC3\xBCger \xE2\x82\xAC").utf8, expected);
        QCOMPARE(decodeText("\xEF\xBB\xBFKr\xC3\xBCger \xE2\x82\xAC").utf8, expected);
        const auto latin = decodeText("Kr\xFCger \x80");
        QCOMPARE(latin.utf8, expected);
        QCOMPARE(latin.readAs, std::string("Windows-1252"));
        const std::string utf16le("\xFF\xFEK\0r\0\xFC\0g\0e\0r\0 \0\xAC\x20", 18);
        QCOMPARE(decodeText(utf16le).utf8, expected);
        QCOMPARE(decodeText(utf16le).readAs, std::string("UTF-16LE"));
        QVERIFY(!isValidUtf8("\xC0\xAF")); // an overlong slash
        QVERIFY(!isValidUtf8("\xED\xA0\x80")); // a surrogate
        QVERIFY(!isValidUtf8("abc\xE2\x82")); // cut short
    }

    void encodings_aCharacterOrALineEndWhereTheFileIsReadInPiecesComesThroughWhole()
    {
        // An address book is read a piece at a time: wherever a piece ends, inside a
        // four-byte character, a pair of surrogates or a CRLF, the text reads the same.
        const std::string name = "Nilsson \xF0\x9F\x98\x80 J\xC3\xB6rg"; // an emoji, an umlaut
        for (std::size_t before = TextSource::pieceBytes - 24; before <= TextSource::pieceBytes;
             ++before) {
            const std::string filler(before, 'a');
            const std::vector<std::string> expected {filler + name, "next"};
            QCOMPARE(linesOf(filler + name + "\r\nnext\r\n", TextEncoding::Utf8), expected);
        }
        // In UTF-16 the pair of surrogates (bytes 18 to 21 of the name) and the CRLF (bytes 30
        // to 33) each fall across the end of the first piece for some length of filler.
        const std::size_t units = (TextSource::pieceBytes - 2) / 2;
        for (std::size_t before = units - 18; before <= units - 6; ++before) {
            const std::u16string wide
                = std::u16string(before, u'a') + u"Nilsson \xD83D\xDE00 J\x00F6rg\r\nnext\r\n";
            const std::vector<std::string> expected {std::string(before, 'a') + name, "next"};
            QCOMPARE(linesOf(utf16le(wide), TextEncoding::Utf16LE), expected);
        }
    }

    void encodings_oneWindows1252ByteFarIntoTheFileDecidesForAllOfIt()
    {
        // Thousands of plain ASCII cards, and a last one written by an old Outlook.
        std::string file;
        for (int i = 0; i < 20000; ++i)
            file += "BEGIN:VCARD\r\nFN:Person " + std::to_string(i) + "\r\nEND:VCARD\r\n";
        QVERIFY(file.size() > 2 * TextSource::pieceBytes);
        file += "BEGIN:VCARD\r\nN:M\xFCller;J\xF6rg\r\nEND:VCARD\r\n";
        const auto read = readVCards(file);
        QCOMPARE(read.readAs, std::string("Windows-1252"));
        QCOMPARE(read.people.size(), std::size_t(20001));
        QCOMPARE(field(read.people.back(), "lastName"), std::string("Müller"));
        QCOMPARE(field(read.people.back(), "firstName"), std::string("Jörg"));
        QCOMPARE(field(read.people.front(), "lastName"), std::string("0"));
    }

    void vcard_readsVersion3And4()
    {
        const auto file = readVCards("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Anna Weber\r\n"
                                     "N:Weber;Anna;;;\r\nORG:Weber Bakery;Sales\r\n"
                                     "EMAIL;TYPE=work:anna@work.example\r\n"
                                     "EMAIL;PREF=1:anna@example.org\r\n"
                                     "TEL;TYPE=\"voice,cell\":+49 170 1234567\r\n"
                                     "BDAY:--0229\r\nANNIVERSARY:20100612\r\n"
                                     "NOTE:Son Jonas collects baseball cards\\, and sails.\\nCall "
                                     "mornings.\r\n"
                                     "CATEGORIES:vip,bakery\r\nUID:urn:uuid:1234\r\n"
                                     "PHOTO:data:image/png;base64,iVBORw0KGgo=\r\n"
                                     "END:VCARD\r\n");
        QCOMPARE(file.people.size(), std::size_t(1));
        QVERIFY(file.skipped.empty());
        const auto &anna = file.people.front();
        QCOMPARE(field(anna, "firstName"), std::string("Anna"));
        QCOMPARE(field(anna, "lastName"), std::string("Weber"));
        QCOMPARE(anna.company, std::string("Weber Bakery"));
        QCOMPARE(field(anna, "email"), std::string("anna@example.org")); // the preferred one
        QVERIFY(anna.fields["otherEmails"] == Json::array({"anna@work.example"}));
        QCOMPARE(field(anna, "phone"), std::string("+49 170 1234567"));
        QCOMPARE(field(anna, "birthday"), std::string("--02-29"));
        QCOMPARE(field(anna, "anniversary"), std::string("2010-06-12"));
        QCOMPARE(field(anna, "notes"),
                 std::string("Son Jonas collects baseball cards, and sails.\nCall mornings."));
        QVERIFY(anna.fields["tags"] == Json::array({"vip", "bakery"}));
        QCOMPARE(anna.uid, std::string("urn:uuid:1234"));
        QVERIFY(!anna.fields.contains("photo"));
    }

    void vcard_readsTheVersion21OfOldPhones()
    {
        // Folded lines, quoted-printable with a soft line break, a Latin-1 CHARSET, bare TYPEs.
        const auto file
            = readVCards("BEGIN:VCARD\nVERSION:2.1\n"
                         "N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Kr=FCger;J=FC=\n"
                         "rgen\n"
                         "TEL;WORK:030 1\nTEL;CELL;PREF:0171 2\n"
                         "NOTE:a long note that was\n  folded by the phone\n"
                         "END:VCARD\n");
        QCOMPARE(file.people.size(), std::size_t(1));
        const auto &person = file.people.front();
        QCOMPARE(field(person, "lastName"), std::string("Krüger"));
        QCOMPARE(field(person, "firstName"), std::string("Jürgen"));
        QCOMPARE(field(person, "phone"), std::string("0171 2"));
        QCOMPARE(field(person, "notes"), std::string("a long note that was folded by the phone"));
    }

    void vcard_brokenCardsAreSkippedWithTheirReasonAndTheRestRead()
    {
        const auto file = readVCards("BEGIN:VCARD\nFN:Good One\nEND:VCARD\n"
                                     "BEGIN:VCARD\nORG:Only A Company\nEND:VCARD\n"
                                     "BEGIN:VCARD\nFN:Cut Off\n"
                                     "BEGIN:VCARD\nN:Two;Good;;;\nBDAY:1983-02-29\nEND:VCARD\n"
                                     "BEGIN:VCARD\nFN:Last Without End\n");
        QCOMPARE(file.people.size(), std::size_t(2));
        QCOMPARE(field(file.people[1], "firstName"), std::string("Good"));
        QCOMPARE(file.people[1].leftOut.size(), std::size_t(1)); // the impossible birthday
        QVERIFY(!file.people[1].fields.contains("birthday"));
        QCOMPARE(file.skipped.size(), std::size_t(3));
        QVERIFY(file.skipped[0].why.find("Only A Company") != std::string::npos);
        QVERIFY(file.skipped[1].why.find("does not end") != std::string::npos);
        QVERIFY(file.skipped[2].why.find("file stops") != std::string::npos);
        QVERIFY(!readVCards("just some text").skipped.empty());
        QVERIFY(readVCards("").people.empty());
    }

    void vcard_aHugeCardIsSkipped()
    {
        std::string card = "BEGIN:VCARD\nFN:Big Note\n";
        for (int i = 0; i < 20000; ++i)
            card += "NOTE:" + std::string(60, 'x') + "\n";
        card += "END:VCARD\nBEGIN:VCARD\nFN:Small One\nEND:VCARD\n";
        const auto file = readVCards(card);
        QCOMPARE(file.people.size(), std::size_t(1));
        QCOMPARE(file.skipped.size(), std::size_t(1));
        QVERIFY(file.skipped[0].why.find("1 MB") != std::string::npos);
    }

    void vcard_whatIsWrittenReadsBackTheSame()
    {
        const Json contact {
            {"type", "contact"},
            {"firstName", "Zoë"},
            {"lastName", "O\u2019Brien"},
            {"email", "zoe@example.org"},
            {"phone", "+353 1 234"},
            {"birthday", "--02-29"},
            {"anniversary", "2001-06-30"},
            {"title", "Head of purchasing; Dublin"},
            {"notes", "Line one\nLine two, with a comma\\and a backslash"},
            {"tags", {"vip", "dairy"}},
            {"role", "decision_maker"},
            {"hobbies", {"sailing"}},
            {"family",
             {{{"id", "f1"}, {"name", "Liam"}, {"relation", "son"}, {"interests", {"hurling"}}}}},
            {"howWeMet",
             "Trade show in Köln, 2019 — she asked about the ovens and stayed an hour"}};
        const auto card = writeVCard("contact-1", contact, "Dairy; Ltd, Cork");
        for (std::size_t at = 0, end; (end = card.find("\r\n", at)) != std::string::npos;
             at = end + 2)
            QVERIFY2(end - at <= 75, "a line longer than 75 octets");
        const auto file = readVCards(card);
        QCOMPARE(file.people.size(), std::size_t(1));
        const auto &back = file.people.front();
        QCOMPARE(back.uid, std::string("contact-1"));
        QCOMPARE(back.company, std::string("Dairy; Ltd, Cork"));
        for (const auto &[key, value] : contact.items())
            if (key != "type")
                QVERIFY2(back.fields[key] == value, key.c_str());
    }

    void csvPeople_readsGoogleOutlookAndRapportHeaders()
    {
        const auto google = readCsvPeople(
            "Name,Given Name,Family Name,Birthday,Notes,Group Membership,E-mail 1 - Type,"
            "E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Organization 1 - Name,"
            "Organization 1 - Title,Yomi Name\n"
            "Anna Weber,Anna,Weber,--02-29,Sails,* myContacts ::: vip,Work,anna@example.org,"
            "Mobile,+49 170 1,Weber Bakery,Owner,\n");
        QCOMPARE(google.people.size(), std::size_t(1));
        const auto &anna = google.people.front();
        QCOMPARE(field(anna, "firstName"), std::string("Anna"));
        QCOMPARE(field(anna, "email"), std::string("anna@example.org"));
        QCOMPARE(field(anna, "phone"), std::string("+49 170 1"));
        QCOMPARE(field(anna, "title"), std::string("Owner"));
        QCOMPARE(field(anna, "birthday"), std::string("--02-29"));
        QCOMPARE(anna.company, std::string("Weber Bakery"));
        QVERIFY(anna.fields.value("tags", Json()) == Json::array({"vip"}));
        QCOMPARE(google.skipped.size(), std::size_t(1)); // the column it has no field for
        QVERIFY(google.skipped[0].where.find("Yomi Name") != std::string::npos);

        const auto outlook = readCsvPeople("First Name;Last Name;Company;E-mail Address;Mobile "
                                           "Phone;Birthday\nJürgen;Krüger;Nord GmbH;;0171 2;"
                                           "29.2.1984\n;;Only Company;;;\n");
        QCOMPARE(outlook.people.size(), std::size_t(1));
        QCOMPARE(field(outlook.people[0], "birthday"), std::string("1984-02-29"));
        QCOMPARE(outlook.skipped.size(), std::size_t(1));
        QVERIFY(outlook.skipped[0].where == "row 3");
    }

    void badge_readsMecardAndVCardAndNothingElse()
    {
        auto mecard = readBadge("MECARD:N:Lee,Ann;ORG:Lee Ovens\\; Sons;EMAIL:ann@lee.example;"
                                "TEL:+44 20 1;TITLE:Head buyer;;");
        QVERIFY(mecard.has_value());
        QCOMPARE(field(*mecard, "firstName"), std::string("Ann"));
        QCOMPARE(field(*mecard, "lastName"), std::string("Lee"));
        QCOMPARE(mecard->company, std::string("Lee Ovens; Sons"));
        QCOMPARE(field(*mecard, "email"), std::string("ann@lee.example"));
        QCOMPARE(field(*mecard, "phone"), std::string("+44 20 1"));
        QCOMPARE(field(*mecard, "title"), std::string("Head buyer"));
        auto plain = readBadge("mecard:N:Bo Chan;;");
        QVERIFY(plain.has_value());
        QCOMPARE(field(*plain, "lastName"), std::string("Chan"));
        auto card = readBadge("BEGIN:VCARD\nVERSION:3.0\nFN:Cy Dorn\nORG:Dorn AG\nEND:VCARD\n");
        QVERIFY(card.has_value());
        QCOMPARE(card->company, std::string("Dorn AG"));
        QVERIFY(!readBadge("https://expo.example/ticket/8812"));
        QVERIFY(!readBadge("MECARD:ORG:No Person;;"));
        QVERIFY(!readBadge(""));
    }

    void csvPeople_aFileOfSomethingElseIsRefusedWhole()
    {
        const auto file = readCsvPeople("Date,Amount,Currency\n2026-01-01,5,EUR\n");
        QVERIFY(file.people.empty());
        QCOMPARE(file.skipped.size(), std::size_t(1));
        QVERIFY(file.skipped[0].why.find("no column for a name") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(FileFormatsTest)
#include "tst_file_formats.moc"
