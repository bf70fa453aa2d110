// The relationship rules on a real database, with the day given (the library reads no clock):
// congratulations and their record, the nudge after a visit that promised nothing, where a
// customer's feedback is heading, whom to reach next at an account, cadences per segment and
// the lapsed account's answered "why", and leads never followed up.
#include "merge/contact_merge.h"
#include "merge/duplicates.h"
#include "merge/local_editor.h"
#include "notebook/notebook_queries.h"
#include "relationship/feedback_trend.h"
#include "relationship/greetings.h"
#include "relationship/leads.h"
#include "relationship/reach_next.h"
#include "store_fixture.h"

using namespace rapport;
using namespace rapport::relationship;

namespace {

void put(Store &store, const std::string &json)
{
    auto written = store.put(makeDocument(json));
    if (!written)
        qFatal("cannot write %s: %s", json.c_str(), written.error().message.c_str());
}

std::vector<std::string> ids(const std::vector<VisitRow> &rows)
{
    std::vector<std::string> out;
    for (const auto &row : rows)
        out.push_back(row.id);
    return out;
}

std::vector<std::string> ids(const std::vector<AccountRow> &rows)
{
    std::vector<std::string> out;
    for (const auto &row : rows)
        out.push_back(row.id);
    return out;
}

FeedbackRow scored(int score)
{
    return FeedbackRow {"f", "2026-01-01", score, {}, {}};
}

PersonActivity person(const std::string &id, const std::string &role, const std::string &seen)
{
    return PersonActivity {ContactRow {id, "Name " + id, "a1", role, {}, {}}, seen};
}

} // namespace

class RelationshipsTest : public QObject
{
    Q_OBJECT

private slots:
    void aCongratulation_isRecordedOncePerYear()
    {
        const auto mara = Json::parse(R"({"type":"contact","firstName":"Mara","lastName":"Lind",
                                          "birthday":"--02-29"})");

        QVERIFY(!wasGreeted(mara, "birthday", 2027));
        auto sent = withGreeting(mara, "birthday", 2027, "email", "2027-02-28");
        QVERIFY(wasGreeted(sent, "birthday", 2027));
        QVERIFY(!wasGreeted(sent, "birthday", 2028));
        QVERIFY(!wasGreeted(sent, "anniversary", 2027));
        QVERIFY(withGreeting(sent, "birthday", 2027, "sms", "2027-03-01") == sent);
        QCOMPARE(sent["greetings"][0]["via"].get<std::string>(), std::string("email"));
    }

    void occasions_knowWhichWereGreeted_andLeapDaysComeInCommonYears()
    {
        StoreFixture db;
        put(*db.store, R"({"_id":"c1","type":"contact","firstName":"Leap","birthday":"--02-29",
            "greetings":[{"id":"birthday-2026","kind":"birthday","year":2026}]})");
        put(*db.store, R"({"_id":"c2","type":"contact","firstName":"Plain",
            "birthday":"1984-03-01"})");
        NotebookQueries queries(*db.store);
        // 2027 has no 29 February: the week from the 25th still brings her birthday up.
        auto week = queries.occasions("2027-02-25", 7);
        CHECK_OK(week);
        QCOMPARE(week->size(), std::size_t(2));
        QCOMPARE(week->at(0).contactId, std::string("c1"));
        QCOMPARE(week->at(0).greetings, std::string("birthday-2026"));
        QCOMPARE(week->at(1).greetings, std::string());
    }

    void nudge_aVisitThatPromisedNothing()
    {
        StoreFixture db;
        put(*db.store, R"({"_id":"a1","type":"account","name":"Berg Bakery"})");
        put(*db.store,
            R"({"_id":"v-nothing","type":"visit","accountId":"a1","date":"2026-11-20"})");
        put(*db.store,
            R"({"_id":"v-promised","type":"visit","accountId":"a1","date":"2026-11-21"})");
        put(*db.store, R"({"_id":"f1","type":"followup","title":"Send samples","done":false,
            "visitId":"v-promised"})");
        put(*db.store, R"({"_id":"v-done","type":"visit","accountId":"a1","date":"2026-11-22"})");
        put(*db.store, R"({"_id":"f2","type":"followup","title":"Call","done":true,
            "visitId":"v-done"})");
        put(*db.store, R"({"_id":"v-needs-none","type":"visit","accountId":"a1",
            "date":"2026-11-23","noFollowUpNeeded":true})");
        put(*db.store, R"({"_id":"v-planned","type":"visit","accountId":"a1","date":"2026-11-24",
            "planned":true})");
        put(*db.store, R"({"_id":"v-old","type":"visit","accountId":"a1","date":"2026-10-01"})");
        NotebookQueries queries(*db.store);
        auto nudges = queries.visitsWithoutFollowUp("2026-11-11", "2026-11-25", 10);
        CHECK_OK(nudges);
        QVERIFY(ids(*nudges) == std::vector<std::string> {"v-nothing"});
        QCOMPARE(nudges->front().accountName, std::string("Berg Bakery"));
    }

    void feedbackTrend_comparesTheLastThreeWithTheThreeBefore()
    {
        using D = FeedbackTrend::Direction;
        struct Case
        {
            std::vector<int> newestFirst;
            D direction;
        };
        const Case cases[] = {
            {{}, D::NotEnough},
            {{4}, D::NotEnough},
            {{5, 3}, D::Improving},
            {{2, 4}, D::Falling},
            {{4, 4, 5}, D::Steady},
            {{2, 2, 3, 5, 5, 4}, D::Falling},
            {{5, 4, 5, 3, 3, 2}, D::Improving},
            {{4, 4, 4, 4, 4, 5, 1}, D::Steady}, // only the last six count
            {{0, 0, 4, 0, 4}, D::Steady}, // feedback without a score does not count
        };
        for (const auto &c : cases) {
            std::vector<FeedbackRow> rows;
            for (int score : c.newestFirst)
                rows.push_back(scored(score));
            QCOMPARE(static_cast<int>(feedbackTrend(rows).direction),
                     static_cast<int>(c.direction));
        }
        std::vector<FeedbackRow> rows {scored(2), scored(3), scored(5)};
        QVERIFY(feedbackTrend(rows).scores == (std::vector<int> {5, 3, 2})); // oldest first
    }

    void reachNext_followsTheBuyingRoles()
    {
        using R = ReachNext::Reason;
        const std::string today = "2026-11-25";
        QCOMPARE(static_cast<int>(reachNext({}, 30, today).reason),
                 static_cast<int>(R::NobodyKnown));
        // Nobody who decides: the influencer seen lately is the one to ask.
        auto next
            = reachNext({person("u", "user", "2026-11-20"), person("i", "influencer", "2026-10-01"),
                         person("g", "gatekeeper", "2026-11-24")},
                        30, today);
        QCOMPARE(static_cast<int>(next.reason), static_cast<int>(R::FindWhoDecides));
        QCOMPARE(next.contactId, std::string("i"));
        // No roles at all: the person seen most recently.
        next = reachNext({person("x", "", "2026-01-01"), person("y", "", "2026-11-01")}, 0, today);
        QCOMPARE(next.contactId, std::string("y"));
        // The one who decides was not seen within the cadence.
        next = reachNext(
            {person("d", "decision_maker", "2026-09-01"), person("i", "influencer", "2026-11-20")},
            30, today);
        QCOMPARE(static_cast<int>(next.reason), static_cast<int>(R::DecisionMakerNotSeen));
        QCOMPARE(next.contactId, std::string("d"));
        next = reachNext({person("d", "decision_maker", "")}, 30, today); // never seen
        QCOMPARE(next.contactId, std::string("d"));
        // The decider was seen; an influencer was not.
        next = reachNext(
            {person("d", "decision_maker", "2026-11-20"), person("i", "influencer", "2026-06-01")},
            30, today);
        QCOMPARE(static_cast<int>(next.reason), static_cast<int>(R::Influencer));
        // Everyone who matters was seen; without a cadence, 90 days count as lately.
        next = reachNext(
            {person("d", "decision_maker", "2026-09-20"), person("i", "influencer", "2026-10-01")},
            0, today);
        QCOMPARE(static_cast<int>(next.reason), static_cast<int>(R::AllSeen));
    }

    void peopleWithLastVisit_readsTheVisitsTheyWereIn()
    {
        StoreFixture db;
        put(*db.store, R"({"_id":"c1","type":"contact","firstName":"Mara","accountId":"a1",
            "role":"decision_maker"})");
        put(*db.store, R"({"_id":"c2","type":"contact","firstName":"Jo","accountId":"a1"})");
        put(*db.store, R"({"_id":"v1","type":"visit","accountId":"a1","date":"2026-10-01",
            "contactIds":["c1"]})");
        put(*db.store, R"({"_id":"v2","type":"visit","accountId":"a1","date":"2026-11-01",
            "contactIds":["c1"]})");
        put(*db.store, R"({"_id":"v3","type":"visit","accountId":"a1","date":"2026-12-01",
            "contactIds":["c1"],"planned":true})");
        auto people = NotebookQueries(*db.store).peopleWithLastVisit("a1");
        CHECK_OK(people);
        QCOMPARE(people->size(), std::size_t(2));
        QCOMPARE(people->at(0).contact.id, std::string("c2")); // Jo sorts before Mara
        QCOMPARE(people->at(0).lastVisit, std::string());
        QCOMPARE(people->at(1).lastVisit, std::string("2026-11-01")); // a planned one not
    }

    void cadence_perSegmentOverriddenPerAccount_andAnsweredLapsesRest()
    {
        StoreFixture db;
        put(*db.store, R"({"_id":"retail-1","type":"account","name":"Shop","segment":"retail"})");
        put(*db.store, R"({"_id":"retail-own","type":"account","name":"Own pace",
            "segment":"retail","cadenceDays":90})");
        put(*db.store, R"({"_id":"health-1","type":"account","name":"Clinic","segment":"health"})");
        for (const char *account : {"retail-1", "retail-own", "health-1"})
            put(*db.store,
                Json {{"_id", std::string("v-") + account},
                      {"type", "visit"},
                      {"date", "2026-10-01"},
                      {"accountId", account}}
                    .dump());
        NotebookQueries queries(*db.store);
        auto lapsed = queries.lapsedAccounts("2026-11-25", 10);
        CHECK_OK(lapsed);
        QVERIFY(lapsed->empty()); // no cadence anywhere yet

        auto cadence = db.store->put(makeDocument(
            R"({"_id":"cadence","type":"cadence","segments":{"retail":30,"health":120}})"));
        CHECK_OK(cadence);
        lapsed = queries.lapsedAccounts("2026-11-25", 10);
        CHECK_OK(lapsed);
        QVERIFY(ids(*lapsed) == std::vector<std::string> {"retail-1"});
        QCOMPARE(lapsed->front().lapsesOn, std::string("2026-10-31"));
        auto cadences = queries.segmentCadences();
        CHECK_OK(cadences);
        QCOMPARE(cadences->at("retail"), 30);

        // Asked why, and answered: it rests until it lapses again.
        auto shop = db.store->get("retail-1");
        CHECK_OK(shop);
        shop->body["lapseNotes"] = Json::array(
            {Json {{"id", "n1"}, {"date", "2026-11-20"}, {"reason", "No need right now"}}});
        CHECK_OK(db.store->put(*shop));
        lapsed = queries.lapsedAccounts("2026-11-25", 10);
        CHECK_OK(lapsed);
        QVERIFY(lapsed->empty());

        // A new visit, and the next lapse brings it back (beside the one on its own 90 days).
        put(*db.store,
            R"({"_id":"v-again","type":"visit","date":"2026-11-22","accountId":"retail-1"})");
        lapsed = queries.lapsedAccounts("2027-01-10", 10);
        CHECK_OK(lapsed);
        QVERIFY(ids(*lapsed) == (std::vector<std::string> {"retail-1", "retail-own"}));

        // Without the cadence document, no segment has a cadence: only an account's own counts.
        CHECK_OK(db.store->remove("cadence", cadence->rev));
        lapsed = queries.lapsedAccounts("2027-01-10", 10);
        CHECK_OK(lapsed);
        QVERIFY(ids(*lapsed) == std::vector<std::string> {"retail-own"});
    }

    void convertLead_makesACustomerOnce()
    {
        StoreFixture db;
        put(*db.store, R"({"_id":"a-known","type":"account","name":"Lee Ovens"})");
        put(*db.store, R"({"_id":"l1","type":"lead","name":"Ann Marie Lee","company":"lee ovens",
            "email":"ann@lee.example","interests":["ovens","energy costs"],"warmth":3,
            "event":"Bakery Expo","capturedOn":"2026-11-10","notes":"Wants a demo"})");
        put(*db.store, R"({"_id":"l2","type":"lead","name":"Bo","company":"New Co"})");
        auto editor = merge::LocalEditor::open(*db.store);
        CHECK_OK(editor);
        auto converted = convertLead(**editor, "l1");
        CHECK_OK(converted);
        QCOMPARE(converted->accountId, std::string("a-known")); // found by name, any case
        auto contact = db.store->get(converted->contactId);
        CHECK_OK(contact);
        QCOMPARE(contact->body["firstName"].get<std::string>(), std::string("Ann Marie"));
        QCOMPARE(contact->body["lastName"].get<std::string>(), std::string("Lee"));
        QCOMPARE(contact->body["accountId"].get<std::string>(), std::string("a-known"));
        QVERIFY(contact->body["interests"] == Json::array({"ovens", "energy costs"}));
        QCOMPARE(contact->body["howWeMet"].get<std::string>(),
                 std::string("Met at Bakery Expo on 2026-11-10"));
        auto lead = db.store->get("l1");
        CHECK_OK(lead);
        QCOMPARE(lead->body["contactId"].get<std::string>(), converted->contactId);
        auto again = convertLead(**editor, "l1");
        QVERIFY(!again);
        QCOMPARE(again.error().code, Errc::Conflict);

        auto fresh = convertLead(**editor, "l2");
        CHECK_OK(fresh);
        auto account = db.store->get(fresh->accountId);
        CHECK_OK(account);
        QCOMPARE(account->body["name"].get<std::string>(), std::string("New Co"));
        auto forgotten
            = NotebookQueries(*db.store).leads(LeadState::NeverFollowedUp, std::nullopt, 10);
        CHECK_OK(forgotten);
        QVERIFY(forgotten->empty());
        QVERIFY(!convertLead(**editor, "no-such-lead"));
    }

    void duplicates_mergedFieldByFieldKeepingBothHistories()
    {
        StoreFixture db;
        put(*db.store, R"({"_id":"c1","type":"contact","firstName":"Anna","lastName":"Weber",
            "email":"anna@example.org","phone":"0170 1","hobbies":["sailing"],
            "family":[{"id":"f1","name":"Jonas","relation":"son"}]})");
        put(*db.store, R"({"_id":"c2","type":"contact","firstName":"Anna","lastName":"Weber",
            "email":"ANNA@example.org","phone":"0170 2","hobbies":["chess"],
            "birthday":"--02-29","family":[{"id":"f2","name":"Ida","relation":"daughter"}]})");
        put(*db.store, R"({"_id":"v1","type":"visit","date":"2026-10-01","contactIds":["c1"]})");
        put(*db.store, R"({"_id":"v2","type":"visit","date":"2026-11-01","title":"Oven trial",
            "contactIds":["c2","c1"]})");
        put(*db.store, R"({"_id":"f1","type":"followup","title":"Quote","done":false,
            "contactId":"c2"})");
        put(*db.store, R"({"_id":"l1","type":"lead","name":"Anna Weber","contactId":"c2"})");
        auto editor = merge::LocalEditor::open(*db.store);
        CHECK_OK(editor);
        CHECK_OK(merge::flagLikelyDuplicates(*db.store, 0));
        NotebookQueries queries(*db.store);
        auto open = queries.openDuplicates(10);
        CHECK_OK(open);
        QCOMPARE(open->size(), std::size_t(1));
        const auto flag = open->front();
        QCOMPARE(flag.firstId, std::string("c1"));
        QCOMPARE(flag.secondName, std::string("Anna Weber"));

        auto first = db.store->get("c1");
        auto second = db.store->get("c2");
        CHECK_OK(first);
        CHECK_OK(second);
        std::vector<std::string> fields;
        for (const auto &difference : merge::differences(first->body, second->body))
            fields.push_back(difference.field + (difference.combined ? "+" : ""));
        QVERIFY(
            fields
            == (std::vector<std::string> {"email", "phone", "hobbies+", "family+", "birthday"}));

        CHECK_OK(merge::mergeContacts(**editor, flag.id, "c1", {{"phone", merge::Side::Second}}));
        auto kept = db.store->get("c1");
        CHECK_OK(kept);
        QCOMPARE(kept->body["phone"].get<std::string>(), std::string("0170 2"));
        QCOMPARE(kept->body["email"].get<std::string>(), std::string("anna@example.org"));
        QCOMPARE(kept->body["birthday"].get<std::string>(), std::string("--02-29"));
        QVERIFY(kept->body["hobbies"] == Json::array({"sailing", "chess"}));
        QCOMPARE(kept->body["family"].size(), std::size_t(2));
        QVERIFY(kept->body["mergedFrom"] == Json::array({"c2"}));
        QCOMPARE(db.store->get("c2").error().code, Errc::NotFound);
        // Both histories are the kept person's now.
        auto v2 = db.store->get("v2");
        CHECK_OK(v2);
        QVERIFY(v2->body["contactIds"] == Json::array({"c1"}));
        QCOMPARE(db.store->get("f1")->body["contactId"].get<std::string>(), std::string("c1"));
        QCOMPARE(db.store->get("l1")->body["contactId"].get<std::string>(), std::string("c1"));
        auto latest = queries.latestVisitWith("c1");
        CHECK_OK(latest);
        QCOMPARE((*latest)->title, std::string("Oven trial"));
        open = queries.openDuplicates(10);
        CHECK_OK(open);
        QVERIFY(open->empty());
        auto again = merge::mergeContacts(**editor, flag.id, "c1", {});
        QVERIFY(!again);
        QCOMPARE(again.error().code, Errc::Conflict);
    }

    void duplicates_toldApartAreNotRaisedAgain()
    {
        StoreFixture db;
        put(*db.store, R"({"_id":"c1","type":"contact","firstName":"Tom","accountId":"a1"})");
        put(*db.store, R"({"_id":"c2","type":"contact","firstName":"Tom","accountId":"a1"})");
        auto editor = merge::LocalEditor::open(*db.store);
        CHECK_OK(editor);
        CHECK_OK(merge::flagLikelyDuplicates(*db.store, 0));
        NotebookQueries queries(*db.store);
        auto open = queries.openDuplicates(10);
        CHECK_OK(open);
        QCOMPARE(open->size(), std::size_t(1));
        CHECK_OK(merge::dismissDuplicate(**editor, open->front().id));
        auto flagged = merge::flagLikelyDuplicates(*db.store, 0);
        CHECK_OK(flagged);
        QCOMPARE(*flagged, 0);
        open = queries.openDuplicates(10);
        CHECK_OK(open);
        QVERIFY(open->empty());
    }

    void roomToGrow_smallCustomersWithBigPotentialFirst()
    {
        StoreFixture db;
        put(*db.store,
            R"({"_id":"big","type":"account","name":"Big","size":900,"potential":1000})");
        put(*db.store,
            R"({"_id":"small","type":"account","name":"Small","size":20,"potential":800})");
        put(*db.store, R"({"_id":"mid","type":"account","name":"Mid","size":100,"potential":400})");
        put(*db.store, R"({"_id":"unknown","type":"account","name":"Unknown"})");
        NotebookQueries queries(*db.store);
        AccountFilter filter;
        filter.sort = AccountFilter::Sort::ByRoomToGrow;
        auto first = queries.accounts(filter, std::nullopt, 2);
        CHECK_OK(first);
        QVERIFY(ids(*first) == (std::vector<std::string> {"small", "mid"}));
        QCOMPARE(first->front().potential, std::int64_t(800));
        QCOMPARE(first->front().size, std::int64_t(20));
        auto rest = queries.accounts(filter, first->back().key, 2);
        CHECK_OK(rest);
        QVERIFY(ids(*rest) == (std::vector<std::string> {"big", "unknown"}));
    }

    void leads_neverFollowedUpAreTheOnesNobodyActedOn()
    {
        StoreFixture db;
        put(*db.store, R"({"_id":"l1","type":"lead","name":"Ann Lee","company":"Lee Co",
            "warmth":3,"capturedOn":"2026-11-10","event":"Bakery Expo"})");
        put(*db.store, R"({"_id":"l2","type":"lead","name":"Bo Chan","capturedOn":"2026-11-11"})");
        put(*db.store, R"({"_id":"f1","type":"followup","title":"Call Bo","done":false,
            "leadId":"l2"})");
        put(*db.store, R"({"_id":"l3","type":"lead","name":"Cy Dorn","capturedOn":"2026-11-12",
            "contactId":"c9"})");
        NotebookQueries queries(*db.store);
        auto all = queries.leads(LeadState::All, std::nullopt, 10);
        CHECK_OK(all);
        QCOMPARE(all->size(), std::size_t(3));
        QCOMPARE(all->front().id, std::string("l3")); // newest first
        QCOMPARE(all->at(1).followUps, 1);
        auto forgotten = queries.leads(LeadState::NeverFollowedUp, std::nullopt, 10);
        CHECK_OK(forgotten);
        QCOMPARE(forgotten->size(), std::size_t(1));
        QCOMPARE(forgotten->front().id, std::string("l1"));
        QCOMPARE(forgotten->front().warmth, 3);
        // Paged by key.
        auto first = queries.leads(LeadState::All, std::nullopt, 2);
        CHECK_OK(first);
        auto rest = queries.leads(LeadState::All, first->back().key, 2);
        CHECK_OK(rest);
        QCOMPARE(rest->size(), std::size_t(1));
        QCOMPARE(rest->front().id, std::string("l1"));
    }
};

QTEST_GUILESS_MAIN(RelationshipsTest)
#include "tst_relationships.moc"
