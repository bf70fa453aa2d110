// "Please forget me" on one device and on another that pulls the erasure record: the plan shows
// what will be touched, the person's records are purged (no byte of the file or its WAL keeps
// their surname, birthday or son's hobby, and search finds nothing), the visits stay without
// them, free text that names them is listed and left alone, a draft naming them is discarded,
// the erasure record holds no value of theirs, and nothing of theirs comes back: not a peer's
// old revision, not an edit made offline on the other device.
#include "check_ok.h"
#include "mara_lind.h"
#include "merge/local_editor.h"
#include "notebook/forget.h"
#include "notebook/notebook_index.h"
#include "notebook/notebook_queries.h"
#include "store/store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace rapport;

namespace {

struct Device
{
    std::string path;
    std::unique_ptr<Store> store;
    std::unique_ptr<merge::LocalEditor> editor;

    explicit Device(const QString &file) : path(file.toStdString())
    {
        auto opened = notebook::openStore(path);
        if (!opened)
            qFatal("%s", opened.error().describe().c_str());
        store = std::move(*opened);
        editor = std::move(*merge::LocalEditor::open(*store));
    }

    void put(const std::string &json) { mara_lind::save(*editor, json); }

    bool has(const std::string &id) { return store->get(id).ok(); }

    // Every revision this device has, as a pull elsewhere would take it.
    void copyInto(Device &other)
    {
        auto changes = store->changesSince(0, 1000);
        QVERIFY(changes.ok());
        for (const auto &change : changes->changes) {
            auto leaves = store->getLeaves(change.id);
            QVERIFY(leaves.ok());
            for (const auto &leaf : *leaves) {
                auto history = store->revisionHistory(change.id, leaf.rev);
                QVERIFY(history.ok());
                CHECK_OK(other.store->insertWithHistory(leaf, *history));
            }
        }
    }

    void verifyNothingOfHers()
    {
        for (const std::string &file : {path, path + "-wal"}) {
            const QString value = mara_lind::valueIn(QString::fromStdString(file));
            QVERIFY2(value.isEmpty(),
                     qPrintable(QStringLiteral("“%1” is still in %2")
                                    .arg(value, QString::fromStdString(file))));
        }
        auto found = NotebookQueries(*store).search("baseball", 10);
        QVERIFY(found.ok());
        QVERIFY(found->empty());
    }
};

bool mentions(const std::vector<notebook::RecordMention> &records, const std::string &id)
{
    return std::any_of(records.begin(), records.end(),
                       [&](const auto &record) { return record.id == id; });
}

} // namespace

class Forget : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static void fillWithMara(Device &phone) { mara_lind::fill(*phone.editor, *phone.store); }

private slots:
    void thePlan_showsWhatWillBeTouched()
    {
        Device phone(m_dir.filePath(QStringLiteral("plan.sqlite")));
        fillWithMara(phone);
        // Other people called Mara are not text about her; a card with her full name is.
        phone.put(R"({"_id":"contact-svensson","type":"contact","firstName":"Mara",
            "lastName":"Svensson","family":[{"id":"f1","name":"Mara","relation":"daughter"}]})");
        phone.put(R"({"_id":"lead-card","type":"lead","name":"Mara Lind","company":"Expo"})");
        auto plan = notebook::planForgetting(*phone.store, "contact-mara");
        CHECK_OK(plan);
        QCOMPARE(plan->name, std::string("Mara Lind"));
        for (const char *id : mara_lind::herRecords)
            QVERIFY2(mentions(plan->purged, id), id);
        QCOMPARE(plan->purged.size(), std::size_t {7});
        QVERIFY(mentions(plan->visitsMet, "visit-1"));
        QCOMPARE(plan->visitsMet.size(), std::size_t {1});
        QVERIFY(mentions(plan->namedIn, "visit-2")); // free text: for the user
        QVERIFY(!mentions(plan->namedIn, "account-lind"));
        QVERIFY(!mentions(plan->namedIn, "contact-svensson"));
        QVERIFY(mentions(plan->namedIn, "lead-card"));
        QVERIFY(plan->drafts == std::vector<std::string> {"_local/rapport-visit-draft"});
        // Looking changed nothing.
        QVERIFY(phone.has("contact-mara") && phone.has("followup-1"));

        QCOMPARE(notebook::planForgetting(*phone.store, "contact-nobody").error().code,
                 Errc::NotFound);
        QCOMPARE(notebook::planForgetting(*phone.store, "account-lind").error().code,
                 Errc::BadRequest);
    }

    void forgetting_purgesEverything_andThePersonNeverComesBack()
    {
        Device phone(m_dir.filePath(QStringLiteral("phone.sqlite")));
        Device tablet(m_dir.filePath(QStringLiteral("tablet.sqlite")));
        fillWithMara(phone);
        phone.copyInto(tablet);
        // Offline, the tablet learns more about her; it never reaches the server.
        auto mara = tablet.store->get("contact-mara");
        QVERIFY(mara.ok());
        mara->body["notes"] = "Jonas now plays baseball in the county team";
        CHECK_OK(tablet.editor->save(*mara));
        tablet.put(R"({"_id":"visit-3","type":"visit","accountId":"account-lind",
            "contactIds":["contact-mara"],"date":"2026-11-02","notes":"Trade show"})");
        auto oldMara = phone.store->get("contact-mara");
        QVERIFY(oldMara.ok());
        auto oldHistory = phone.store->revisionHistory("contact-mara", oldMara->rev);
        QVERIFY(oldHistory.ok());

        auto erasureId = notebook::forget(*phone.editor, "contact-mara", "2026-12-03");
        CHECK_OK(erasureId);
        for (const char *id : mara_lind::herRecords)
            QVERIFY2(!phone.has(id), id);
        auto visit = phone.store->get("visit-1");
        QVERIFY(visit.ok());
        QVERIFY(visit->body["contactIds"] == Json::parse(R"(["contact-olaf"])"));
        QVERIFY(phone.has("visit-2") && phone.has("contact-olaf") && phone.has("account-lind"));
        QCOMPARE(phone.store->getLocal("_local/rapport-visit-draft").error().code, Errc::NotFound);
        phone.verifyNothingOfHers();
        // The notebook goes on as before: a new note is saved and found.
        phone.put(R"({"_id":"visit-after","type":"visit","accountId":"account-lind",
            "contactIds":["contact-olaf"],"date":"2026-12-04","notes":"Croissant oven"})");
        auto foundAfter = NotebookQueries(*phone.store).search("croissant", 10);
        QVERIFY(foundAfter.ok());
        QCOMPARE(foundAfter->size(), std::size_t {1});

        // The erasure record: ids and revisions, nothing she said.
        auto erasure = phone.store->get(*erasureId);
        QVERIFY(erasure.ok());
        const std::string recorded = erasure->body.dump();
        for (const char *value : {"Mara", "Lind", "baseball", "1984-03-17", "Jonas", "Nordic"})
            QVERIFY2(recorded.find(value) == std::string::npos, value);
        QVERIFY(erasure->body["forgotten"]["contact-mara"].size() == 1);

        // A peer's old revision of her is not stored again; nor is a new record under her id.
        CHECK_OK(phone.store->insertWithHistory(*oldMara, *oldHistory));
        QVERIFY(!phone.has("contact-mara"));
        Document again {"contact-mara", {}, false, Json {{"type", "contact"}}};
        QCOMPARE(phone.store->put(again).error().code, Errc::Conflict);

        // The tablet pulls the erasure record (and the visit without her).
        const auto before = tablet.store->lastSequence();
        QVERIFY(before.ok());
        auto edited = phone.store->get("visit-1");
        auto editedHistory = phone.store->revisionHistory("visit-1", edited->rev);
        CHECK_OK(tablet.store->insertWithHistory(*edited, *editedHistory));
        auto erasureHistory = phone.store->revisionHistory(*erasureId, erasure->rev);
        CHECK_OK(tablet.store->insertWithHistory(*erasure, *erasureHistory));
        auto applied = notebook::applyPulledErasures(*tablet.store, *before);
        CHECK_OK(applied);
        QCOMPARE(*applied, 1);
        for (const char *id : mara_lind::herRecords)
            QVERIFY2(!tablet.has(id), id);
        // Its own visit with her stays, without her; its offline edit of her is gone, and so
        // nothing of hers is left to push.
        auto offlineVisit = tablet.store->get("visit-3");
        QVERIFY(offlineVisit.ok());
        QVERIFY(offlineVisit->body["contactIds"].empty());
        auto changes = tablet.store->changesSince(0, 1000);
        QVERIFY(changes.ok());
        for (const auto &change : changes->changes)
            QVERIFY2(change.id != "contact-mara", "her contact would be pushed");
        tablet.verifyNothingOfHers();
        // Pulled again, it changes nothing.
        auto again2 = notebook::applyPulledErasures(*tablet.store, 0);
        CHECK_OK(again2);
        QCOMPARE(*again2, 0);
    }
};

QTEST_GUILESS_MAIN(Forget)
#include "tst_forget.moc"
