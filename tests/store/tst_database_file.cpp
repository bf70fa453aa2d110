// The database file as a promise: numbered migrations of the documents, the notebook's tables
// built again from the documents whenever how a kind is indexed changes, and files we must not
// open (from a newer Rapport, of another program, damaged) refused with a clear error and left
// untouched.
#include "notebook/notebook_index.h"
#include "notebook/notebook_queries.h"
#include "store/encrypted_vfs.h"
#include "store/migrations.h"
#include "store/sqlite.h"
#include "store/tuning.h"
#include "store_fixture.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

using namespace rapport;

namespace {

QByteArray readAll(const std::string &path)
{
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeAll(const std::string &path, const QByteArray &bytes)
{
    QFile file(QString::fromStdString(path));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

void execRaw(const std::string &path, const char *sql)
{
    auto db = sqlite::Database::open(path, sqlite::Database::Mode::ReadWrite);
    QVERIFY(db.ok());
    auto done = (*db)->exec(sql);
    QVERIFY2(done.ok(), done.ok() ? "" : done.error().message.c_str());
}

std::int64_t countOf(const std::string &path, const char *sql)
{
    auto db = sqlite::Database::open(path, sqlite::Database::Mode::ReadOnly);
    if (!db)
        return -1;
    auto query = (*db)->prepare(sql);
    if (!query || !query->step())
        return -1;
    return query->integer(0);
}

} // namespace

class DatabaseFile : public QObject
{
    Q_OBJECT

private slots:
    void aVersion1File_isIndexedFromItsDocuments()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("v1.sqlite")).toStdString();
        {
            auto db = sqlite::Database::open(path, sqlite::Database::Mode::ReadWrite);
            QVERIFY(db.ok());
            auto migrated = migrate(**db, 1);
            QVERIFY(migrated.ok());
            // A contact as version 1 stored it: a document row and its one revision.
            auto done = (*db)->exec(R"sql(
                INSERT INTO docs(doc, id, rev, deleted, seq, winner) VALUES (1, 'c1', '1-abc', 0, 1, 1);
                INSERT INTO revs(rid, doc, gen, hash, parent_hash, deleted, leaf, body)
                VALUES (1, 1, 1, 'abc', NULL, 0, 1,
                        '{"type":"contact","firstName":"Mara","lastName":"Lind","hobbies":["sailing"]}');
            )sql");
            QVERIFY(done.ok());
        }
        auto opened = notebook::openStore(path);
        CHECK_OK(opened);
        auto stats = (*opened)->stats();
        QCOMPARE(stats->schemaVersion, latestSchemaVersion());
        auto hits = NotebookQueries(**opened).search("sailing", 10);
        CHECK_OK(hits);
        QCOMPARE(hits->size(), std::size_t(1));
        QCOMPARE(hits->front().id, std::string("c1"));
        auto contacts = NotebookQueries(**opened).contactsByName(std::nullopt, 10);
        QCOMPARE(contacts->front().displayName, std::string("Mara Lind"));
    }

    void migration3_addsRejectionsToAVersion2Database()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("v2.sqlite")).toStdString();
        {
            auto db = sqlite::Database::open(path, sqlite::Database::Mode::ReadWrite);
            QVERIFY(db.ok());
            QVERIFY(migrate(**db, 2).ok());
            auto done = (*db)->exec(R"sql(
                INSERT INTO docs(doc, id, rev, deleted, seq, winner) VALUES (1, 'v1', '1-abc', 0, 1, 1);
                INSERT INTO revs(rid, doc, gen, hash, parent_hash, deleted, leaf, body)
                VALUES (1, 1, 1, 'abc', NULL, 0, 1, '{"type":"visit","date":"2026-11-02"}');
            )sql");
            QVERIFY(done.ok());
        }
        auto opened = notebook::openStore(path);
        CHECK_OK(opened);
        QCOMPARE((*opened)->stats()->schemaVersion, latestSchemaVersion());
        CHECK_OK((*opened)->markRejected(Rejection {"v1", "1-abc", "forbidden", "too large"}));
        auto rejected = (*opened)->rejections();
        CHECK_OK(rejected);
        QCOMPARE(rejected->size(), std::size_t(1));
        QCOMPARE(rejected->front().reason, std::string("too large"));
    }

    void aVersion4File_hasLastVisitsVisitContactsAndOpenConflicts()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("v4.sqlite")).toStdString();
        {
            auto db = sqlite::Database::open(path, sqlite::Database::Mode::ReadWrite);
            QVERIFY(db.ok());
            QVERIFY(migrate(**db, 4).ok());
            // An account, a visit with its contact and an open conflict: the documents of a
            // version-4 file (what its tables held is built again from them).
            auto done = (*db)->exec(R"sql(
                INSERT INTO docs(doc, id, rev, deleted, seq, winner) VALUES
                    (1, 'a1', '1-a', 0, 1, 1), (2, 'v1', '1-b', 0, 2, 2), (3, 'c1', '1-c', 0, 3, 3),
                    (4, 'conflict-1', '1-d', 0, 4, 4);
                INSERT INTO revs(rid, doc, gen, hash, parent_hash, deleted, leaf, body) VALUES
                    (1, 1, 1, 'a', NULL, 0, 1, '{"type":"account","name":"Berg","cadenceDays":7}'),
                    (2, 2, 1, 'b', NULL, 0, 1,
                     '{"type":"visit","accountId":"a1","date":"2026-11-01","contactIds":["c1"],"title":"Oven"}'),
                    (3, 3, 1, 'c', NULL, 0, 1,
                     '{"type":"contact","firstName":"Ida","anniversary":"2001-06-12"}'),
                    (4, 4, 1, 'd', NULL, 0, 1,
                     '{"type":"conflict","docId":"c1","field":"phone","status":"open"}');
            )sql");
            QVERIFY2(done.ok(), done.ok() ? "" : done.error().message.c_str());
        }
        auto opened = notebook::openStore(path);
        CHECK_OK(opened);
        NotebookQueries queries(**opened);
        auto lapsed = queries.lapsedAccounts("2026-11-25", 10);
        CHECK_OK(lapsed);
        QCOMPARE(lapsed->size(), std::size_t(1));
        QCOMPARE(lapsed->front().lapsesOn, std::string("2026-11-08"));
        auto latest = queries.latestVisitWith("c1");
        CHECK_OK(latest);
        QVERIFY(latest->has_value());
        QCOMPARE((*latest)->title, std::string("Oven"));
        auto occasions = queries.occasions("2026-06-10", 7);
        CHECK_OK(occasions);
        QCOMPARE(occasions->size(), std::size_t(1));
        QCOMPARE(occasions->front().kind, std::string("anniversary"));
        auto conflicts = queries.openConflicts(10);
        CHECK_OK(conflicts);
        QCOMPARE(conflicts->size(), std::size_t(1));
        QCOMPARE(conflicts->front().documentTitle, std::string("Ida"));
    }

    void aVersion6File_hasCadencesLeadsAndFollowUpOrigins()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("v6.sqlite")).toStdString();
        {
            auto db = sqlite::Database::open(path, sqlite::Database::Mode::ReadWrite);
            QVERIFY(db.ok());
            QVERIFY(migrate(**db, 6).ok());
            // A segment cadence, an account of that segment visited long ago whose "why" was
            // answered, a visit with a follow-up, another without, and a lead.
            auto done = (*db)->exec(R"sql(
                INSERT INTO docs(doc, id, rev, deleted, seq, winner) VALUES
                    (1, 'a1', '1-a', 0, 1, 1), (2, 'v1', '1-b', 0, 2, 2), (3, 'f1', '1-c', 0, 3, 3),
                    (4, 'cadence', '1-d', 0, 4, 4), (5, 'l1', '1-e', 0, 5, 5),
                    (6, 'v2', '1-f', 0, 6, 6);
                INSERT INTO revs(rid, doc, gen, hash, parent_hash, deleted, leaf, body) VALUES
                    (1, 1, 1, 'a', NULL, 0, 1, '{"type":"account","name":"Berg","segment":"retail",
                        "lapseNotes":[{"id":"n1","date":"2026-11-20","reason":"Seasonal"}]}'),
                    (2, 2, 1, 'b', NULL, 0, 1,
                     '{"type":"visit","accountId":"a1","date":"2026-11-01"}'),
                    (3, 3, 1, 'c', NULL, 0, 1,
                     '{"type":"followup","title":"Quote","done":false,"visitId":"v1"}'),
                    (4, 4, 1, 'd', NULL, 0, 1, '{"type":"cadence","segments":{"retail":14}}'),
                    (5, 5, 1, 'e', NULL, 0, 1,
                     '{"type":"lead","name":"Ann Lee","warmth":2,"capturedOn":"2026-11-10"}'),
                    (6, 6, 1, 'f', NULL, 0, 1,
                     '{"type":"visit","accountId":"a1","date":"2026-10-01"}');
            )sql");
            QVERIFY2(done.ok(), done.ok() ? "" : done.error().message.c_str());
        }
        auto opened = notebook::openStore(path);
        CHECK_OK(opened);
        NotebookQueries queries(**opened);
        auto cadences = queries.segmentCadences();
        CHECK_OK(cadences);
        QCOMPARE(cadences->at("retail"), 14);
        // It lapsed on 15 November, and the question was answered on the 20th.
        auto lapsed = queries.lapsedAccounts("2026-11-25", 10);
        CHECK_OK(lapsed);
        QVERIFY(lapsed->empty());
        auto nudges = queries.visitsWithoutFollowUp("2026-09-01", "2026-11-25", 10);
        CHECK_OK(nudges);
        QCOMPARE(nudges->size(), std::size_t(1));
        QCOMPARE(nudges->front().id, std::string("v2"));
        auto leads = queries.leads(LeadState::NeverFollowedUp, std::nullopt, 10);
        CHECK_OK(leads);
        QCOMPARE(leads->size(), std::size_t(1));
        QCOMPARE(leads->front().warmth, 2);
    }

    void aVersion9FilesOldTables_giveWayToWhatItsDocumentsSay()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("v9.sqlite")).toStdString();
        {
            auto db = sqlite::Database::open(path, sqlite::Database::Mode::ReadWrite);
            QVERIFY(db.ok());
            QVERIFY(migrate(**db, 9).ok());
            // The tables as version 9 left them, holding what its documents no longer say.
            auto done = (*db)->exec(R"sql(
                INSERT INTO docs(doc, id, rev, deleted, seq, winner) VALUES (1, 'a1', '2-b', 0, 2, 2);
                INSERT INTO revs(rid, doc, gen, hash, parent_hash, deleted, leaf, body) VALUES
                    (2, 1, 2, 'b', 'a', 0, 1, '{"type":"account","name":"Berg Bakery","town":"Ulm"}');
                CREATE TABLE accounts (doc INTEGER PRIMARY KEY, name TEXT NOT NULL, town TEXT);
                INSERT INTO accounts(doc, name, town) VALUES (1, 'Berg', 'Bremen');
                CREATE VIRTUAL TABLE search USING fts5(title, body);
                INSERT INTO search(rowid, title, body) VALUES (1, 'Berg', 'Bremen');
            )sql");
            QVERIFY2(done.ok(), done.ok() ? "" : done.error().message.c_str());
        }
        auto opened = notebook::openStore(path);
        CHECK_OK(opened);
        NotebookQueries queries(**opened);
        auto account = queries.account("a1");
        CHECK_OK(account);
        QVERIFY(account->has_value());
        QCOMPARE((*account)->name, std::string("Berg Bakery"));
        QVERIFY(NotebookQueries(**opened).search("Bremen", 10)->empty());
        QCOMPARE(NotebookQueries(**opened).search("Ulm", 10)->size(), std::size_t(1));
    }

    // A newer Rapport indexes contacts differently: at its first open, the contacts (and only
    // they) are read again from their documents, and the open says how far it has come.
    void aKindIndexedDifferently_isIndexedAgainAloneWithProgress()
    {
        StoreFixture db;
        CHECK_OK(db.store->put(makeDocument(R"({"_id":"a1","type":"account","name":"Nord"})")));
        for (int i = 0; i < 2500; ++i)
            CHECK_OK(db.store->put(makeDocument(
                R"({"_id":"c)" + std::to_string(i) + R"(","type":"contact","firstName":"Ida )"
                + std::to_string(i) + R"(","hobbies":["chess"]})")));
        db.store.reset();
        execRaw(db.path,
                "UPDATE index_versions SET version = version - 1 WHERE part = 'contact';"
                "DELETE FROM contacts;");
        std::vector<std::pair<std::int64_t, std::int64_t>> reports;
        auto opened = notebook::openStore(
            db.path, Store::Access::ReadWrite,
            [&](std::int64_t done, std::int64_t total) { reports.emplace_back(done, total); });
        CHECK_OK(opened);
        QVERIFY(reports.size() >= 3);
        QCOMPARE(reports.front(), std::make_pair(std::int64_t(0), std::int64_t(2500)));
        QCOMPARE(reports.back(), std::make_pair(std::int64_t(2500), std::int64_t(2500)));
        QCOMPARE(countOf(db.path, "SELECT count(*) FROM contacts"), std::int64_t(2500));
        // Each person once in the search, the account still in it.
        QCOMPARE(countOf(db.path, "SELECT count(*) FROM search WHERE search MATCH 'chess'"),
                 std::int64_t(2500));
        QCOMPARE(NotebookQueries(**opened).search("Nord", 10)->size(), std::size_t(1));
        (*opened).reset();
        reports.clear();
        CHECK_OK(notebook::openStore(
            db.path, Store::Access::ReadWrite,
            [&](std::int64_t done, std::int64_t total) { reports.emplace_back(done, total); }));
        QVERIFY2(reports.empty(), "an index that is up to date is not built again");
    }

    // Indexing a whole notebook again after an update commits a few thousand documents at a
    // time, and the write-ahead log stays the size of a few of them: not the size of the index
    // on a phone's disk, nor a log the next start reads back whole. Closed, no log is left.
    void indexingAgain_keepsTheWriteAheadLogSmall_data()
    {
        QTest::addColumn<bool>("encrypted");
        QTest::newRow("plain") << false;
        QTest::newRow("encrypted") << true;
    }

    void indexingAgain_keepsTheWriteAheadLogSmall()
    {
        QFETCH(bool, encrypted);
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("notebook.sqlite")).toStdString();
        const auto wal = QString::fromStdString(path + "-wal");
        if (encrypted)
            sqlite::useKey(path, sqlite::NotebookKey {7, 1, 2});
        auto opened = notebook::openStore(path);
        CHECK_OK(opened);
        const auto put = [&opened](const Json &body) -> Status {
            auto doc = Document::fromJson(body);
            if (!doc)
                return doc.error();
            if (auto written = (*opened)->put(*doc); !written)
                return written.error();
            return {};
        };
        CHECK_OK((*opened)->writeBatch([&]() -> Status {
            for (int a = 0; a < 2000; ++a) {
                const auto account = "a" + std::to_string(a);
                if (auto written = put({{"_id", account},
                                        {"type", "account"},
                                        {"name", "Firm " + std::to_string(a)}});
                    !written)
                    return written;
                for (int v = 0; v < 15; ++v)
                    if (auto written = put({{"_id", "v" + std::to_string(a * 15 + v)},
                                            {"type", "visit"},
                                            {"accountId", account},
                                            {"date", "2026-11-" + std::to_string(10 + v)},
                                            {"title", "Oven demo"},
                                            {"notes",
                                             "Talked about the new line, the size of "
                                             "the kitchen and the spring order"}});
                        !written)
                        return written;
            }
            return {};
        }));
        CHECK_OK((*opened)->database().exec(
            "UPDATE index_versions SET version = 0 WHERE part IN ('search', 'visit')"));
        (*opened).reset();
        QVERIFY2(!QFileInfo::exists(wal), "the log outlived the close");
        const auto fileSize = QFileInfo(QString::fromStdString(path)).size();

        qint64 largestLog = 0;
        opened
            = notebook::openStore(path, Store::Access::ReadWrite, [&](std::int64_t, std::int64_t) {
                  largestLog = std::max(largestLog, QFileInfo(wal).size());
              });
        CHECK_OK(opened);
        largestLog = std::max(largestLog, QFileInfo(wal).size());
        qInfo("file %lld bytes, largest log while indexing %lld bytes, after it %lld", fileSize,
              largestLog, QFileInfo(wal).size());
        QVERIFY2(largestLog < fileSize / 2, "the log grew with the index");
        // What the log keeps of the disk while the app runs is trimmed once it was checkpointed.
        QVERIFY2(QFileInfo(wal).size() <= tuning::walKeptBytes, "the log kept its largest size");
        QCOMPARE(NotebookQueries(**opened).search("Firm 1999", 5)->size(), std::size_t(1));
        (*opened).reset();
        QVERIFY2(!QFileInfo::exists(wal), "the log outlived the close");
        if (encrypted)
            sqlite::forgetKey(path);
    }

    // The search index changes: every kind is read again, each document once.
    void aNewSearchIndex_indexesEveryKindAgain()
    {
        StoreFixture db;
        CHECK_OK(db.store->put(makeDocument(R"({"_id":"a1","type":"account","name":"Nord"})")));
        CHECK_OK(db.store->put(
            makeDocument(R"({"_id":"v1","type":"visit","accountId":"a1","date":"2026-11-02",)"
                         R"("title":"Oven demo"})")));
        CHECK_OK(db.store->put(makeDocument(R"({"_id":"x1","type":"somethingNew","name":"X"})")));
        db.store.reset();
        execRaw(db.path, "UPDATE index_versions SET version = 0 WHERE part = 'search'");
        std::int64_t total = -1;
        auto opened = notebook::openStore(db.path, Store::Access::ReadWrite,
                                          [&](std::int64_t, std::int64_t all) { total = all; });
        CHECK_OK(opened);
        QCOMPARE(total, std::int64_t(3));
        QCOMPARE(NotebookQueries(**opened).search("oven", 10)->size(), std::size_t(1));
        NotebookQueries queries(**opened);
        auto account = queries.account("a1");
        CHECK_OK(account);
        QCOMPARE((*account)->lastVisit, std::string("2026-11-02"));
    }

    // Opened read-only (the export's connection), a file whose lists are out of date cannot
    // build them: a clear error, and the file as it was.
    void readOnly_withAnIndexOutOfDate_isAClearErrorAndChangesNothing()
    {
        StoreFixture db;
        CHECK_OK(db.store->put(makeDocument(R"({"_id":"a1","type":"account","name":"Nord"})")));
        db.store.reset();
        execRaw(db.path, "UPDATE index_versions SET version = 0 WHERE part = 'account'");
        const auto before = readAll(db.path);
        auto opened = notebook::openStore(db.path, Store::Access::ReadOnly);
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().message.find("opening it for writing once") != std::string::npos);
        QCOMPARE(readAll(db.path), before);
    }

    // A newer Rapport's kind that this one does not know is forgotten, so that the newer one
    // builds it afresh (over what this one wrote meanwhile) when it opens the file again.
    void aNewerRapportsKind_isForgottenSoItIsBuiltAgainLater()
    {
        StoreFixture db;
        db.store.reset();
        execRaw(db.path, "INSERT INTO index_versions(part, version) VALUES ('place', 3)");
        CHECK_OK(notebook::openStore(db.path));
        QCOMPARE(countOf(db.path, "SELECT count(*) FROM index_versions WHERE part = 'place'"),
                 std::int64_t(0));
    }

    void futureVersion_isRefusedAndLeftUntouched()
    {
        StoreFixture db;
        CHECK_OK(
            db.store->put(makeDocument(R"({"_id":"keep","type":"account","name":"Keep me"})")));
        db.store.reset();
        execRaw(db.path, "PRAGMA user_version = 99");
        const auto before = readAll(db.path);
        auto opened = notebook::openStore(db.path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, Errc::FutureVersion);
        QVERIFY(opened.error().message.find("newer version of Rapport") != std::string::npos);
        QCOMPARE(readAll(db.path), before);
    }

    // Random bytes: damaged, or (in whole pages) possibly an encrypted notebook whose key is
    // not here, which nothing in the bytes can tell apart. Refused either way, in words that
    // say both, and left as it was.
    void garbageFile_isRefusedAsDamagedAndLeftUntouched_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("code");
        QTest::newRow("not whole pages") << 10000 << static_cast<int>(Errc::Corrupt);
        QTest::newRow("whole pages") << 16384 << static_cast<int>(Errc::NoKey);
    }

    void garbageFile_isRefusedAsDamagedAndLeftUntouched()
    {
        QFETCH(int, size);
        QFETCH(int, code);
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("garbage.sqlite")).toStdString();
        QByteArray bytes(size, '\0');
        QRandomGenerator rng(42);
        for (auto &byte : bytes)
            byte = static_cast<char>(rng.bounded(256));
        writeAll(path, bytes);
        auto opened = notebook::openStore(path);
        QVERIFY(!opened.ok());
        QCOMPARE(static_cast<int>(opened.error().code), code);
        QVERIFY(opened.error().message.find("damaged") != std::string::npos);
        QVERIFY(opened.error().message.find("left untouched") != std::string::npos);
        QCOMPARE(readAll(path), bytes);
    }

    void damagedPages_giveAClearErrorNotACrash()
    {
        StoreFixture db;
        for (int i = 0; i < 300; ++i)
            CHECK_OK(db.store->put(makeDocument(
                R"({"_id":"c)" + std::to_string(i) + R"(","type":"contact","firstName":"Name )"
                + std::to_string(i) + R"(","notes":")" + std::string(300, 'x') + R"("})")));
        db.store.reset(); // the last connection checkpoints the WAL into the main file
        QByteArray bytes = readAll(db.path);
        QVERIFY(bytes.size() > 64 * 1024);
        // Overwrite pages in the middle with noise (a bad flash block).
        for (qsizetype i = 8 * 4096; i < 14 * 4096; ++i)
            bytes[i] = static_cast<char>(0xA5);
        writeAll(db.path, bytes);

        auto opened = notebook::openStore(db.path);
        if (!opened.ok()) {
            QCOMPARE(opened.error().code, Errc::Corrupt);
            return;
        }
        bool sawCorruption = false;
        for (int i = 0; i < 300 && !sawCorruption; ++i) {
            auto doc = (*opened)->get("c" + std::to_string(i));
            sawCorruption = !doc.ok() && doc.error().code == Errc::Corrupt;
        }
        auto stats = (*opened)->stats();
        sawCorruption = sawCorruption || (!stats.ok() && stats.error().code == Errc::Corrupt);
        QVERIFY2(sawCorruption, "reading damaged pages must report Corrupt");
    }

    void anotherProgramsDatabase_isRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("other.sqlite")).toStdString();
        execRaw(path,
                "CREATE TABLE invoices(id INTEGER PRIMARY KEY, total REAL); "
                "INSERT INTO invoices(total) VALUES (12.5);");
        const auto before = readAll(path);
        auto opened = notebook::openStore(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, Errc::NotRapport);
        QCOMPARE(readAll(path), before);
    }

    void readers_seeCommittedWritesOnTheirOwnConnection()
    {
        StoreFixture db;
        auto reader = notebook::openStore(db.path, Store::Access::ReadOnly);
        CHECK_OK(reader);
        QCOMPARE((*reader)->get("r1").error().code, Errc::NotFound);
        CHECK_OK(db.store->put(makeDocument(R"({"_id":"r1","type":"account","name":"Nord"})")));
        auto seen = (*reader)->get("r1");
        CHECK_OK(seen);
        QCOMPARE(seen->body["name"].get<std::string>(), std::string("Nord"));
    }
};

QTEST_GUILESS_MAIN(DatabaseFile)
#include "tst_database_file.moc"
