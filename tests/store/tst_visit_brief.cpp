// The brief before a visit, from a real database: last time's subject, what was promised and
// is still open, the family and interests worth asking about, the company's last feedback, and
// a birthday coming up.
#include "brief/visit_brief.h"
#include "store_fixture.h"

using namespace rapport;

class VisitBriefTest : public QObject
{
    Q_OBJECT

private:
    static void put(Store &store, const std::string &json)
    {
        CHECK_OK(store.put(makeDocument(json)));
    }

private slots:
    void brief_tellsWhatToRememberBeforeTheVisit()
    {
        StoreFixture db;
        put(*db.store, R"({"_id":"a1","type":"account","name":"Berg Bakery"})");
        put(*db.store, R"({"_id":"c1","type":"contact","firstName":"Mara","accountId":"a1",
            "birthday":"1980-11-27","hobbies":["sailing"],
            "family":[{"id":"f1","name":"Jonas","relation":"son","interests":["baseball cards","chess"]}]})");
        put(*db.store, R"({"_id":"v1","type":"visit","accountId":"a1","date":"2026-11-02",
            "contactIds":["c1"],"title":"Oven trial","outcome":"Wants a quote"})");
        put(*db.store, R"({"_id":"f1","type":"followup","title":"Send the quote","due":"2026-11-20",
            "done":false,"contactId":"c1"})");
        put(*db.store, R"({"_id":"f2","type":"followup","title":"Done already","done":true,
            "contactId":"c1"})");
        put(*db.store, R"({"_id":"fb1","type":"feedback","accountId":"a1","date":"2026-11-10",
            "score":4,"said":"Deliveries are on time now"})");

        auto brief = briefForContact(*db.store, "c1", "2026-11-25");
        CHECK_OK(brief);
        QVERIFY(brief->lastVisit.has_value());
        QCOMPARE(brief->lastVisit->title, std::string("Oven trial"));
        QCOMPARE(brief->promised.size(), std::size_t(1));
        QCOMPARE(brief->promised.front().title, std::string("Send the quote"));
        QVERIFY(brief->askAbout
                == (std::vector<std::string> {"Jonas (son): baseball cards, chess", "sailing"}));
        QVERIFY(brief->lastFeedback.has_value());
        QCOMPARE(brief->lastFeedback->said, std::string("Deliveries are on time now"));
        QVERIFY(brief->comingUp.has_value());
        QCOMPARE(brief->comingUp->monthDay, std::string("11-27"));
    }

    void brief_ofSomeoneNewIsEmptyNotAnError()
    {
        StoreFixture db;
        put(*db.store, R"({"_id":"c2","type":"contact","lastName":"Novak"})");
        auto brief = briefForContact(*db.store, "c2", "2026-11-25");
        CHECK_OK(brief);
        QVERIFY(!brief->lastVisit && brief->promised.empty() && brief->askAbout.empty()
                && !brief->lastFeedback && !brief->comingUp);
        QCOMPARE(briefForContact(*db.store, "nobody", "2026-11-25").error().code, Errc::NotFound);
    }

    void brief_forACustomerGathersItsPeople()
    {
        StoreFixture db;
        put(*db.store, R"({"_id":"a1","type":"account","name":"Berg Bakery"})");
        put(*db.store, R"({"_id":"c1","type":"contact","firstName":"Mara","lastName":"Lind",
            "accountId":"a1","birthday":"--11-28",
            "family":[{"id":"f1","name":"Jonas","relation":"son","interests":["baseball cards"]}]})");
        put(*db.store, R"({"_id":"c2","type":"contact","firstName":"Tom","lastName":"Berg",
            "accountId":"a1","hobbies":["sailing"]})");
        put(*db.store, R"({"_id":"c3","type":"contact","firstName":"Elsewhere","accountId":"a2",
            "birthday":"--11-26"})");
        put(*db.store, R"({"_id":"v1","type":"visit","accountId":"a1","date":"2026-11-02",
            "title":"Oven trial"})");
        put(*db.store, R"({"_id":"v2","type":"visit","accountId":"a1","date":"2026-12-02",
            "title":"Planned","planned":true})");
        put(*db.store, R"({"_id":"f1","type":"followup","title":"Send the quote","done":false,
            "accountId":"a1","due":"2026-11-20"})");
        put(*db.store, R"({"_id":"fb1","type":"feedback","accountId":"a1","date":"2026-11-10",
            "score":4})");
        auto brief = briefForAccount(*db.store, "a1", "2026-11-25");
        CHECK_OK(brief);
        QVERIFY(brief->lastVisit.has_value());
        QCOMPARE(brief->lastVisit->title, std::string("Oven trial"));
        QCOMPARE(brief->promised.size(), std::size_t(1));
        QVERIFY(brief->askAbout
                == (std::vector<std::string> {"Tom Berg: sailing",
                                              "Mara Lind: Jonas (son): baseball cards"}));
        QCOMPARE(brief->lastFeedback->score, 4);
        QVERIFY(brief->comingUp.has_value());
        QCOMPARE(brief->comingUp->contactId, std::string("c1")); // not the other company's
    }
};

QTEST_GUILESS_MAIN(VisitBriefTest)
#include "tst_visit_brief.moc"
