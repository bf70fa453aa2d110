// The derived tables and the search index follow the winning revision, in the same
// transaction as the write.
#include "notebook/notebook_queries.h"
#include "store_fixture.h"

#include <set>

using namespace rapport;

class Queries : public QObject
{
    Q_OBJECT

private:
    std::vector<std::string> searchIds(Store &store, const std::string &text)
    {
        std::vector<std::string> ids;
        auto hits = NotebookQueries(store).search(text, 50);
        if (hits)
            for (const auto &hit : *hits)
                ids.push_back(hit.id);
        return ids;
    }

private slots:
    void search_findsAContactByWhatTheirChildCollects()
    {
        StoreFixture db;
        CHECK_OK(db.store->put(
            makeDocument(R"({"_id":"c1","type":"contact","firstName":"Jonas","lastName":"Weber",
            "family":[{"id":"f1","name":"Leo","relation":"son","interests":["baseball cards"]}]})")));
        CHECK_OK(db.store->put(makeDocument(
            R"({"_id":"c2","type":"contact","firstName":"Petra","lastName":"Weiss"})")));
        QCOMPARE(searchIds(*db.store, "baseball"), std::vector<std::string> {"c1"});
        QCOMPARE(searchIds(*db.store, "base"), std::vector<std::string> {"c1"}); // as you type
        QCOMPARE(searchIds(*db.store, "leo son"), std::vector<std::string> {"c1"}); // any order
        QCOMPARE(searchIds(*db.store, "jonas"), std::vector<std::string> {"c1"});
        QVERIFY(searchIds(*db.store, "football").empty());
    }

    void search_matchesTheWordBeingTypedAsAPrefixAndFinishedWordsWhole()
    {
        StoreFixture db;
        CHECK_OK(db.store->put(makeDocument(
            R"({"_id":"c1","type":"contact","firstName":"Anna","lastName":"Kowalski"})")));
        QCOMPARE(searchIds(*db.store, "anna kow"), std::vector<std::string> {"c1"});
        QCOMPARE(searchIds(*db.store, "kowalski an"), std::vector<std::string> {"c1"});
        QCOMPARE(searchIds(*db.store, "ann kow"),
                 std::vector<std::string> {"c1"}); // short words stay prefixes
        QCOMPARE(searchIds(*db.store, "kowalski "), std::vector<std::string> {"c1"});
        QVERIFY(searchIds(*db.store, "kowals anna").empty()); // a finished word matches whole
        QVERIFY(searchIds(*db.store, "annak").empty());
    }

    void search_ignoresCaseAndAccents()
    {
        StoreFixture db;
        CHECK_OK(db.store->put(makeDocument(
            R"({"_id":"a1","type":"account","name":"Müller Gärtnerei","town":"Köln"})")));
        QCOMPARE(searchIds(*db.store, "koln"), std::vector<std::string> {"a1"});
        QCOMPARE(searchIds(*db.store, "MULLER"), std::vector<std::string> {"a1"});
    }

    // The index keeps words, not where they stand (no phrase can be asked): a search splits
    // what was typed exactly where the index splits a document, Unicode punctuation included.
    void search_findsWordsJoinedByPunctuationAsTheIndexSplitsThem()
    {
        StoreFixture db;
        CHECK_OK(db.store->put(makeDocument(
            R"({"_id":"a1","type":"account","name":"Schmitt & Kaya GmbH","notes":"wants e-mail, not calls"})")));
        CHECK_OK(db.store->put(makeDocument(
            R"({"_id":"c1","type":"contact","firstName":"Siobhan","lastName":"O\u0027Brien","town":"Müller–Lüdenscheidt"})")));
        QCOMPARE(searchIds(*db.store, "e-mail"), std::vector<std::string> {"a1"});
        QCOMPARE(searchIds(*db.store, "e-mail, "), std::vector<std::string> {"a1"});
        QCOMPARE(searchIds(*db.store, "schmitt&kaya"), std::vector<std::string> {"a1"});
        QCOMPARE(searchIds(*db.store, "O'Bri"), std::vector<std::string> {"c1"}); // still typing
        QCOMPARE(searchIds(*db.store, "müller–lüd"), std::vector<std::string> {"c1"});
        QCOMPARE(searchIds(*db.store, "MULLER-LUDENSCHEIDT"), std::vector<std::string> {"c1"});
        QVERIFY(searchIds(*db.store, "o'brie kaya").empty()); // every word, and finished ones whole
        QVERIFY(searchIds(*db.store, "— & —").empty()); // nothing to look for
    }

    // Past the prefix indexes a word being typed is looked up as the words it can become: found
    // as before, for a word written after the first search too, and with more such words than
    // are listed one by one.
    void search_findsAWordTypedBeyondThePrefixIndexes()
    {
        StoreFixture db;
        CHECK_OK(db.store->put(makeDocument(
            R"({"_id":"v1","type":"visit","date":"2026-11-02","notes":"cleaning tablets for the new oven"})")));
        QCOMPARE(searchIds(*db.store, "cleanin"), std::vector<std::string> {"v1"});
        QVERIFY(searchIds(*db.store, "cleanix").empty());
        CHECK_OK(db.store->put(makeDocument(
            R"({"_id":"v2","type":"visit","date":"2026-11-03","notes":"Ofenreinigung besprochen"})")));
        QCOMPARE(searchIds(*db.store, "ofenrein"), std::vector<std::string> {"v2"});
        QCOMPARE(searchIds(*db.store, "tablets clean"), std::vector<std::string> {"v1"});
        // More words start with "compo" than are listed one by one; every document is found.
        for (int i = 0; i < 100; ++i) {
            const auto id = "w" + std::to_string(100 + i);
            CHECK_OK(db.store->put(
                makeDocument(R"({"_id":")" + id + R"(","type":"visit","date":"2026-11-04",)"
                             + R"("notes":"compound)" + std::to_string(i) + R"("})")));
        }
        const auto found = searchIds(*db.store, "compo");
        QCOMPARE(found.size(), std::size_t(50)); // the page's limit, newest first
        QCOMPARE(found.front(), std::string("w199"));
        QCOMPARE(searchIds(*db.store, "compound42"), std::vector<std::string> {"w142"});
    }

    void search_ranksNamesAboveNotes()
    {
        StoreFixture db;
        CHECK_OK(db.store->put(makeDocument(
            R"({"_id":"v1","type":"visit","date":"2026-11-02","notes":"Asked Anna about the tender"})")));
        CHECK_OK(db.store->put(makeDocument(
            R"({"_id":"c1","type":"contact","firstName":"Anna","lastName":"Kowalski"})")));
        QCOMPARE(searchIds(*db.store, "anna"), (std::vector<std::string> {"c1", "v1"}));
    }

    void index_followsEditsDeletionsAndConflictWinners()
    {
        StoreFixture db;
        auto rev
            = db.store
                  ->put(makeDocument(
                      R"({"_id":"c1","type":"contact","firstName":"Old","hobbies":["chess"]})"))
                  ->rev;
        rev = db.store
                  ->put(
                      makeDocument(R"({"_id":"c1","_rev":")" + rev
                                   + R"(","type":"contact","firstName":"New","hobbies":["golf"]})"))
                  ->rev;
        QVERIFY(searchIds(*db.store, "chess").empty());
        QCOMPARE(searchIds(*db.store, "golf"), std::vector<std::string> {"c1"});

        // A peer's branch that wins the conflict takes over the index.
        Document peer = makeDocument(
            R"({"_id":"c1","type":"contact","firstName":"Peer","hobbies":["sailing"]})");
        peer.rev = "3-zzzz";
        CHECK_OK(db.store->insertWithHistory(
            peer, {"3-zzzz", "2-yyyy", db.store->revisionHistory("c1", rev)->back()}));
        QCOMPARE(searchIds(*db.store, "sailing"), std::vector<std::string> {"c1"});
        QVERIFY(searchIds(*db.store, "golf").empty());

        CHECK_OK(db.store->remove("c1", "3-zzzz"));
        // With the peer's branch deleted, the local live branch wins again.
        QCOMPARE(searchIds(*db.store, "golf"), std::vector<std::string> {"c1"});
        CHECK_OK(db.store->remove("c1", rev));
        QVERIFY(searchIds(*db.store, "golf").empty());
        QVERIFY(NotebookQueries(*db.store).contactsByName(std::nullopt, 10)->empty());
    }

    // A sync batch writes its search entries when it commits (not at each document's savepoint),
    // and what the search finds afterwards is exactly what a write at a time would have left.
    void index_inABatchEndsAsOneWriteAtATimeWould()
    {
        StoreFixture db;
        const auto kept = db.store->put(makeDocument(
            R"({"_id":"k1","type":"contact","firstName":"Kept","hobbies":["fishing"]})"));
        const auto gone = db.store->put(makeDocument(
            R"({"_id":"g1","type":"contact","firstName":"Gone","hobbies":["rowing"]})"));
        CHECK_OK(kept);
        CHECK_OK(gone);
        Errc refusedAs = Errc::Internal;
        auto batch = db.store->writeBatch([&]() -> Status {
            auto added = db.store->put(makeDocument(
                R"({"_id":"n1","type":"contact","firstName":"New","hobbies":["curling"]})"));
            // Edited twice within the batch: only the last edit is found.
            auto edited = db.store->put(
                makeDocument(R"({"_id":"n1","_rev":")" + added->rev
                             + R"(","type":"contact","firstName":"New","hobbies":["bowling"]})"));
            (void)db.store->put(
                makeDocument(R"({"_id":"n1","_rev":")" + edited->rev
                             + R"(","type":"contact","firstName":"New","hobbies":["darts"]})"));
            (void)db.store->put(
                makeDocument(R"({"_id":"k1","_rev":")" + kept->rev
                             + R"(","type":"contact","firstName":"Kept","hobbies":["archery"]})"));
            (void)db.store->remove("g1", gone->rev);
            // A document that fails leaves nothing in the index.
            auto refused = db.store->put(makeDocument(
                R"({"_id":"k1","type":"contact","firstName":"Dup","hobbies":["juggling"]})"));
            refusedAs = refused ? Errc::Internal : refused.error().code;
            return {};
        });
        CHECK_OK(batch);
        QCOMPARE(refusedAs, Errc::Conflict);
        QCOMPARE(searchIds(*db.store, "darts"), std::vector<std::string> {"n1"});
        QCOMPARE(searchIds(*db.store, "archery"), std::vector<std::string> {"k1"});
        for (const char *word : {"curling", "bowling", "fishing", "rowing", "juggling", "Gone"})
            QVERIFY2(searchIds(*db.store, word).empty(), word);

        // A batch that fails as a whole leaves the index as it was.
        auto failed = db.store->writeBatch([&]() -> Status {
            (void)db.store->put(makeDocument(
                R"({"_id":"f1","type":"contact","firstName":"Failed","hobbies":["karting"]})"));
            return Error {Errc::Io, "the network went away"};
        });
        QVERIFY(!failed.ok());
        QVERIFY(searchIds(*db.store, "karting").empty());
        QCOMPARE(searchIds(*db.store, "archery"), std::vector<std::string> {"k1"});
    }

    void search_savesLeaveTheMergingToTheUpkeepAndStillFindEveryone()
    {
        // Saves one at a time, as a person makes them: none merges the index (a step of some
        // large merge on one save was the stall the upkeep exists to avoid); the upkeep, a step
        // at a time while the app is idle, merges until nothing is left, and every person is
        // found throughout.
        StoreFixture db;
        constexpr int people = 300;
        for (int i = 0; i < people; ++i)
            CHECK_OK(db.store->put(makeDocument(
                R"({"_id":"c)" + std::to_string(i) + R"(","type":"contact","firstName":"Zora)"
                + std::to_string(i) + R"(","notes":"met at fair )" + std::to_string(i) + R"("})")));
        auto first = db.store->tidyIndex();
        CHECK_OK(first);
        QVERIFY(*first); // three hundred saves left segments to merge
        int steps = 1;
        for (bool more = true; more && steps < 10000; ++steps) {
            auto step = db.store->tidyIndex();
            CHECK_OK(step);
            more = *step;
        }
        QVERIFY2(steps < 10000, "the upkeep never ends");
        for (const int i : {0, 149, people - 1})
            QCOMPARE(searchIds(*db.store, "zora" + std::to_string(i)),
                     std::vector<std::string> {"c" + std::to_string(i)});
        QCOMPARE(searchIds(*db.store, "fair").size(), std::size_t(50)); // the first page of 300
        auto settled = db.store->tidyIndex();
        CHECK_OK(settled);
        QVERIFY(!*settled);
    }

    void contactsByName_pagesInNameOrderWithoutGapsOrRepeats()
    {
        StoreFixture db;
        const char *lastNames[] = {"Zimmer", "adler", "Becker", "becker", "Ahn", "Yilmaz", "Berg"};
        int n = 0;
        for (int round = 0; round < 5; ++round) {
            for (const char *last : lastNames) {
                CHECK_OK(db.store->put(makeDocument(
                    R"({"_id":"c)" + std::to_string(n++)
                    + R"(","type":"contact","firstName":"F","lastName":")" + last + R"("})")));
            }
        }
        std::vector<std::string> sortKeys;
        std::set<std::string> ids;
        std::optional<PageKey> after;
        while (true) {
            auto page = NotebookQueries(*db.store).contactsByName(after, 4);
            CHECK_OK(page);
            if (page->empty())
                break;
            for (const auto &row : *page) {
                sortKeys.push_back(row.key.sortKey);
                QVERIFY2(ids.insert(row.id).second, row.id.c_str());
            }
            after = page->back().key;
        }
        QCOMPARE(ids.size(), std::size_t(35));
        QCOMPARE(sortKeys.front(), std::string("adler F"));
        QCOMPARE(sortKeys.back(), std::string("Zimmer F"));
        for (std::size_t i = 1; i < sortKeys.size(); ++i)
            QVERIFY(QString::fromStdString(sortKeys[i - 1])
                        .compare(QString::fromStdString(sortKeys[i]), Qt::CaseInsensitive)
                    <= 0);
    }

    void stats_countDocumentsTombstonesAndConflicts()
    {
        StoreFixture db;
        auto rev = db.store->put(makeDocument(R"({"_id":"a","type":"account","name":"A"})"))->rev;
        CHECK_OK(db.store->put(makeDocument(R"({"_id":"b","type":"contact","firstName":"B"})")));
        CHECK_OK(db.store->put(makeDocument(R"({"_id":"c","type":"contact","firstName":"C"})")));
        CHECK_OK(db.store->remove("a", rev));
        Document branch = makeDocument(R"({"_id":"b","type":"contact","firstName":"B2"})");
        branch.rev = "1-zzzz";
        CHECK_OK(db.store->insertWithHistory(branch, {"1-zzzz"}));
        auto stats = db.store->stats();
        CHECK_OK(stats);
        QCOMPARE(stats->documents, std::int64_t(2));
        QCOMPARE(stats->deleted, std::int64_t(1));
        QCOMPARE(stats->conflicted, std::int64_t(1));
        // The kinds, as "Your data" and `rapport-cli stats` count them: a record that changes
        // kind moves, a document without one counts under "".
        CHECK_OK(db.store->put(makeDocument(R"({"_id":"n","note":"no type"})")));
        auto byType = NotebookQueries(*db.store).recordsByType();
        CHECK_OK(byType);
        QVERIFY(*byType == (std::map<std::string, std::int64_t> {{"", 1}, {"contact", 2}}));
        auto c = db.store->get("c");
        CHECK_OK(c);
        c->body["type"] = "lead";
        CHECK_OK(db.store->put(*c));
        byType = NotebookQueries(*db.store).recordsByType();
        QVERIFY(*byType
                == (std::map<std::string, std::int64_t> {{"", 1}, {"contact", 1}, {"lead", 1}}));
    }
};

QTEST_GUILESS_MAIN(Queries)
#include "tst_queries.moc"
