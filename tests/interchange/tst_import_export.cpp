// Own your data, on real database files: contacts in from vCard and CSV (and back out), a
// calendar of follow-ups and birthdays, everything out as JSON and CSV and back into an empty
// notebook with nothing lost; bad files get a report of what was skipped and why, and an import
// that cannot finish leaves nothing half done.
#include "demo_data.h"
#include "interchange/contact_import.h"
#include "interchange/csv.h"
#include "interchange/notebook_formats.h"
#include "merge/local_editor.h"
#include "notebook/notebook_queries.h"
#include "store/export.h"
#include "store/store_fixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <algorithm>
#include <fstream>
#include <sstream>

using namespace rapport;
using namespace rapport::interchange;

namespace {

struct Notebook : StoreFixture
{
    std::unique_ptr<merge::LocalEditor> editor = openEditor();

    std::unique_ptr<merge::LocalEditor> openEditor()
    {
        auto opened = merge::LocalEditor::open(*store);
        if (!opened)
            qFatal("cannot open the editor: %s", opened.error().message.c_str());
        return std::move(*opened);
    }

    ImportReport import(std::string_view bytes, ImportMode mode = ImportMode::Write)
    {
        auto report = importFile(*editor, bytes, mode);
        if (!report)
            qFatal("import failed: %s", report.error().describe().c_str());
        return std::move(*report);
    }

    std::map<std::string, Json> documents()
    {
        std::map<std::string, Json> out;
        auto read = store->forEachDocument([&](const Document &doc) { out[doc.id] = doc.body; });
        if (!read)
            qFatal("cannot read: %s", read.error().message.c_str());
        return out;
    }

    std::vector<Json> ofType(const std::string &type)
    {
        std::vector<Json> out;
        for (const auto &[id, body] : documents())
            if (body.value("type", std::string()) == type)
                out.push_back(body);
        return out;
    }

    std::int64_t sequence() { return store->lastSequence().value(); }
};

std::string text(const Json &body, const char *key)
{
    return body.value(key, std::string());
}

const char *annaCard = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Weber;Anna;;;\r\nFN:Anna Weber\r\n"
                       "ORG:Weber Bakery\r\nEMAIL:anna@example.org\r\nBDAY:--02-29\r\n"
                       "NOTE:Her son Jonas collects baseball cards\r\nEND:VCARD\r\n"
                       "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Berg;Tom;;;\r\nORG:weber bakery\r\n"
                       "TEL:+49 170 2\r\nEND:VCARD\r\n";

// A stream that can only be read forward, as a pipe is: it cannot tell or seek a position.
class ForwardOnly : public std::streambuf
{
public:
    explicit ForwardOnly(std::string text) : m_text(std::move(text))
    {
        setg(m_text.data(), m_text.data(), m_text.data() + m_text.size());
    }

private:
    std::string m_text;
};

} // namespace

class ImportExportTest : public QObject
{
    Q_OBJECT

private slots:
    void vcard_peopleArriveWithTheirCompanyAndCanBeFound()
    {
        Notebook notebook;
        const auto report = notebook.import(annaCard);
        QCOMPARE(report.format, std::string("vCard"));
        QCOMPARE(report.added, 2);
        QCOMPARE(report.companies, 1); // "weber bakery" is the same company, any case
        QVERIFY(report.skipped.empty());
        QVERIFY(report.written);
        const auto accounts = notebook.ofType("account");
        QCOMPARE(accounts.size(), std::size_t(1));
        for (const auto &contact : notebook.ofType("contact"))
            QVERIFY(!text(contact, "accountId").empty());
        auto hits = NotebookQueries(*notebook.store).search("baseball", 10);
        CHECK_OK(hits);
        QCOMPARE(hits->size(), std::size_t(1));
        QCOMPARE(hits->front().title, std::string("Anna Weber"));
        // Today's birthdays know her leap-day birthday without a year.
        auto occasions = NotebookQueries(*notebook.store).occasions("2027-02-27", 3);
        CHECK_OK(occasions);
        QCOMPARE(occasions->size(), std::size_t(1));
    }

    void vcard_importingTheSameFileAgainAddsNoOneTwice()
    {
        Notebook notebook;
        notebook.import(annaCard);
        const auto again = notebook.import(annaCard);
        QCOMPARE(again.added, 0);
        QCOMPARE(again.alreadyThere, 2);
        QCOMPARE(notebook.ofType("contact").size(), std::size_t(2));
    }

    void vcard_aFileFromAPipeIsImportedToo()
    {
        // An address book is read twice (its encoding, then its people); one that can be read
        // only once is read into memory first.
        Notebook notebook;
        ForwardOnly pipe(std::string("\xEF\xBB\xBF") + annaCard);
        std::istream in(&pipe);
        QCOMPARE(static_cast<long long>(in.tellg()), -1LL);
        auto report = importStream(*notebook.editor, in, ImportMode::Write);
        CHECK_OK(report);
        QCOMPARE(report->format, std::string("vCard"));
        QCOMPARE(report->added, 2);
        QCOMPARE(notebook.ofType("contact").size(), std::size_t(2));
    }

    void vcard_aPersonAlreadyInTheNotebookIsFlaggedAsALikelyDuplicate()
    {
        Notebook notebook;
        CHECK_OK(notebook.store->put(makeDocument(
            R"({"_id":"c-mine","type":"contact","firstName":"Anna","lastName":"Weber",
                "email":"ANNA@example.org"})")));
        const auto report = notebook.import(annaCard);
        QCOMPARE(report.added, 2);
        QCOMPARE(report.likelyDuplicates, 1);
        QCOMPARE(notebook.ofType("duplicate").size(), std::size_t(1));
    }

    void preview_saysWhatWouldHappenAndChangesNothing()
    {
        Notebook notebook;
        const auto before = notebook.sequence();
        const auto preview = notebook.import(annaCard, ImportMode::Preview);
        QCOMPARE(preview.added, 2);
        QCOMPARE(preview.companies, 1);
        QVERIFY(!preview.written);
        QCOMPARE(notebook.sequence(), before);
        QVERIFY(notebook.ofType("contact").empty());
        auto hits = NotebookQueries(*notebook.store).search("baseball", 10);
        CHECK_OK(hits);
        QVERIFY(hits->empty());
    }

    void json_exportIntoAnEmptyNotebookLosesNothing()
    {
        Notebook source;
        CHECK_OK(demo::writeNotebook(*source.store, 7, 20, 60, 120));
        // What only a newer app knows, a family list, a follow-up, feedback, a deletion.
        CHECK_OK(source.store->put(makeDocument(
            R"({"_id":"c-new","type":"contact","firstName":"Zoë","futureField":{"a":[1,2.5,null]},
                "family":[{"id":"f1","name":"Liam","interests":["hurling"]}]})")));
        CHECK_OK(source.store->put(
            makeDocument(R"({"_id":"x-1","type":"typeFromTheFuture","payload":"kept as it is"})")));
        CHECK_OK(source.store->put(makeDocument(
            R"({"_id":"fu-1","type":"followup","title":"Send samples","due":"2026-12-01",
                "done":false})")));
        auto gone = source.store->put(makeDocument(R"({"_id":"gone","type":"contact"})"));
        CHECK_OK(gone);
        CHECK_OK(source.store->remove("gone", gone->rev));
        std::ostringstream exported;
        CHECK_OK(exportJson(*source.store, exported));

        Notebook target;
        const auto report = target.import(exported.str());
        QCOMPARE(report.format, std::string("Rapport JSON"));
        QVERIFY(report.skipped.empty());
        const auto before = source.documents();
        const auto after = target.documents();
        QCOMPARE(after.size(), before.size());
        QCOMPARE(report.added, static_cast<int>(before.size()));
        for (const auto &[id, body] : before) {
            QVERIFY2(after.contains(id), id.c_str());
            QVERIFY2(after.at(id) == body, id.c_str());
        }
        QVERIFY(!after.contains("gone"));
        // Its indexes are built as for any write: the person is found by what was said.
        auto hits = NotebookQueries(*target.store).search("hurling", 5);
        CHECK_OK(hits);
        QCOMPARE(hits->size(), std::size_t(1));
    }

    void json_exportBringsEveryPhotoBack()
    {
        Notebook source;
        // Bytes of every value, and lengths that are no multiple of three (base64's groups)
        // across the read's chunks.
        std::string card(200001, '\0');
        for (std::size_t i = 0; i < card.size(); ++i)
            card[i] = static_cast<char>((i * 7 + 3) % 256);
        const std::string order = "%PDF-1.4 signed";
        auto person = makeDocument(R"({"_id":"c-ines","type":"contact","firstName":"Ines"})");
        person.attachments.emplace("card.jpg", Attachment::ofBytes("image/jpeg", card));
        person.attachments.emplace("order \"final\".pdf",
                                   Attachment::ofBytes("application/pdf", order));
        CHECK_OK(source.store->put(person));
        CHECK_OK(source.store->put(makeDocument(R"({"_id":"c-bo","type":"contact"})")));
        std::ostringstream exported;
        CHECK_OK(exportJson(*source.store, exported));
        QVERIFY(Json::parse(exported.str(), nullptr, false).is_object()); // valid JSON

        Notebook target;
        const auto report = target.import(exported.str());
        QVERIFY(report.skipped.empty());
        QCOMPARE(report.added, 2);
        auto back = target.store->get("c-ines");
        CHECK_OK(back);
        QCOMPARE(back->attachments.size(), std::size_t {2});
        QCOMPARE(back->attachments.at("card.jpg").contentType, std::string("image/jpeg"));
        for (const auto &[name, bytes] : {std::pair {std::string("card.jpg"), card},
                                          std::pair {std::string("order \"final\".pdf"), order}}) {
            std::string read;
            CHECK_OK(target.store->readAttachment(back->attachments.at(name).digest,
                                                  [&read](std::string_view chunk) {
                                                      read.append(chunk);
                                                      return Status {};
                                                  }));
            QVERIFY2(read == bytes, name.c_str());
        }
        QCOMPARE(target.store->stats()->attachmentBytes,
                 static_cast<std::int64_t>(card.size() + order.size()));
    }

    void vcard_exportIntoAnEmptyNotebookKeepsEveryContactField()
    {
        Notebook source;
        CHECK_OK(demo::writeNotebook(*source.store, 11, 10, 50, 0));
        std::ostringstream cards;
        CHECK_OK(writeContactCards(*source.store, cards));
        Notebook target;
        const auto report = target.import(cards.str());
        QCOMPARE(report.added, 50);
        QVERIFY(report.skipped.empty());
        QVERIFY(report.partial.empty());
        const auto before = source.documents();
        const auto after = target.documents();
        for (const auto &[id, body] : before) {
            if (text(body, "type") != "contact")
                continue;
            QVERIFY2(after.contains(id), id.c_str()); // the same id: the same person
            const auto &back = after.at(id);
            for (const auto &[key, value] : body.items())
                if (key != "accountId")
                    QVERIFY2(back.value(key, Json()) == value, (id + " " + key).c_str());
            // Its company came along by name.
            const auto company = text(before.at(text(body, "accountId")), "name");
            QCOMPARE(text(after.at(text(back, "accountId")), "name"), company);
        }
    }

    void csv_twentyThousandLinesWithBadRowsAmongThem()
    {
        std::string file = "First Name,Last Name,Company,E-mail Address,Birthday,Notes\r\n";
        // Four rounds of the import's put-off index work (5,000 records each) and a part of one:
        // big enough to show any row lost between rounds, small enough for the sanitizers' build
        // (the speed of a long import is the interchange benchmark's, at 100,000 people).
        for (int i = 1; i <= 20000; ++i) {
            if (i % 1000 == 0)
                file += ",,Nameless Ltd,,,\r\n"; // no name: skipped
            else if (i % 1000 == 500)
                file += "Ann" + std::to_string(i) + ",Lee,Co " + std::to_string(i % 50)
                    + ",,1983-02-29,\"a note, with a comma\"\r\n"; // an impossible birthday
            else
                file += "Ann" + std::to_string(i) + ",Lee,Co " + std::to_string(i % 50) + ",ann"
                    + std::to_string(i) + "@example.org,1980-05-0" + std::to_string(1 + i % 9)
                    + ",\r\n";
        }
        Notebook notebook;
        QElapsedTimer timer;
        timer.start();
        const auto report = notebook.import(file);
        qInfo("20,000 CSV lines imported in %lld ms", static_cast<long long>(timer.elapsed()));
        QCOMPARE(report.added, 19980);
        QCOMPARE(report.companies, 50);
        QCOMPARE(report.skipped.size(), std::size_t(20));
        QCOMPARE(report.skipped.front().where, std::string("row 1001"));
        QCOMPARE(report.skipped.front().why,
                 std::string("it names a company (Nameless Ltd) but no person"));
        QCOMPARE(report.partial.size(), std::size_t(20));
        QVERIFY(report.partial.front().why.find("1983-02-29") != std::string::npos);
        auto byType = NotebookQueries(*notebook.store).recordsByType();
        CHECK_OK(byType);
        QCOMPARE(byType->at("contact"), std::int64_t(19980));
        // Found by name wherever they stood in the file: before, between and after the rounds
        // in which a long import writes its full-text work.
        for (const std::string name : {"Ann4999", "Ann12001", "Ann19999"}) {
            auto hits = NotebookQueries(*notebook.store).search(name, 50);
            CHECK_OK(hits);
            QVERIFY2(std::any_of(hits->begin(), hits->end(),
                                 [&](const auto &hit) { return hit.title == name + " Lee"; }),
                     name.c_str());
        }
    }

    void csv_wrongEncodingIsReadAndSaid()
    {
        Notebook notebook;
        const auto report = notebook.import("Vorname;Nachname;Firma\r\nJ\xFCrgen;Kr\xFCger;B\xE4"
                                            "ckerei Nord\r\n");
        QCOMPARE(report.readAs, std::string("Windows-1252"));
        QCOMPARE(report.added, 1);
        const auto people = notebook.ofType("contact");
        QCOMPARE(text(people.front(), "lastName"), std::string("Krüger"));
        QCOMPARE(text(notebook.ofType("account").front(), "name"), std::string("Bäckerei Nord"));
    }

    void anImportThatDoesNotFitLeavesNothingHalfDone()
    {
        Notebook notebook;
        CHECK_OK(notebook.store->put(
            makeDocument(R"({"_id":"c-1","type":"contact","firstName":"Kept"})")));
        auto stats = notebook.store->stats();
        CHECK_OK(stats);
        CHECK_OK(notebook.store->limitFileSize(stats->fileBytes + 64 * 1024));
        std::string file = "Name,Notes\r\n";
        for (int i = 0; i < 5000; ++i)
            file += "Person " + std::to_string(i) + "," + std::string(200, 'n') + "\r\n";
        auto report = importFile(*notebook.editor, file, ImportMode::Write);
        QVERIFY(!report);
        QCOMPARE(report.error().code, Errc::DiskFull);
        const auto people = notebook.ofType("contact");
        QCOMPARE(people.size(), std::size_t(1)); // the one from before, and none of the file
        QCOMPARE(text(people.front(), "firstName"), std::string("Kept"));
    }

    void json_aBrokenOrHostileExportImportsNothingHalf()
    {
        Notebook notebook;
        // Cut off in the middle of the third record: nothing of it comes in.
        const std::string cutOff = "{\"docs\":[{\"_id\":\"a\",\"type\":\"contact\"},"
                                   "{\"_id\":\"b\",\"type\":\"contact\"},{\"_id\":\"c\",\"ty";
        auto cut = importFile(*notebook.editor, cutOff, ImportMode::Write);
        QVERIFY(!cut);
        QCOMPARE(cut.error().code, Errc::BadRequest);
        QVERIFY(cut.error().message.find("breaks off") != std::string::npos);
        QVERIFY(notebook.ofType("contact").empty());
        // A record nested 100,000 deep, and values that are no records, are skipped; the rest
        // comes in.
        std::string deep = "{\"docs\":[{\"_id\":\"ok\",\"type\":\"contact\"},"
                           "{\"_id\":\"deep\",\"x\":";
        deep += std::string(100000, '[') + std::string(100000, ']');
        deep += "},42,\"text\",[1,2],{\"type\":\"contact\"}]}";
        const auto report = notebook.import(deep);
        QCOMPARE(report.added, 1);
        QCOMPARE(report.skipped.size(), std::size_t(5));
        QCOMPARE(report.skipped[0].why, std::string("it is nested deeper than a record may be"));
        QCOMPARE(report.skipped[1].why, std::string("it is not a record"));
        QCOMPARE(report.skipped[4].why, std::string("it has no _id"));
    }

    void notARapportExport_isRefusedWithAReason()
    {
        Notebook notebook;
        auto report = importFile(*notebook.editor, R"({"rows":[1,2,3]})", ImportMode::Write);
        QVERIFY(!report);
        QCOMPARE(report.error().code, Errc::BadRequest);
        QVERIFY(report.error().message.find("not a Rapport export") != std::string::npos);
        const auto empty = notebook.import("");
        QCOMPARE(empty.added, 0);
        QCOMPARE(empty.skipped.size(), std::size_t(1));
    }

    void csvExport_formulasStayText_andEverythingIsThere()
    {
        Notebook notebook;
        const std::string formula = "=HYPERLINK(\"http://evil\";\"x\")";
        CHECK_OK(notebook.store->put(Document {"c-1",
                                               {},
                                               false,
                                               Json {{"type", "contact"},
                                                     {"firstName", formula},
                                                     {"phone", "+49 170 1"},
                                                     {"hobbies", {"sailing", "chess"}}}}));
        CHECK_OK(notebook.store->put(makeDocument(
            R"json({"_id":"v-1","type":"visit","title":"@SUM(A1)","date":"2026-11-02"})json")));
        auto files = writeCsvTables(*notebook.store, notebook.dir.filePath("csv").toStdString());
        CHECK_OK(files);
        QCOMPARE(files->size(), std::size_t(2));
        QFile contacts(notebook.dir.filePath("csv/contacts.csv"));
        QVERIFY(contacts.open(QIODevice::ReadOnly));
        const auto bytes = contacts.readAll().toStdString();
        CsvReader reader(bytes);
        std::vector<std::string> header;
        std::vector<std::string> row;
        QVERIFY(reader.next(header) && reader.next(row));
        for (const auto &cell : row)
            QVERIFY2(cell.empty() || (cell.front() != '=' && cell.front() != '+'), cell.c_str());
        const auto column = [&](const std::string &name) {
            return readCsvCell(row[static_cast<std::size_t>(
                std::find(header.begin(), header.end(), name) - header.begin())]);
        };
        QCOMPARE(column("firstName"), formula);
        QCOMPARE(column("phone"), std::string("+49 170 1"));
        QCOMPARE(column("hobbies"), std::string(R"(["sailing","chess"])"));
        QVERIFY(QFile::exists(notebook.dir.filePath("csv/visits.csv")));
        // The contacts' CSV is itself an importable address book.
        Notebook other;
        const auto report = other.import(bytes);
        QCOMPARE(report.added, 1);
        QCOMPARE(text(other.ofType("contact").front(), "firstName"), formula);
        QVERIFY(other.ofType("contact").front()["hobbies"] == Json::array({"sailing", "chess"}));
    }

    void calendar_followUpsOnTheirDayAndBirthdaysEveryYear()
    {
        Notebook notebook;
        CHECK_OK(notebook.store->put(makeDocument(
            R"({"_id":"fu-1","type":"followup","title":"Send the quote","due":"2026-12-01",
                "done":false})")));
        CHECK_OK(notebook.store->put(makeDocument(
            R"({"_id":"fu-2","type":"followup","title":"Already done","due":"2026-12-02",
                "done":true})")));
        CHECK_OK(notebook.store->put(makeDocument(
            R"({"_id":"c-1","type":"contact","firstName":"Leap","lastName":"Day",
                "birthday":"1984-02-29","anniversary":"--11-20"})")));
        std::ostringstream out;
        CHECK_OK(writeCalendar(*notebook.store, out, "2026-11-25"));
        const auto calendar = out.str();
        QVERIFY(calendar.starts_with("BEGIN:VCALENDAR\r\n"));
        QVERIFY(calendar.ends_with("END:VCALENDAR\r\n"));
        QVERIFY(calendar.find("DTSTART;VALUE=DATE:20261201\r\nSUMMARY:Follow up: Send the "
                              "quote")
                != std::string::npos);
        QVERIFY(calendar.find("Already done") == std::string::npos);
        // 29 February comes round on the last day of February, from the next one on.
        QVERIFY(calendar.find("DTSTART;VALUE=DATE:20270228\r\nRRULE:FREQ=YEARLY;BYMONTH=2;"
                              "BYMONTHDAY=-1\r\nSUMMARY:Birthday: Leap Day")
                != std::string::npos);
        // An anniversary already past this year starts next year.
        QVERIFY(calendar.find("DTSTART;VALUE=DATE:20271120\r\nRRULE:FREQ=YEARLY\r\nSUMMARY:"
                              "Anniversary: Leap Day")
                != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(ImportExportTest)
#include "tst_import_export.moc"
