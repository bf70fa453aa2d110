// Local writes and reads: put, remove, get, the changes feed, _local documents, and keeping
// what a newer app wrote (DESIGN.md, "Data").
#include "store_fixture.h"

using namespace rapport;

class Documents : public QObject
{
    Q_OBJECT

private:
    StoreFixture db;

    std::string putOk(const std::string &json)
    {
        auto written = db.store->put(makeDocument(json));
        if (!written)
            qFatal("put failed: %s", written.error().describe().c_str());
        return written->rev;
    }

private slots:
    void put_newDocumentStartsAtGenerationOne()
    {
        const auto rev = putOk(R"({"_id":"a1","type":"account","name":"Hofmann Bakery"})");
        QVERIFY(rev.starts_with("1-"));
        auto doc = db.store->get("a1");
        CHECK_OK(doc);
        QCOMPARE(doc->rev, rev);
        QCOMPARE(doc->body["name"].get<std::string>(), std::string("Hofmann Bakery"));
    }

    void put_staleRevIsAConflictAndChangesNothing()
    {
        const auto first = putOk(R"({"_id":"a2","name":"v1"})");
        const auto second = putOk(R"({"_id":"a2","_rev":")" + first + R"(","name":"v2"})");
        auto stale
            = db.store->put(makeDocument(R"({"_id":"a2","_rev":")" + first + R"(","name":"v3"})"));
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().code, Errc::Conflict);
        QVERIFY(stale.error().message.find(second) != std::string::npos); // says what is current
        QCOMPARE(db.store->get("a2")->body["name"].get<std::string>(), std::string("v2"));
    }

    void put_existingDocumentWithoutRevIsAConflict()
    {
        putOk(R"({"_id":"a3","name":"v1"})");
        auto again = db.store->put(makeDocument(R"({"_id":"a3","name":"v1 again"})"));
        QCOMPARE(again.error().code, Errc::Conflict);
    }

    void put_revOnAMissingDocumentIsAConflict()
    {
        auto written = db.store->put(makeDocument(R"({"_id":"nobody","_rev":"1-abc"})"));
        QCOMPARE(written.error().code, Errc::Conflict);
    }

    void remove_writesATombstoneThatCanBeRevived()
    {
        const auto rev = putOk(R"({"_id":"a4","type":"contact","firstName":"Ida"})");
        auto removed = db.store->remove("a4", rev);
        CHECK_OK(removed);
        QVERIFY(removed->rev.starts_with("2-"));
        QCOMPARE(db.store->get("a4").error().code, Errc::NotFound);
        auto tombstone = db.store->getRevision("a4", removed->rev);
        CHECK_OK(tombstone);
        QVERIFY(tombstone->deleted);
        // Writing the id again continues on the tombstone, as CouchDB does.
        const auto revived = putOk(R"({"_id":"a4","type":"contact","firstName":"Ida"})");
        QVERIFY(revived.starts_with("3-"));
    }

    void unknownFieldsAndTypes_comeBackAsTheyWereWritten()
    {
        const std::string body
            = R"({"type":"meeting-room-booking","zeta":1,"alpha":{"nested":[1,2.5,"x",null,true]},)"
              R"("émoji":"🎉","big":9007199254740993})";
        const auto rev = putOk(R"({"_id":"future1",)" + body.substr(1));
        db.reopen();
        auto doc = db.store->get("future1");
        CHECK_OK(doc);
        QCOMPARE(doc->body.dump(), body);
        QCOMPARE(doc->type(), std::string("meeting-room-booking"));
        QCOMPARE(doc->rev, rev);
    }

    void changesFeed_pagesThroughEveryChangeInOrder()
    {
        StoreFixture fresh;
        std::string rev;
        for (int i = 0; i < 25; ++i)
            CHECK_OK(fresh.store->put(
                makeDocument(R"({"_id":"v)" + std::to_string(i) + R"(","type":"visit"})")));
        rev = fresh.store->get("v3")->rev;
        CHECK_OK(fresh.store->put(
            makeDocument(R"({"_id":"v3","_rev":")" + rev + R"(","type":"visit","notes":"x"})")));
        CHECK_OK(fresh.store->put(makeDocument(R"({"_id":"_local/checkpoint","seq":7})")));

        std::vector<std::string> ids;
        std::int64_t since = 0;
        while (true) {
            auto page = fresh.store->changesSince(since, 10);
            CHECK_OK(page);
            if (page->changes.empty())
                break;
            for (const auto &change : page->changes)
                ids.push_back(change.id);
            QVERIFY(page->lastSeq > since);
            since = page->lastSeq;
        }
        // One entry per document (its latest change), oldest first; v3 moved to the end;
        // the _local document never appears.
        QCOMPARE(ids.size(), std::size_t(25));
        QCOMPARE(ids.back(), std::string("v3"));
        QCOMPARE(ids.front(), std::string("v0"));
        QCOMPARE(*fresh.store->lastSequence(), since);
    }

    // The app writes on two connections (the screens' and the sync thread's): whichever wrote
    // last, the next change comes after it in the feed, and a batch rolled back leaves nothing
    // behind that a later write could trip over.
    void changesFeed_twoConnectionsWritingInTurnKeepOneOrder()
    {
        StoreFixture fresh;
        auto other = fresh.open();
        std::vector<std::string> written;
        for (int i = 0; i < 6; ++i) {
            auto &store = i % 2 == 0 ? *fresh.store : *other;
            const std::string id = "turn-" + std::to_string(i);
            CHECK_OK(store.writeBatch([&]() -> Status {
                for (const auto &suffix : {"a", "b"}) {
                    auto put = store.put(makeDocument(R"({"_id":")" + id + suffix + R"("})"));
                    if (!put)
                        return put.error();
                    written.push_back(id + suffix);
                }
                return {};
            }));
            auto failed = store.writeBatch([&]() -> Status {
                auto put = store.put(makeDocument(R"({"_id":"rolled-back-)" + id + R"("})"));
                if (!put)
                    return put.error();
                return Error {Errc::Io, "the network went away"};
            });
            QVERIFY(!failed.ok());
        }
        CHECK_OK(other->put(makeDocument(R"({"_id":"last"})")));
        written.push_back("last");
        auto page = fresh.store->changesSince(0, 100);
        CHECK_OK(page);
        std::vector<std::string> ids;
        for (const auto &change : page->changes)
            ids.push_back(change.id);
        QCOMPARE(ids, written);
    }

    void changesFeed_reportsEveryLeafAndDeletions()
    {
        StoreFixture fresh;
        Document a = makeDocument(R"({"_id":"x","v":1})");
        a.rev = "2-aaa";
        CHECK_OK(fresh.store->insertWithHistory(a, {"2-aaa", "1-root"}));
        a.rev = "2-bbb";
        CHECK_OK(fresh.store->insertWithHistory(a, {"2-bbb", "1-root"}));
        const auto rev = fresh.store->put(makeDocument(R"({"_id":"y"})"))->rev;
        CHECK_OK(fresh.store->remove("y", rev));
        auto page = fresh.store->changesSince(0, 100);
        CHECK_OK(page);
        QCOMPARE(page->changes.size(), std::size_t(2));
        auto x = page->changes[0];
        std::sort(x.leafRevs.begin(), x.leafRevs.end());
        QCOMPARE(x.leafRevs, (std::vector<std::string> {"2-aaa", "2-bbb"}));
        QCOMPARE(x.rev, std::string("2-bbb"));
        QVERIFY(page->changes[1].deleted);
    }

    void localDocuments_countTheirOwnRevisionsAndNeverReplicate()
    {
        auto first = db.store->putLocal("_local/abc", Json {{"last_seq", 10}});
        auto second = db.store->putLocal("_local/abc", Json {{"last_seq", 20}});
        QCOMPARE(first->rev, std::string("0-1"));
        QCOMPARE(second->rev, std::string("0-2"));
        QCOMPARE((*db.store->getLocal("_local/abc"))["last_seq"].get<int>(), 20);
        CHECK_OK(db.store->removeLocal("_local/abc"));
        QCOMPARE(db.store->getLocal("_local/abc").error().code, Errc::NotFound);
        QCOMPARE(db.store->putLocal("not-local", Json::object()).error().code, Errc::BadRequest);
    }

    void writeBatch_commitsManyAtOnceAndAFailedDocumentAlone()
    {
        StoreFixture fresh;
        CHECK_OK(fresh.store->put(makeDocument(R"({"_id":"exists"})")));
        std::vector<Errc> outcomes;
        auto batch = fresh.store->writeBatch([&]() -> Status {
            for (const char *json : {R"({"_id":"b1"})", R"({"_id":"exists"})", R"({"_id":"b2"})"}) {
                auto written = fresh.store->put(makeDocument(json));
                outcomes.push_back(written ? Errc::Internal : written.error().code);
            }
            return {};
        });
        CHECK_OK(batch);
        QCOMPARE(outcomes[1], Errc::Conflict);
        CHECK_OK(fresh.store->get("b1"));
        CHECK_OK(fresh.store->get("b2"));

        // An error from the work itself rolls the whole batch back.
        auto failed = fresh.store->writeBatch([&]() -> Status {
            auto written = fresh.store->put(makeDocument(R"({"_id":"b3"})"));
            if (!written)
                return written.error();
            return Error {Errc::Io, "the network went away"};
        });
        QVERIFY(!failed.ok());
        QCOMPARE(fresh.store->get("b3").error().code, Errc::NotFound);
    }

    void rejections_showOnlyForTheCurrentRevision()
    {
        StoreFixture fresh;
        const auto first = fresh.store->put(makeDocument(R"({"_id":"big","type":"visit"})"));
        CHECK_OK(first);
        CHECK_OK(
            fresh.store->markRejected(Rejection {"big", first->rev, "forbidden", "too large"}));
        QCOMPARE(fresh.store->rejections()->size(), std::size_t(1));
        // Editing the document makes a new revision to push; the old refusal no longer shows.
        CHECK_OK(fresh.store->put(
            makeDocument(R"({"_id":"big","_rev":")" + first->rev + R"(","type":"visit"})")));
        QVERIFY(fresh.store->rejections()->empty());
        QCOMPARE(fresh.store->markRejected(Rejection {"nobody", "1-a", "x", "y"}).error().code,
                 Errc::NotFound);
    }

    void missingRevisions_answerRevsDiffLocally()
    {
        StoreFixture fresh;
        const auto written = fresh.store->put(makeDocument(R"({"_id":"a","type":"account"})"));
        CHECK_OK(written);
        auto missing
            = fresh.store->missingRevisions({{"a", {written->rev, "2-zzz"}}, {"b", {"1-yyy"}}});
        CHECK_OK(missing);
        QCOMPARE(missing->at("a"), std::vector<std::string> {"2-zzz"});
        QCOMPARE(missing->at("b"), std::vector<std::string> {"1-yyy"});
        QCOMPARE(missing->size(), std::size_t(2));
    }

    void writes_surviveReopening()
    {
        const auto rev = putOk(
            R"({"_id":"p1","type":"visit","date":"2026-11-24","notes":"Talked about the new line"})");
        db.reopen();
        auto doc = db.store->get("p1");
        CHECK_OK(doc);
        QCOMPARE(doc->rev, rev);
    }

    // Whoever writes, what shows the notebook and what syncs it hear of it: once a commit, with
    // the documents it changed; a batch once, at its end; nothing for a _local document (a
    // draft typed letter by letter) or for a write that failed.
    void commits_areHeardOnceEachWithTheDocumentsTheyChanged()
    {
        StoreFixture own;
        std::vector<std::vector<std::string>> heard;
        own.store->observeCommits(
            [&](const std::vector<std::string> &ids) { heard.push_back(ids); });
        auto account = [](const char *id, const char *rev = "") {
            return Document {id, rev, false, Json {{"type", "account"}, {"name", id}}};
        };
        CHECK_OK(own.store->put(account("o1")));
        QCOMPARE(heard.size(), std::size_t(1));
        QCOMPARE(heard[0], std::vector<std::string> {"o1"});
        auto twoInABatch = [&]() -> Status {
            for (const char *id : {"o2", "o3"})
                if (auto put = own.store->put(account(id)); !put)
                    return put.error();
            return {};
        };
        CHECK_OK(own.store->writeBatch(twoInABatch));
        QCOMPARE(heard.size(), std::size_t(2));
        QCOMPARE(heard[1], (std::vector<std::string> {"o2", "o3"}));
        CHECK_OK(own.store->putLocal("_local/rapport-visit-draft", Json {{"notes", "Ov"}}));
        QVERIFY(!own.store->put(account("o1", "1-00")).ok());
        auto givesUp = [&]() -> Status {
            if (auto put = own.store->put(account("o4")); !put)
                return put.error();
            return Error {Errc::Internal, "the batch gives up"};
        };
        QVERIFY(!own.store->writeBatch(givesUp).ok());
        QCOMPARE(heard.size(), std::size_t(2));
        CHECK_OK(own.store->put(account("o5")));
        QCOMPARE(heard.size(), std::size_t(3));
        QCOMPARE(heard[2], std::vector<std::string> {"o5"});
    }
};

QTEST_GUILESS_MAIN(Documents)
#include "tst_documents.moc"
