// "What do you keep about me?": the subject export gathers everything about one person from
// every kind of record (their details, the visits they were at, follow-ups, feedback, leads,
// greetings sent, conflicts recorded), with when and on which device each was last changed, and
// nothing about anybody else; the page made of it lists every visit and escapes what was typed.
#include "check_ok.h"
#include "mara_lind.h"
#include "merge/local_editor.h"
#include "notebook/notebook_index.h"
#include "notebook/subject_export.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rapport;

class SubjectExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void everythingAboutThePerson_andNothingElse()
    {
        auto store = std::move(
            *notebook::openStore(m_dir.filePath(QStringLiteral("n.sqlite")).toStdString()));
        auto editor = std::move(*merge::LocalEditor::open(*store));
        mara_lind::fill(*editor, *store);
        // Two hundred visits with her over the years, one with a note that looks like markup.
        for (int i = 0; i < 200; ++i) {
            char json[320];
            std::snprintf(json, sizeof json,
                          R"({"_id":"visit-many-%03d","type":"visit","accountId":"account-lind",
                "contactIds":["contact-mara"],"date":"2019-%02d-%02d","notes":"Visit number %d%s"})",
                          i, i % 12 + 1, i % 28 + 1, i, i == 7 ? " <b>urgent</b> & soon" : "");
            mara_lind::save(*editor, json);
        }
        auto mara = store->get("contact-mara");
        QVERIFY(mara.ok());
        mara->body["greetings"] = Json::parse(
            R"([{"id":"birthday-2026","kind":"birthday","year":2026,"sentOn":"2026-03-17","via":"sms"}])");
        CHECK_OK(editor->save(*mara));

        auto record = notebook::subjectRecord(*store, "contact-mara", "2026-12-03");
        CHECK_OK(record);
        QCOMPARE((*record)["person"]["name"].get<std::string>(), std::string("Mara Lind"));
        QCOMPARE((*record)["person"]["fields"]["birthday"].get<std::string>(),
                 std::string("1984-03-17"));
        QVERIFY((*record)["person"]["fields"]["family"][0]["interests"] == "baseball");
        QVERIFY(!(*record)["person"]["fields"].contains("clocks"));
        QCOMPARE((*record)["person"]["written"]["device"].get<std::string>(), editor->device());
        QCOMPARE((*record)["visits"].size(), std::size_t {201});
        QCOMPARE((*record)["followUps"].size(), std::size_t {1});
        QCOMPARE((*record)["feedback"].size(), std::size_t {1});
        QCOMPARE((*record)["leads"].size(), std::size_t {1});
        QCOMPARE((*record)["conflicts"].size(), std::size_t {1});
        QCOMPARE((*record)["greetings"].size(), std::size_t {1});
        // Oldest first; the visit she was not at, and Olaf's own records, are not hers.
        QCOMPARE((*record)["visits"][0]["fields"]["date"].get<std::string>().substr(0, 4),
                 std::string("2019"));
        QCOMPARE((*record)["visits"][200]["id"].get<std::string>(), std::string("visit-1"));
        QCOMPARE((*record)["visits"][200]["account"].get<std::string>(),
                 std::string("Nordic Ovens"));
        const std::string json = record->dump();
        QVERIFY(json.find("visit-2") == std::string::npos);
        QVERIFY(json.find("Berg") == std::string::npos);

        const std::string page = notebook::subjectHtml(*record);
        QVERIFY(page.find("What is kept about Mara Lind") != std::string::npos);
        for (int i = 0; i < 200; ++i)
            QVERIFY2(page.find("Visit number " + std::to_string(i) + "<") != std::string::npos
                         || page.find("Visit number " + std::to_string(i) + " ")
                             != std::string::npos,
                     qPrintable(QString::number(i)));
        QVERIFY(page.find("&lt;b&gt;urgent&lt;/b&gt; &amp; soon") != std::string::npos);
        QVERIFY(page.find("<b>urgent") == std::string::npos);
        QVERIFY(page.find("Visits you took part in (201)") != std::string::npos);
        QVERIFY(page.find("Greetings sent (1)") != std::string::npos);

        QCOMPARE(notebook::subjectRecord(*store, "account-lind", "2026-12-03").error().code,
                 Errc::BadRequest);
        QCOMPARE(notebook::subjectRecord(*store, "contact-nobody", "2026-12-03").error().code,
                 Errc::NotFound);
    }
};

QTEST_GUILESS_MAIN(SubjectExport)
#include "tst_subject_export.moc"
