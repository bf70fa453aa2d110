// A conflict resolved on each device, against a real database file: the merged document, the
// losing value kept for the user, and the same revisions on both devices, so that syncing
// them creates no new conflict.
#include "check_ok.h"
#include "merge/conflict_resolver.h"
#include "merge/conflict_review.h"
#include "merge/hybrid_clock.h"
#include "merge/local_editor.h"
#include "notebook/notebook_index.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rapport;
using namespace rapport::merge;

namespace {

struct Device
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store
        = std::move(*notebook::openStore(dir.filePath(QStringLiteral("d.sqlite")).toStdString()));
};

Document revision(const std::string &rev, const std::string &body)
{
    Document doc;
    doc.id = "contact-jonas";
    doc.rev = rev;
    doc.body = Json::parse(body);
    return doc;
}

const std::string phoneStamp = Stamp {2000, 0, "phone"}.text();
const std::string tabletStamp = Stamp {1000, 0, "tablet"}.text();

// The same conflict as both devices hold it after a sync: a common base, the phone's edit and
// the tablet's edit, written here in the given order.
void receiveConflict(Store &store, bool phoneFirst)
{
    const auto base = revision("1-aaa", R"({"type":"contact","firstName":"Jonas",
        "role":"user","hobbies":["sailing"]})");
    const auto phone = revision("2-bbb",
                                R"({"type":"contact","firstName":"Jonas",
        "role":"influencer","hobbies":["sailing","chess"],"clocks":{"role":")"
                                    + phoneStamp + R"("}})");
    const auto tablet = revision("2-ccc",
                                 R"({"type":"contact","firstName":"Jonas Weber",
        "role":"decision_maker","hobbies":["sailing"],"clocks":{"role":")"
                                     + tabletStamp + R"("}})");
    if (!store.insertWithHistory(base, {"1-aaa"}) || !store.setBaseRevision(base.id, "1-aaa"))
        qFatal("could not write the base");
    for (const auto *doc :
         phoneFirst ? std::vector {&phone, &tablet} : std::vector {&tablet, &phone})
        if (!store.insertWithHistory(*doc, {doc->rev, "1-aaa"}))
            qFatal("could not write a leaf");
}

} // namespace

class ConflictResolverTest : public QObject
{
    Q_OBJECT

private slots:
    void conflict_mergesFieldByFieldAndKeepsTheLosingValue()
    {
        Device phone;
        receiveConflict(*phone.store, true);
        auto resolution = resolveConflict(*phone.store, "contact-jonas");
        CHECK_OK(resolution);
        QVERIFY(resolution->resolved);
        QCOMPARE(resolution->valuesKept, 1);
        QVERIFY(phone.store->conflicts("contact-jonas")->empty());
        auto merged = phone.store->get("contact-jonas");
        CHECK_OK(merged);
        QCOMPARE(merged->body["firstName"].get<std::string>(), std::string("Jonas Weber"));
        QCOMPARE(merged->body["role"].get<std::string>(), std::string("influencer")); // newer
        QVERIFY(merged->body["hobbies"] == Json({"sailing", "chess"}));
        // The tablet's role waits for the user in a conflict document.
        bool found = false;
        CHECK_OK(phone.store->forEachDocument([&](const Document &doc) {
            if (doc.type() != "conflict")
                return;
            found = true;
            QCOMPARE(doc.body["docId"].get<std::string>(), std::string("contact-jonas"));
            QCOMPARE(doc.body["field"].get<std::string>(), std::string("role"));
            QVERIFY(doc.body["lost"] == Json("decision_maker"));
            QCOMPARE(doc.body["lostDevice"].get<std::string>(), std::string("tablet"));
            QCOMPARE(doc.body["keptDevice"].get<std::string>(), std::string("phone"));
        }));
        QVERIFY(found);
        // Resolved once is resolved: nothing more to do.
        QVERIFY(!resolveConflict(*phone.store, "contact-jonas")->resolved);
    }

    // Deleted on the tablet while the phone edited it: the edit wins, the contact stays, and the
    // deletion is written down for the user; then there is nothing left to resolve.
    void editAgainstDelete_theEditWinsAndTheDeletionIsRecorded()
    {
        Device phone;
        const auto base = revision("1-aaa", R"({"type":"contact","firstName":"Jonas"})");
        const auto edited = revision("2-bbb", R"({"type":"contact","firstName":"Jonas Weber"})");
        auto deleted = revision("2-ccc", "{}");
        deleted.deleted = true;
        CHECK_OK(phone.store->insertWithHistory(base, {"1-aaa"}));
        CHECK_OK(phone.store->insertWithHistory(edited, {"2-bbb", "1-aaa"}));
        CHECK_OK(phone.store->insertWithHistory(deleted, {"2-ccc", "1-aaa"}));
        QCOMPARE(*phone.store->unresolvedDocuments(), std::vector<std::string> {"contact-jonas"});

        auto resolution = resolveConflict(*phone.store, "contact-jonas");
        CHECK_OK(resolution);
        QCOMPARE(resolution->deletionsRecorded, 1);
        QCOMPARE(phone.store->get("contact-jonas")->body["firstName"].get<std::string>(),
                 std::string("Jonas Weber"));
        int records = 0;
        CHECK_OK(phone.store->forEachDocument([&](const Document &doc) {
            if (doc.type() == "conflict" && doc.body["kind"] == "deletion") {
                ++records;
                QCOMPARE(doc.body["lostRev"].get<std::string>(), std::string("2-ccc"));
            }
        }));
        QCOMPARE(records, 1);
        QVERIFY(phone.store->unresolvedDocuments()->empty());
        QCOMPARE(resolveConflict(*phone.store, "contact-jonas")->deletionsRecorded, 0);
    }

    // The person reviews: the tablet's role comes back as their own new edit (which now wins),
    // and the conflict leaves the open list; a dismissed one leaves it too, changing nothing.
    void review_restoreBringsTheLostValueBack_dismissLeavesTheDocument()
    {
        Device phone;
        receiveConflict(*phone.store, true);
        CHECK_OK(resolveConflict(*phone.store, "contact-jonas"));
        std::string conflictId;
        CHECK_OK(phone.store->forEachDocument([&](const Document &doc) {
            if (doc.type() == "conflict")
                conflictId = doc.id;
        }));
        auto editor = LocalEditor::open(*phone.store, [] { return std::int64_t(5000); });
        CHECK_OK(editor);
        CHECK_OK(restoreConflict(**editor, conflictId));
        const auto jonas = *phone.store->get("contact-jonas");
        QCOMPARE(jonas.body["role"].get<std::string>(), std::string("decision_maker"));
        QVERIFY(*Stamp::parse(jonas.body["clocks"]["role"].get<std::string>())
                > Stamp({2000, 0, "phone"}));
        QCOMPARE(phone.store->get(conflictId)->body["status"].get<std::string>(),
                 std::string("restored"));
        // Dealt with once is dealt with.
        QCOMPARE(restoreConflict(**editor, conflictId).error().code, Errc::Conflict);
        QCOMPARE(dismissConflict(**editor, "contact-jonas").error().code, Errc::BadRequest);
    }

    void twoDevicesResolvingIndependently_writeByteIdenticalRevisions()
    {
        Device phone;
        Device tablet;
        receiveConflict(*phone.store, true);
        receiveConflict(*tablet.store, false);
        CHECK_OK(resolveConflict(*phone.store, "contact-jonas"));
        CHECK_OK(resolveConflict(*tablet.store, "contact-jonas"));
        auto onPhone = phone.store->getLeaves("contact-jonas");
        auto onTablet = tablet.store->getLeaves("contact-jonas");
        CHECK_OK(onPhone);
        CHECK_OK(onTablet);
        QCOMPARE(onPhone->size(), onTablet->size());
        for (std::size_t i = 0; i < onPhone->size(); ++i) {
            QCOMPARE((*onPhone)[i].rev, (*onTablet)[i].rev);
            QCOMPARE((*onPhone)[i].deleted, (*onTablet)[i].deleted);
            QCOMPARE((*onPhone)[i].body.dump(), (*onTablet)[i].body.dump());
        }
        std::vector<std::string> phoneDocs;
        std::vector<std::string> tabletDocs;
        CHECK_OK(phone.store->forEachDocument(
            [&](const Document &doc) { phoneDocs.push_back(doc.id + " " + doc.rev); }));
        CHECK_OK(tablet.store->forEachDocument(
            [&](const Document &doc) { tabletDocs.push_back(doc.id + " " + doc.rev); }));
        QCOMPARE(phoneDocs, tabletDocs);
    }
};

QTEST_GUILESS_MAIN(ConflictResolverTest)
#include "tst_conflict_resolver.moc"
