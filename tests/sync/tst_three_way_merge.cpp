// The merge rules, one test each, with the documents spelled out: what a salesperson finds
// after editing the same customer on the phone and on the tablet.
#include "merge/hybrid_clock.h"
#include "merge/three_way_merge.h"

#include <QTest>

using namespace rapport;
using namespace rapport::merge;

namespace {

Json parse(const std::string &text)
{
    return Json::parse(text);
}

// Order-insensitive comparison of members, as a person reads a document.
bool sameDocument(const Json &a, const Json &b)
{
    return nlohmann::json::parse(a.dump()) == nlohmann::json::parse(b.dump());
}

std::string stamp(std::int64_t millis, const char *device)
{
    return Stamp {millis, 0, device}.text();
}

} // namespace

class ThreeWayMergeTest : public QObject
{
    Q_OBJECT

private slots:
    void fieldChangedOnOneSide_takesThatChange()
    {
        const Json base = parse(R"({"type":"contact","firstName":"Jonas","town":"Bremen"})");
        const Json phone = parse(R"({"type":"contact","firstName":"Jonas","town":"Kassel"})");
        const Json tablet
            = parse(R"({"type":"contact","firstName":"Jonas","town":"Bremen","role":"user"})");
        const auto merged = mergeBodies(&base, phone, tablet);
        QVERIFY(sameDocument(
            merged.body,
            parse(R"({"type":"contact","firstName":"Jonas","town":"Kassel","role":"user"})")));
        QVERIFY(merged.lost.empty());
    }

    void fieldRemovedOnOneSide_staysRemoved()
    {
        const Json base = parse(R"({"type":"contact","firstName":"Jonas","phone":"0421 1"})");
        const Json phone = parse(R"({"type":"contact","firstName":"Jonas"})");
        const Json tablet = parse(R"({"type":"contact","firstName":"Jonas B.","phone":"0421 1"})");
        const auto merged = mergeBodies(&base, phone, tablet);
        QVERIFY(sameDocument(merged.body, parse(R"({"type":"contact","firstName":"Jonas B."})")));
    }

    void aPlace_isTakenWhole_neverMixedFromBothSides()
    {
        // The phone pins the customer's new site; the tablet, later, pins a spot on the same
        // latitude. Member by member that would be the phone's latitude with the tablet's
        // longitude: a place nobody pinned. The later pin wins whole, the other is kept.
        const Json base = parse(
            R"({"type":"account","name":"Fischer","place":{"latitude":53.86,"longitude":10.68}})");
        Json phone = parse(
            R"({"type":"account","name":"Fischer","place":{"latitude":53.90,"longitude":10.70}})");
        phone["clocks"] = {{"place", stamp(1000, "phone")}};
        Json tablet = parse(
            R"({"type":"account","name":"Fischer","place":{"latitude":53.86,"longitude":10.75}})");
        tablet["clocks"] = {{"place", stamp(2000, "tablet")}};
        const auto merged = mergeBodies(&base, phone, tablet);
        QVERIFY(merged.body["place"] == parse(R"({"latitude":53.86,"longitude":10.75})"));
        QCOMPARE(merged.lost.size(), std::size_t {1});
        QCOMPARE(merged.lost.front().path, std::string("place"));
        QVERIFY(merged.lost.front().lost == phone["place"]);
    }

    void sets_mergeAdditionsAndRemovalsFromBothSides()
    {
        const Json base = parse(R"({"type":"contact","hobbies":["sailing","chess","golf"]})");
        const Json phone = parse(R"({"type":"contact","hobbies":["sailing","golf","opera"]})");
        const Json tablet = parse(R"({"type":"contact","hobbies":["chess","golf","baking"]})");
        const auto merged = mergeBodies(&base, phone, tablet);
        // chess removed on the phone, sailing on the tablet; opera and baking added.
        QVERIFY(merged.body == parse(R"({"type":"contact","hobbies":["golf","baking","opera"]})"));
        QVERIFY(merged.lost.empty());
    }

    void itemsWithIds_mergeItemByItemAndFieldByField()
    {
        const Json base = parse(R"({"type":"contact","family":[
            {"id":"f1","name":"Ben","relation":"son","interests":["baseball cards"]},
            {"id":"f2","name":"Lea","relation":"daughter"}]})");
        const Json phone = parse(R"({"type":"contact","family":[
            {"id":"f1","name":"Benjamin","relation":"son","interests":["baseball cards"]},
            {"id":"f2","name":"Lea","relation":"daughter"},
            {"id":"f3","name":"Mia","relation":"wife"}]})");
        const Json tablet = parse(R"({"type":"contact","family":[
            {"id":"f1","name":"Ben","relation":"son","interests":["baseball cards","chess"]}]})");
        const auto merged = mergeBodies(&base, phone, tablet);
        // Ben's new name from the phone and new interest from the tablet; Lea removed on the
        // tablet (unchanged on the phone); Mia added on the phone.
        QVERIFY(merged.body == parse(R"({"type":"contact","family":[
            {"id":"f1","name":"Benjamin","relation":"son","interests":["baseball cards","chess"]},
            {"id":"f3","name":"Mia","relation":"wife"}]})"));
        QVERIFY(merged.lost.empty());
    }

    void itemEditedOnOneSideRemovedOnTheOther_theEditWins()
    {
        const Json base = parse(R"({"type":"contact","family":[{"id":"f1","name":"Ben"}]})");
        const Json phone = parse(R"({"type":"contact","family":[]})");
        const Json tablet = parse(
            R"({"type":"contact","family":[{"id":"f1","name":"Ben","birthday":"--05-04"}]})");
        const auto merged = mergeBodies(&base, phone, tablet);
        QVERIFY(merged.body == tablet);
    }

    void sameFieldChangedOnBothSides_newerEditWinsAndTheOtherValueIsKept()
    {
        const Json base = parse(R"({"type":"contact","role":"user"})");
        Json phone = parse(R"({"type":"contact","role":"influencer"})");
        phone["clocks"] = {{"role", stamp(2000, "phone")}};
        Json tablet = parse(R"({"type":"contact","role":"decision_maker"})");
        tablet["clocks"] = {{"role", stamp(1000, "tablet")}};
        const auto merged = mergeBodies(&base, phone, tablet);
        QCOMPARE(merged.body["role"].get<std::string>(), std::string("influencer"));
        QCOMPARE(merged.body["clocks"]["role"].get<std::string>(), stamp(2000, "phone"));
        QCOMPARE(merged.lost.size(), std::size_t(1));
        const auto &lost = merged.lost.front();
        QCOMPARE(lost.path, std::string("role"));
        QVERIFY(lost.kept == Json("influencer"));
        QVERIFY(lost.lost == Json("decision_maker"));
        QCOMPARE(lost.keptStamp, stamp(2000, "phone"));
        QCOMPARE(lost.lostStamp, stamp(1000, "tablet"));
    }

    void sameStamp_theDeviceIdDecides_andTheOutcomeIsTheSameWhicheverSideIsLeft()
    {
        const Json base = parse(R"({"type":"account","tier":"B"})");
        Json phone = parse(R"({"type":"account","tier":"A"})");
        phone["clocks"] = {{"tier", stamp(1000, "phone")}};
        Json tablet = parse(R"({"type":"account","tier":"C"})");
        tablet["clocks"] = {{"tier", stamp(1000, "tablet")}};
        const auto one = mergeBodies(&base, phone, tablet);
        const auto other = mergeBodies(&base, tablet, phone);
        QCOMPARE(one.body.dump(), other.body.dump());
        QCOMPARE(one.body["tier"].get<std::string>(), std::string("C")); // "tablet" > "phone"
    }

    void nestedItemField_changedOnBothSides_keepsTheLoserWithItsPath()
    {
        const Json base = parse(R"({"type":"contact","family":[{"id":"f1","name":"Ben"}]})");
        Json phone = parse(R"({"type":"contact","family":[{"id":"f1","name":"Benny"}]})");
        phone["clocks"] = {{"family/f1/name", stamp(1000, "phone")}};
        Json tablet = parse(R"({"type":"contact","family":[{"id":"f1","name":"Benjamin"}]})");
        tablet["clocks"] = {{"family", stamp(3000, "tablet")}}; // a stamp of the whole list
        const auto merged = mergeBodies(&base, phone, tablet);
        QCOMPARE(merged.body["family"][0]["name"].get<std::string>(), std::string("Benjamin"));
        QCOMPARE(merged.lost.size(), std::size_t(1));
        QCOMPARE(merged.lost.front().path, std::string("family/f1/name"));
        QVERIFY(merged.lost.front().lost == Json("Benny"));
    }

    void unknownFields_mergeByTheSameRulesAndAreNeverDropped()
    {
        // A newer app's fields: a list of objects with ids, a plain list, a nested object.
        const Json base = parse(R"({"type":"contact","socials":[{"id":"s1","url":"a"}],
            "badges":["gold"],"prefs":{"channel":"email","time":"morning"}})");
        const Json phone = parse(R"({"type":"contact","socials":[{"id":"s1","url":"a"},
            {"id":"s2","url":"b"}],"badges":["gold","early"],"prefs":{"channel":"phone",
            "time":"morning"}})");
        const Json tablet = parse(R"({"type":"contact","socials":[{"id":"s1","url":"a2"}],
            "badges":[],"prefs":{"channel":"email","time":"evening"},"pronouns":"she/her"})");
        const auto merged = mergeBodies(&base, phone, tablet);
        QVERIFY(sameDocument(merged.body, parse(R"({"type":"contact",
            "socials":[{"id":"s1","url":"a2"},{"id":"s2","url":"b"}],"badges":["early"],
            "prefs":{"channel":"phone","time":"evening"},"pronouns":"she/her"})")));
        QVERIFY(merged.lost.empty());
    }

    void noCommonAncestor_mergesTwoWayAndKeepsEveryLosingValue()
    {
        Json phone = parse(R"({"type":"contact","firstName":"Jonas","town":"Kassel",
            "hobbies":["sailing"],"email":"j@example.org"})");
        phone["clocks"] = {{"town", stamp(1000, "phone")}};
        Json tablet = parse(R"({"type":"contact","firstName":"Jonas","town":"Bremen",
            "hobbies":["chess"],"phone":"0421 1"})");
        tablet["clocks"] = {{"town", stamp(2000, "tablet")}};
        const auto merged = mergeBodies(nullptr, phone, tablet);
        QVERIFY(sameDocument(merged.body,
                             parse(R"({"type":"contact","firstName":"Jonas",
            "town":"Bremen","hobbies":["chess","sailing"],"email":"j@example.org",
            "phone":"0421 1","clocks":{"town":")"
                                   + stamp(2000, "tablet") + R"("}})")));
        QCOMPARE(merged.lost.size(), std::size_t(1));
        QVERIFY(merged.lost.front().lost == Json("Kassel"));
    }

    void metadata_isNotMerged()
    {
        const Json base = parse(R"({"type":"note","text":"a"})");
        const Json phone = parse(R"({"_id":"n1","_rev":"2-aaa","type":"note","text":"b"})");
        const Json tablet = parse(R"({"_id":"n1","_rev":"2-bbb","type":"note","text":"a"})");
        QVERIFY(mergeBodies(&base, phone, tablet).body == parse(R"({"type":"note","text":"b"})"));
    }

    void hybridClock_neverRunsBackwardsAndItsTextSortsAsItsOrder()
    {
        std::int64_t wall = 5000;
        HybridClock clock("phone", [&] { return wall; });
        const Stamp first = clock.now();
        wall = 4000; // the phone's clock was set back
        const Stamp second = clock.now();
        QVERIFY(second > first);
        clock.observe(Stamp {9000, 7, "tablet"}); // an edit from a device whose clock is ahead
        const Stamp third = clock.now();
        QVERIFY(third > Stamp({9000, 7, "tablet"}));
        QCOMPARE(third.device, std::string("phone"));
        QVERIFY(first.text() < second.text());
        QVERIFY(second.text() < third.text());
        QVERIFY(Stamp::parse(third.text()) == third);
        QVERIFY(!Stamp::parse("yesterday"));
    }
};

QTEST_GUILESS_MAIN(ThreeWayMergeTest)
#include "tst_three_way_merge.moc"
