// The revision tree and CouchDB's winner and conflict rules (DESIGN.md, "Data"; the CouchDB
// replication protocol's revision model).
#include "store/revision.h"
#include "store_fixture.h"

using namespace rapport;

class RevisionTree : public QObject
{
    Q_OBJECT

private:
    StoreFixture db;

    // A revision from a peer, written as new_edits:false would.
    void insert(const std::string &id, std::vector<std::string> history, const std::string &body,
                bool deleted = false)
    {
        Document doc;
        doc.body = Json::parse(body);
        doc.id = id;
        doc.rev = history.front();
        doc.deleted = deleted;
        auto inserted = db.store->insertWithHistory(doc, history);
        QVERIFY2(inserted.ok(), inserted.ok() ? "" : inserted.error().describe().c_str());
    }

private slots:
    void revisionHash_isWhatEveryEarlierVersionComputed()
    {
        // Two devices that write the same body on the same parent must write the same
        // revision, whichever version of Rapport each runs: the hash's input is the body as
        // nlohmann::json (sorted keys) writes it, and sortedDump must be that, byte for byte.
        // (Built in code, not parsed from raw strings: moc loses its way in escaped quotes.)
        Json nested = Json::object();
        nested["z"] = Json {{"b", Json::array({3, Json {{"y", 1}, {"x", nullptr}}})}, {"a", true}};
        nested["A"] = Json::array();
        nested["_id"] = "x";
        nested["\xC3\xBC"] = Json::object();
        nested["a"] = -0.5;
        Json escapes = Json::object();
        escapes["quote\"key"] = "say \"hi\"";
        escapes["back\\slash"] = "a\\b";
        escapes["line"] = std::string("one\ntwo\x01");
        Json numbers = Json::object();
        numbers["n"] = Json::array({0, -7, 12345678901234LL, 3.25, 1e300, 0.1, 1.0});
        numbers["e"] = "";
        numbers["u"] = "Kr\xC3\xBCger \xE2\x82\xAC \xF0\x9F\x98\x80";
        const Json bodies[] = {
            Json {{"type", "contact"}, {"lastName", "Weber"}, {"firstName", "Anna"}, {"schema", 1}},
            nested,
            escapes,
            numbers,
            Json::array({Json {{"b", 1}, {"a", 2}}, "\x7f", false}),
        };
        for (const auto &body : bodies) {
            QCOMPARE(sortedDump(body),
                     nlohmann::json(body).dump(-1, ' ', false,
                                               nlohmann::json::error_handler_t::replace));
        }
        Json invalid = Json::object();
        invalid["name"] = std::string("M\xFCller"); // not UTF-8: replaced, as before
        invalid["\xFFkey"] = 1;
        QCOMPARE(
            sortedDump(invalid),
            nlohmann::json(invalid).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    }

    void winner_liveLeafBeatsDeletedLeafWhateverItsGeneration()
    {
        insert("w1", {"5-aaa", "4-aaa", "3-aaa", "2-aaa", "1-root"}, R"({"v":"deleted branch"})",
               true);
        insert("w1", {"2-bbb", "1-root"}, R"({"v":"live branch"})");
        auto doc = db.store->get("w1");
        CHECK_OK(doc);
        QCOMPARE(doc->rev, std::string("2-bbb"));
        QCOMPARE(doc->body["v"].get<std::string>(), std::string("live branch"));
    }

    void winner_higherGenerationWinsAmongLiveLeaves()
    {
        insert("w2", {"3-aaa", "2-aaa", "1-root"}, R"({"v":"long"})");
        insert("w2", {"2-fff", "1-root"}, R"({"v":"short"})");
        QCOMPARE(db.store->get("w2")->rev, std::string("3-aaa"));
    }

    void winner_higherHashBreaksATieOfGenerations()
    {
        insert("w3", {"2-abc", "1-root"}, R"({"v":"abc"})");
        insert("w3", {"2-abd", "1-root"}, R"({"v":"abd"})");
        QCOMPARE(db.store->get("w3")->rev, std::string("2-abd"));
        auto conflicts = db.store->conflicts("w3");
        CHECK_OK(conflicts);
        QCOMPARE(*conflicts, std::vector<std::string> {"2-abc"});
    }

    void winner_allLeavesDeletedMeansTheDocumentIsDeleted()
    {
        insert("w4", {"2-aaa", "1-root"}, "{}", true);
        insert("w4", {"2-bbb", "1-root"}, "{}", true);
        auto doc = db.store->get("w4");
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error().code, Errc::NotFound);
        auto leaves = db.store->getLeaves("w4");
        CHECK_OK(leaves);
        QCOMPARE(leaves->front().rev, std::string("2-bbb")); // still ranked by generation and hash
    }

    void winner_sameRulesAsThePureRanking()
    {
        std::vector<Leaf> leaves {
            {{3, "a"}, true}, {{1, "z"}, false}, {{2, "b"}, false}, {{2, "c"}, false}};
        sortByPriority(leaves);
        QCOMPARE(leaves[0].rev.str(), std::string("2-c"));
        QCOMPARE(leaves[1].rev.str(), std::string("2-b"));
        QCOMPARE(leaves[2].rev.str(), std::string("1-z"));
        QCOMPARE(leaves[3].rev.str(), std::string("3-a"));
    }

    void conflicts_listLiveLosingLeavesOnlyBestFirst()
    {
        insert("c1", {"2-aaa", "1-root"}, R"({"v":1})");
        insert("c1", {"3-ccc", "2-ccc", "1-root"}, R"({"v":2})");
        insert("c1", {"2-bbb", "1-root"}, R"({"v":3})");
        insert("c1", {"2-zzz", "1-root"}, "{}", true);
        auto conflicts = db.store->conflicts("c1");
        CHECK_OK(conflicts);
        QCOMPARE(*conflicts, (std::vector<std::string> {"2-bbb", "2-aaa"}));
    }

    void insertWithHistory_isIdempotent()
    {
        insert("i1", {"3-c", "2-b", "1-a"}, R"({"v":1})");
        auto before = db.store->lastSequence();
        insert("i1", {"3-c", "2-b", "1-a"}, R"({"v":1})");
        QCOMPARE(*db.store->lastSequence(), *before);
        QCOMPARE(db.store->getLeaves("i1")->size(), std::size_t(1));
    }

    void insertWithHistory_extendsALocalLeafWithoutAConflict()
    {
        auto written
            = db.store->put(makeDocument(R"({"_id":"i2","type":"contact","firstName":"Ann"})"));
        CHECK_OK(written);
        const auto gen2 = "2-fromthepeer";
        insert("i2", {gen2, written->rev}, R"({"type":"contact","firstName":"Anna"})");
        auto leaves = db.store->getLeaves("i2");
        CHECK_OK(leaves);
        QCOMPARE(leaves->size(), std::size_t(1));
        QCOMPARE(leaves->front().rev, std::string(gen2));
        QVERIFY(db.store->conflicts("i2")->empty());
    }

    void insertWithHistory_refusesAHistoryThatIsNotAChain()
    {
        Document doc = makeDocument(R"({"_id":"i3"})");
        doc.rev = "3-c";
        QCOMPARE(db.store->insertWithHistory(doc, {"3-c", "1-a"}).error().code, Errc::BadRequest);
        QCOMPARE(db.store->insertWithHistory(doc, {"2-b"}).error().code, Errc::BadRequest);
        QCOMPARE(db.store->get("i3").error().code, Errc::NotFound);
    }

    // What a pull brings needs no push back, and a later three-way merge has its base; but a
    // record edited here since the last sync keeps the base its merge needs.
    void insertFromServer_makesTheServersRevisionTheSyncBaseUnlessEditedHere()
    {
        Document fresh = makeDocument(R"({"_id":"p1","_rev":"2-bbb","n":2})");
        CHECK_OK(db.store->insertFromServer(fresh, {"2-bbb", "1-aaa"}));
        QCOMPARE(*db.store->baseRevision("p1"), std::optional<std::string>("2-bbb"));

        Document edited = makeDocument(R"({"_id":"p2","_rev":"1-aaa","n":1})");
        CHECK_OK(db.store->insertFromServer(edited, {"1-aaa"}));
        auto local = db.store->put(makeDocument(R"({"_id":"p2","_rev":"1-aaa","n":"mine"})"));
        CHECK_OK(local);
        Document theirs = makeDocument(R"({"_id":"p2","_rev":"2-ccc","n":"theirs"})");
        CHECK_OK(db.store->insertFromServer(theirs, {"2-ccc", "1-aaa"}));
        QCOMPARE(*db.store->baseRevision("p2"), std::optional<std::string>("1-aaa"));
        QCOMPARE(db.store->getRevision("p2", "1-aaa")->body["n"].get<int>(), 1);

        // Their next revision of a record not edited here moves the base on.
        Document later = makeDocument(R"({"_id":"p1","_rev":"3-ddd","n":3})");
        CHECK_OK(db.store->insertFromServer(later, {"3-ddd", "2-bbb", "1-aaa"}));
        QCOMPARE(*db.store->baseRevision("p1"), std::optional<std::string>("3-ddd"));
        auto changes = db.store->changesSince(0, 100);
        CHECK_OK(changes);
        for (const auto &change : changes->changes)
            if (change.id == "p1")
                QCOMPARE(change.syncedRev, std::optional<std::string>("3-ddd"));
    }

    // What a push offers: what changed here since the server last had it, and conflicts, never
    // a record the server sent and nobody touched since; the page still says how far it read.
    void unsyncedChanges_leaveOutWhatTheServerHasAlready()
    {
        StoreFixture here; // a notebook of its own: the other tests' records are changes too
        Document pulled = makeDocument(R"({"_id":"u1","_rev":"1-aaa","n":1})");
        CHECK_OK(here.store->insertFromServer(pulled, {"1-aaa"}));
        Document conflicted = makeDocument(R"({"_id":"u2","_rev":"1-bbb","n":1})");
        CHECK_OK(here.store->insertFromServer(conflicted, {"1-bbb"}));
        Document other = makeDocument(R"({"_id":"u2","_rev":"1-ccc","n":"other device"})");
        CHECK_OK(here.store->insertWithHistory(other, {"1-ccc"}));
        auto local = here.store->put(makeDocument(R"({"_id":"u3","n":"mine"})"));
        CHECK_OK(local);
        Document untouched = makeDocument(R"({"_id":"u4","_rev":"1-ddd","n":4})");
        CHECK_OK(here.store->insertFromServer(untouched, {"1-ddd"}));

        auto page = here.store->unsyncedChangesSince(0, 100);
        CHECK_OK(page);
        std::vector<std::string> ids;
        for (const auto &change : page->changes)
            ids.push_back(change.id);
        QCOMPARE(ids, (std::vector<std::string> {"u2", "u3"}));
        QCOMPARE(page->rowsRead, std::int64_t(4));
        QCOMPARE(page->lastSeq, *here.store->lastSequence());
        QCOMPARE(page->changes.front().leafRevs.size(), std::size_t(2));
    }

    void revisionHistory_walksBackToTheRoot()
    {
        auto first = db.store->put(makeDocument(R"({"_id":"h1","n":1})"));
        auto second
            = db.store->put(makeDocument(R"({"_id":"h1","_rev":")" + first->rev + R"(","n":2})"));
        auto third
            = db.store->put(makeDocument(R"({"_id":"h1","_rev":")" + second->rev + R"(","n":3})"));
        auto history = db.store->revisionHistory("h1", third->rev);
        CHECK_OK(history);
        QCOMPARE(*history, (std::vector<std::string> {third->rev, second->rev, first->rev}));
    }

    void bodies_keptForLeavesAndTheSyncBaseOnly()
    {
        auto first = db.store->put(makeDocument(R"({"_id":"b1","n":1})"));
        CHECK_OK(db.store->setBaseRevision("b1", first->rev));
        auto second
            = db.store->put(makeDocument(R"({"_id":"b1","_rev":")" + first->rev + R"(","n":2})"));
        auto third
            = db.store->put(makeDocument(R"({"_id":"b1","_rev":")" + second->rev + R"(","n":3})"));
        CHECK_OK(third);
        // The base survives two later edits; the inner revision between them does not.
        QCOMPARE(db.store->getRevision("b1", first->rev)->body["n"].get<int>(), 1);
        QCOMPARE(db.store->getRevision("b1", second->rev).error().code, Errc::NotFound);
        // Moving the base lets the old base's body go.
        CHECK_OK(db.store->setBaseRevision("b1", third->rev));
        QCOMPARE(db.store->getRevision("b1", first->rev).error().code, Errc::NotFound);
        QCOMPARE(*db.store->baseRevision("b1"), std::optional<std::string>(third->rev));
    }

    void stemming_keepsTheLastThousandRevisionIds()
    {
        std::vector<std::string> history;
        for (int gen = 1200; gen >= 1; --gen)
            history.push_back(std::to_string(gen) + "-h" + std::to_string(gen));
        insert("s1", history, R"({"v":1})");
        auto kept = db.store->revisionHistory("s1", "1200-h1200");
        CHECK_OK(kept);
        QCOMPARE(kept->size(), std::size_t(1000));
        QCOMPARE(kept->back(), std::string("201-h201"));

        // Local edits past the limit stem the oldest ids too.
        std::string rev = "1200-h1200";
        for (int i = 0; i < 5; ++i)
            rev = db.store->put(makeDocument(R"({"_id":"s1","_rev":")" + rev + R"(","v":2})"))->rev;
        QCOMPARE(db.store->revisionHistory("s1", rev)->size(), std::size_t(1000));
    }

    void newRevisionIds_dependOnlyOnParentAndContent()
    {
        StoreFixture other;
        const auto body = R"({"_id":"d1","type":"account","name":"Brewery","tags":["b","a"]})";
        auto here = db.store->put(makeDocument(body));
        auto there = other.store->put(makeDocument(body));
        QCOMPARE(here->rev, there->rev);
        // Member order does not change the revision: the hash is over sorted keys.
        auto reordered = other.store->put(
            makeDocument(R"({"_id":"d2","name":"Brewery","tags":["b","a"],"type":"account"})"));
        auto sameBody = db.store->put(
            makeDocument(R"({"_id":"d2","type":"account","name":"Brewery","tags":["b","a"]})"));
        QCOMPARE(reordered->rev, sameBody->rev);
    }
};

QTEST_GUILESS_MAIN(RevisionTree)
#include "tst_revision_tree.moc"
