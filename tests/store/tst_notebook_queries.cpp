// The questions the screens ask: Today's agenda, the account list, a contact's last visit.
// Over a real database file, the documents spelled out.
#include "notebook/notebook_queries.h"
#include "store/sqlite.h"
#include "store_fixture.h"

#include <sqlite3.h>

using namespace rapport;

namespace {

void put(Store &store, const std::string &json)
{
    auto written = store.put(makeDocument(json));
    QVERIFY2(written.ok(), written.ok() ? "" : written.error().message.c_str());
}

std::vector<std::string> ids(const auto &rows)
{
    std::vector<std::string> out;
    for (const auto &row : rows)
        out.push_back(row.id);
    return out;
}

using Ids = std::vector<std::string>;

// The work SQLite does for `read` on the store's connection, in virtual-machine steps: a
// figure that grows with the rows a query visits, the same on every machine.
template<typename Read> std::int64_t sqliteStepsOf(Store &store, Read read)
{
    std::int64_t steps = 0;
    sqlite3_progress_handler(
        store.database().handle(), 1,
        [](void *counter) {
            ++*static_cast<std::int64_t *>(counter);
            return 0;
        },
        &steps);
    read();
    sqlite3_progress_handler(store.database().handle(), 0, nullptr, nullptr);
    return steps;
}

// `count` contacts as a pull brings them: the server has them, so none waits to go.
void pullContacts(Store &store, int count, int first)
{
    CHECK_OK(store.writeBatch([&]() -> Status {
        for (int i = first; i < first + count; ++i) {
            const auto id = "pulled-" + std::to_string(i);
            const auto rev = "1-" + std::string(31, 'a') + std::to_string(i % 10);
            auto doc = makeDocument(R"({"_id":")" + id + R"(","_rev":")" + rev
                                    + R"(","type":"contact","firstName":"P)" + std::to_string(i)
                                    + R"("})");
            if (auto inserted = store.insertFromServer(doc, {rev}); !inserted)
                return inserted;
        }
        return {};
    }));
}

} // namespace

class NotebookQueriesTest : public QObject
{
    Q_OBJECT

private slots:
    void today_listsVisitsOfTheDayAndFollowUpsDueOrOverdue()
    {
        StoreFixture db;
        put(*db.store, R"({"_id":"a1","type":"account","name":"Berg Bakery"})");
        put(*db.store, R"({"_id":"v1","type":"visit","accountId":"a1","date":"2026-11-25",
                           "title":"Tasting","planned":true})");
        put(*db.store, R"({"_id":"v2","type":"visit","accountId":"a1","date":"2026-11-24"})");
        put(*db.store, R"({"_id":"f1","type":"followup","title":"Send brochure","due":"2026-11-20",
                           "done":false,"accountId":"a1"})");
        put(*db.store, R"({"_id":"f2","type":"followup","title":"Call back","due":"2026-11-25",
                           "done":false})");
        put(*db.store, R"({"_id":"f3","type":"followup","title":"Later","due":"2026-12-01",
                           "done":false})");
        put(*db.store, R"({"_id":"f4","type":"followup","title":"Done","due":"2026-11-01",
                           "done":true})");
        NotebookQueries queries(*db.store);

        auto visits = queries.visitsOn("2026-11-25");
        CHECK_OK(visits);
        QVERIFY(ids(*visits) == Ids {"v1"});
        QCOMPARE(visits->front().accountName, std::string("Berg Bakery"));
        QCOMPARE(visits->front().title, std::string("Tasting"));
        QVERIFY(visits->front().planned);

        auto due = queries.openFollowUpsDueBy("2026-11-25", 50);
        CHECK_OK(due);
        QVERIFY(ids(*due) == (Ids {"f1", "f2"}));
        QCOMPARE(due->front().accountName, std::string("Berg Bakery"));
    }

    void followUps_pageOpenOnesSoonestFirstAndDoneOnesLatestFirst()
    {
        StoreFixture db;
        put(*db.store,
            R"({"_id":"f1","type":"followup","title":"a","due":"2026-11-03","done":false})");
        put(*db.store, R"({"_id":"f2","type":"followup","title":"b","done":false})");
        put(*db.store,
            R"({"_id":"f3","type":"followup","title":"c","due":"2026-11-01","done":false})");
        put(*db.store,
            R"({"_id":"f4","type":"followup","title":"d","due":"2026-11-02","done":true})");
        put(*db.store,
            R"({"_id":"f5","type":"followup","title":"e","due":"2026-11-09","done":true})");
        NotebookQueries queries(*db.store);

        auto first = queries.followUps(FollowUpState::Open, std::nullopt, 2);
        CHECK_OK(first);
        QVERIFY(ids(*first) == (Ids {"f3", "f1"}));
        auto second = queries.followUps(FollowUpState::Open, first->back().key, 2);
        CHECK_OK(second);
        QVERIFY(ids(*second) == Ids {"f2"});
        auto done = queries.followUps(FollowUpState::Done, std::nullopt, 10);
        CHECK_OK(done);
        QVERIFY(ids(*done) == (Ids {"f5", "f4"}));
    }

    void occasions_birthdaysAndAnniversariesOfTheWeekAcrossNewYear()
    {
        StoreFixture db;
        put(*db.store,
            R"({"_id":"c1","type":"contact","firstName":"Ida","birthday":"1980-12-30"})");
        put(*db.store, R"({"_id":"c2","type":"contact","firstName":"Ben","birthday":"--01-02"})");
        put(*db.store,
            R"({"_id":"c3","type":"contact","firstName":"Lea","anniversary":"2010-12-29"})");
        put(*db.store,
            R"({"_id":"c4","type":"contact","firstName":"Max","birthday":"1970-01-05"})");
        NotebookQueries queries(*db.store);

        auto week = queries.occasions("2026-12-28", 7); // 28 Dec .. 3 Jan
        CHECK_OK(week);
        std::vector<std::string> seen;
        for (const auto &occasion : *week)
            seen.push_back(occasion.displayName + " " + occasion.kind + " " + occasion.monthDay);
        QVERIFY(seen
                == (Ids {"Lea anniversary 12-29", "Ida birthday 12-30", "Ben birthday 01-02"}));
        QVERIFY(!queries.occasions("not a date", 7).ok());
    }

    // A busy week holds more occasions than Today lists: the first 200 by day, then by name,
    // whichever day and name the rest have; and how each person can be congratulated.
    void occasions_aWeekOfMoreThanAPage_listsTheSoonestByDayAndName()
    {
        StoreFixture db;
        for (int i = 0; i < 210; ++i) {
            const auto day = i < 100 ? "1980-11-27" : "1980-11-26";
            put(*db.store,
                Json {{"_id", "c" + std::to_string(i)},
                      {"type", "contact"},
                      {"lastName", "Person " + std::to_string(500 - i)},
                      {"birthday", day}}
                    .dump());
        }
        put(*db.store,
            R"({"_id":"early","type":"contact","lastName":"zz Last","birthday":"--11-25",)"
            R"("email":"x@example.org","phone":"+49 30 1234567"})");
        NotebookQueries queries(*db.store);

        auto week = queries.occasions("2026-11-25", 7);
        CHECK_OK(week);
        QCOMPARE(week->size(), std::size_t(200));
        QCOMPARE(week->front().contactId, std::string("early"));
        QVERIFY(week->front().hasEmail && week->front().hasPhone);
        QVERIFY(!week->at(1).hasEmail && !week->at(1).hasPhone);
        // The 26th's 110, by name (Person 291 .. Person 400), then the 27th's first 89.
        QCOMPARE(week->at(1).displayName, std::string("Person 291"));
        QCOMPARE(week->at(110).displayName, std::string("Person 400"));
        QCOMPARE(week->at(111).monthDay, std::string("11-27"));
        QCOMPARE(week->at(111).displayName, std::string("Person 401"));
        QCOMPARE(week->back().displayName, std::string("Person 489"));
    }

    void lapsed_accountsPastTheirCadenceFollowTheirVisits()
    {
        StoreFixture db;
        put(*db.store, R"({"_id":"a1","type":"account","name":"Quiet","cadenceDays":14})");
        put(*db.store, R"({"_id":"a2","type":"account","name":"Fresh","cadenceDays":14})");
        put(*db.store, R"({"_id":"a3","type":"account","name":"Never visited","cadenceDays":14})");
        put(*db.store, R"({"_id":"v1","type":"visit","accountId":"a1","date":"2026-10-01"})");
        put(*db.store, R"({"_id":"v2","type":"visit","accountId":"a2","date":"2026-11-20"})");
        // A planned visit is no contact yet.
        put(*db.store, R"({"_id":"v3","type":"visit","accountId":"a1","date":"2026-11-24",
                           "planned":true})");
        NotebookQueries queries(*db.store);

        auto lapsed = queries.lapsedAccounts("2026-11-25", 10);
        CHECK_OK(lapsed);
        QVERIFY(ids(*lapsed) == Ids {"a1"});
        QCOMPARE(lapsed->front().lastVisit, std::string("2026-10-01"));
        QCOMPARE(lapsed->front().lapsesOn, std::string("2026-10-15"));

        // The visit happens: recorded, it is no longer only planned, and the account is back.
        auto planned = db.store->get("v3");
        planned->body["planned"] = false;
        CHECK_OK(db.store->put(*planned));
        QVERIFY(queries.lapsedAccounts("2026-11-25", 10)->empty());
        // The visit deleted again: the account is lapsed again.
        CHECK_OK(db.store->remove("v3", db.store->get("v3")->rev));
        QVERIFY(ids(*queries.lapsedAccounts("2026-11-25", 10)) == Ids {"a1"});
        // A visit that arrives before its account (as a sync may deliver them) still counts.
        put(*db.store, R"({"_id":"v4","type":"visit","accountId":"a4","date":"2026-09-01"})");
        put(*db.store, R"({"_id":"a4","type":"account","name":"Late","cadenceDays":30})");
        QVERIFY(ids(*queries.lapsedAccounts("2026-11-25", 10)) == (Ids {"a4", "a1"}));
    }

    void lapsed_theLastVisitIsTheLatestWhateverOrderVisitsArriveIn()
    {
        // A pull brings an account's visits in any order; a visit's date may be corrected.
        StoreFixture db;
        put(*db.store, R"({"_id":"a1","type":"account","name":"Quiet","cadenceDays":14})");
        put(*db.store, R"({"_id":"v1","type":"visit","accountId":"a1","date":"2026-11-20"})");
        put(*db.store, R"({"_id":"v2","type":"visit","accountId":"a1","date":"2026-10-01"})");
        NotebookQueries queries(*db.store);
        QVERIFY(queries.lapsedAccounts("2026-11-25", 10)->empty()); // the older one came later
        auto later = db.store->get("v1");
        later->body["date"] = "2026-09-15"; // it was September after all
        CHECK_OK(db.store->put(*later));
        auto lapsed = queries.lapsedAccounts("2026-11-25", 10);
        CHECK_OK(lapsed);
        QVERIFY(ids(*lapsed) == Ids {"a1"});
        QCOMPARE(lapsed->front().lastVisit, std::string("2026-10-01"));
    }

    void accounts_filterBySegmentAndNameSortByLastContactAndPageWithoutGaps()
    {
        StoreFixture db;
        put(*db.store, R"({"_id":"a1","type":"account","name":"Berg Bakery","segment":"retail"})");
        put(*db.store,
            R"({"_id":"a2","type":"account","name":"alpen Hotel","segment":"hospitality"})");
        put(*db.store, R"({"_id":"a3","type":"account","name":"Crown Bakery","segment":"retail",
                           "tier":"A"})");
        put(*db.store, R"({"_id":"a4","type":"account","name":"100% Print","segment":"retail"})");
        put(*db.store, R"({"_id":"v1","type":"visit","accountId":"a3","date":"2026-11-01"})");
        put(*db.store, R"({"_id":"v2","type":"visit","accountId":"a1","date":"2026-11-20"})");
        NotebookQueries queries(*db.store);

        std::vector<std::string> all;
        std::optional<PageKey> after;
        while (true) {
            auto page = queries.accounts({}, after, 1);
            CHECK_OK(page);
            if (page->empty())
                break;
            all.push_back(page->front().id);
            after = page->front().key;
        }
        QVERIFY(all == (Ids {"a4", "a2", "a1", "a3"}));

        AccountFilter bakeries {"bakery", "retail", "", AccountFilter::Sort::ByLastContact};
        auto found = queries.accounts(bakeries, std::nullopt, 10);
        CHECK_OK(found);
        QVERIFY(ids(*found) == (Ids {"a1", "a3"}));
        // What the user types is text: a percent sign matches a percent sign.
        QVERIFY(ids(*queries.accounts({"100%", "", "", {}}, std::nullopt, 10)) == Ids {"a4"});
        QVERIFY(ids(*queries.accounts({"%", "", "", {}}, std::nullopt, 10)) == Ids {"a4"});
        QVERIFY(ids(*queries.accounts({"", "", "A", {}}, std::nullopt, 10)) == Ids {"a3"});
        QVERIFY(*queries.segments() == (Ids {"hospitality", "retail"}));
        QVERIFY(*queries.tiers() == Ids {"A"});
    }

    void contact_latestVisitTellsWhatWasTalkedAboutLastTime()
    {
        StoreFixture db;
        put(*db.store, R"({"_id":"a1","type":"account","name":"Berg Bakery"})");
        put(*db.store, R"({"_id":"c1","type":"contact","firstName":"Mara","accountId":"a1",
                           "role":"decision_maker"})");
        put(*db.store, R"({"_id":"v1","type":"visit","accountId":"a1","date":"2026-10-01",
                           "contactIds":["c1"],"title":"Old"})");
        put(*db.store, R"({"_id":"v2","type":"visit","accountId":"a1","date":"2026-11-02",
                           "contactIds":["c1","c2"],"title":"Oven trial","outcome":"Wants a quote"})");
        put(*db.store, R"({"_id":"v3","type":"visit","accountId":"a1","date":"2026-12-02",
                           "contactIds":["c1"],"planned":true})");
        NotebookQueries queries(*db.store);

        auto latest = queries.latestVisitWith("c1");
        CHECK_OK(latest);
        QVERIFY(latest->has_value());
        QCOMPARE((*latest)->title, std::string("Oven trial"));
        QCOMPARE((*latest)->outcome, std::string("Wants a quote"));
        QVERIFY(!queries.latestVisitWith("nobody")->has_value());

        auto contacts = queries.contactsOfAccount("a1");
        CHECK_OK(contacts);
        QCOMPARE(contacts->size(), std::size_t(1));
        QCOMPARE(contacts->front().role, std::string("decision_maker"));
        QVERIFY(ids(*queries.visitsOfAccount("a1", 10)) == (Ids {"v3", "v2", "v1"}));
    }

    void feedback_ofAnAccountNewestFirstAndSearchable()
    {
        StoreFixture db;
        put(*db.store, R"({"_id":"fb1","type":"feedback","accountId":"a1","date":"2026-10-01",
                           "score":3,"said":"Delivery was late twice"})");
        put(*db.store, R"({"_id":"fb2","type":"feedback","accountId":"a1","date":"2026-11-20",
                           "score":5,"said":"Happy with the new oven","needsNext":"A second one"})");
        put(*db.store, R"({"_id":"fb3","type":"feedback","accountId":"a2","date":"2026-11-21"})");
        NotebookQueries queries(*db.store);
        auto said = queries.feedbackOfAccount("a1", 10);
        CHECK_OK(said);
        QVERIFY(ids(*said) == (Ids {"fb2", "fb1"}));
        QCOMPARE(said->front().score, 5);
        QCOMPARE(said->front().needsNext, std::string("A second one"));
        QCOMPARE(NotebookQueries(*db.store).search("late", 10)->front().id, std::string("fb1"));
    }

    void review_listsOpenConflictsAndCountsChangesWaitingToGo()
    {
        StoreFixture db;
        put(*db.store, R"({"_id":"c1","type":"contact","firstName":"Mara","lastName":"Lind"})");
        put(*db.store, R"({"_id":"conflict-a","type":"conflict","docId":"c1","field":"phone",
                           "kept":"1","lost":"2","status":"open"})");
        put(*db.store, R"({"_id":"conflict-b","type":"conflict","docId":"c1","field":"email",
                           "status":"dismissed"})");
        NotebookQueries queries(*db.store);
        auto open = queries.openConflicts(10);
        CHECK_OK(open);
        QVERIFY(ids(*open) == Ids {"conflict-a"});
        QCOMPARE(open->front().documentTitle, std::string("Mara Lind"));
        QCOMPARE(*queries.changesWaitingToGo(), std::int64_t(3));
        CHECK_OK(db.store->markSynced("c1", db.store->get("c1")->rev));
        QCOMPARE(*queries.changesWaitingToGo(), std::int64_t(2));
        // Dismissed: it leaves the list.
        auto conflict = db.store->get("conflict-a");
        conflict->body["status"] = "dismissed";
        CHECK_OK(db.store->put(*conflict));
        QVERIFY(queries.openConflicts(10)->empty());
    }

    // The More page asks both after every change and every sync, on the app's thread: on a
    // notebook of 620,000 documents, reading every one of them stalled the screen for a
    // third of a second at each save.
    void review_readsWhatWaitsAndWhatWasRefusedWithoutReadingTheWholeNotebook()
    {
        StoreFixture db;
        put(*db.store, R"({"_id":"edited-here","type":"contact","firstName":"Mara"})");
        CHECK_OK(db.store->markRejected(
            {"edited-here", db.store->get("edited-here")->rev, "forbidden", "read-only"}));
        NotebookQueries queries(*db.store);
        pullContacts(*db.store, 20, 0);
        auto askBoth = [&] {
            QCOMPARE(*queries.changesWaitingToGo(), std::int64_t(1));
            QCOMPARE(db.store->rejections()->size(), std::size_t(1));
        };
        const auto small = sqliteStepsOf(*db.store, askBoth);
        pullContacts(*db.store, 3000, 20);
        const auto large = sqliteStepsOf(*db.store, askBoth);
        QVERIFY2(
            large < 2 * small + 100,
            qPrintable(
                QStringLiteral("%1 steps with 21 documents, %2 with 3,021").arg(small).arg(large)));
    }
};

QTEST_GUILESS_MAIN(NotebookQueriesTest)
#include "tst_notebook_queries.moc"
