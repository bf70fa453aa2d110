// The database file as a promise: numbered migrations, and files we must not open (from a
// newer Rapport, of another program, damaged) refused with a clear error and left untouched.
#include "store/migrations.h"
#include "store/notebook_queries.h"
#include "store/sqlite.h"
#include "store_fixture.h"

#include <QFile>
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

} // namespace

class DatabaseFile : public QObject
{
    Q_OBJECT

private slots:
    void migration2_indexesDocumentsOfAVersion1Database()
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
        auto opened = Store::open(path);
        CHECK_OK(opened);
        auto stats = (*opened)->stats();
        QCOMPARE(stats->schemaVersion, latestSchemaVersion());
        auto hits = (*opened)->search("sailing", 10);
        CHECK_OK(hits);
        QCOMPARE(hits->size(), std::size_t(1));
        QCOMPARE(hits->front().id, std::string("c1"));
        auto contacts = (*opened)->contactsByName(std::nullopt, 10);
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
        auto opened = Store::open(path);
        CHECK_OK(opened);
        QCOMPARE((*opened)->stats()->schemaVersion, latestSchemaVersion());
        CHECK_OK((*opened)->markRejected(Rejection {"v1", "1-abc", "forbidden", "too large"}));
        auto rejected = (*opened)->rejections();
        CHECK_OK(rejected);
        QCOMPARE(rejected->size(), std::size_t(1));
        QCOMPARE(rejected->front().reason, std::string("too large"));
    }

    void migration5_fillsLastVisitsAndVisitContactsOfAVersion4Database()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("v4.sqlite")).toStdString();
        {
            auto db = sqlite::Database::open(path, sqlite::Database::Mode::ReadWrite);
            QVERIFY(db.ok());
            QVERIFY(migrate(**db, 4).ok());
            // An account and a visit with its contact, as version 4 indexed them.
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
                INSERT INTO accounts(doc, name, cadence_days) VALUES (1, 'Berg', 7);
                INSERT INTO visits(doc, account_id, date) VALUES (2, 'a1', '2026-11-01');
                INSERT INTO contacts(doc, sort_name, display_name) VALUES (3, 'Ida', 'Ida');
            )sql");
            QVERIFY2(done.ok(), done.ok() ? "" : done.error().message.c_str());
        }
        auto opened = Store::open(path);
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

    void migration7_fillsCadencesLeadsAndFollowUpOriginsOfAVersion6Database()
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
                INSERT INTO accounts(doc, name, segment, last_visit) VALUES
                    (1, 'Berg', 'retail', '2026-11-01');
                INSERT INTO visits(doc, account_id, date) VALUES
                    (2, 'a1', '2026-11-01'), (6, 'a1', '2026-10-01');
                INSERT INTO followups(doc, title, done) VALUES (3, 'Quote', 0);
            )sql");
            QVERIFY2(done.ok(), done.ok() ? "" : done.error().message.c_str());
        }
        auto opened = Store::open(path);
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

    void futureVersion_isRefusedAndLeftUntouched()
    {
        StoreFixture db;
        CHECK_OK(
            db.store->put(makeDocument(R"({"_id":"keep","type":"account","name":"Keep me"})")));
        db.store.reset();
        execRaw(db.path, "PRAGMA user_version = 99");
        const auto before = readAll(db.path);
        auto opened = Store::open(db.path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, Errc::FutureVersion);
        QVERIFY(opened.error().message.find("newer version of Rapport") != std::string::npos);
        QCOMPARE(readAll(db.path), before);
    }

    void garbageFile_isRefusedAsDamagedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("garbage.sqlite")).toStdString();
        QByteArray bytes(16384, '\0');
        QRandomGenerator rng(42);
        for (auto &byte : bytes)
            byte = static_cast<char>(rng.bounded(256));
        writeAll(path, bytes);
        auto opened = Store::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, Errc::Corrupt);
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

        auto opened = Store::open(db.path);
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
        auto opened = Store::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, Errc::NotRapport);
        QCOMPARE(readAll(path), before);
    }

    void readers_seeCommittedWritesOnTheirOwnConnection()
    {
        StoreFixture db;
        auto reader = Store::open(db.path, Store::Access::ReadOnly);
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
