// The disk fills up mid-visit: the write that does not fit fails with a clear error and changes
// nothing; everything saved before is still there and the file is sound; once there is room
// again, work goes on.
#include "../store/store_fixture.h"
#include "notebook/notebook_queries.h"
#include "store/sqlite.h"

#include <QTest>

using namespace rapport;

namespace {

Document visit(int i)
{
    Document doc;
    doc.id = "visit-" + std::to_string(i);
    doc.body = Json {{"type", "visit"},
                     {"date", "2026-11-25"},
                     {"notes", std::string(3000, 'n') + " baseball " + std::to_string(i)}};
    return doc;
}

std::string integrity(const std::string &path)
{
    auto db = sqlite::Database::open(path, sqlite::Database::Mode::ReadOnly);
    if (!db)
        return db.error().message;
    auto query = (*db)->prepare("PRAGMA integrity_check");
    if (!query)
        return query.error().message;
    auto row = query->step();
    return row && *row ? query->text(0) : std::string("no answer");
}

} // namespace

class DiskFull : public QObject
{
    Q_OBJECT

private slots:
    void fullDisk_failsTheWriteClearlyLosesNothingAndRecovers()
    {
        StoreFixture db;
        int saved = 0;
        for (; saved < 20; ++saved)
            CHECK_OK(db.store->put(visit(saved)));
        const auto size = db.store->stats()->fileBytes;
        CHECK_OK(db.store->limitFileSize(size + 64 * 1024));

        // Write until the disk is full.
        Error full {Errc::Internal, {}};
        for (int i = saved; i < 1000; ++i) {
            auto written = db.store->put(visit(i));
            if (!written) {
                full = written.error();
                break;
            }
            ++saved;
        }
        QCOMPARE(full.code, Errc::DiskFull);
        QVERIFY2(full.message.find("full") != std::string::npos, full.message.c_str());

        // A batch that does not fit changes nothing at all.
        const auto before = db.store->lastSequence();
        auto batch = db.store->writeBatch([&]() -> Status {
            for (int i = 5000; i < 5050; ++i)
                if (auto written = db.store->put(visit(i)); !written)
                    return written.error();
            return {};
        });
        QVERIFY(!batch.ok());
        QCOMPARE(*db.store->lastSequence(), *before);
        QVERIFY(!db.store->get("visit-5000").ok());

        // Everything saved before is there, findable, and the file is sound.
        for (int i = 0; i < saved; ++i)
            QVERIFY(db.store->get("visit-" + std::to_string(i)).ok());
        QCOMPARE(NotebookQueries(*db.store).search("baseball", 1000)->size(), std::size_t(saved));
        QCOMPARE(integrity(db.path), std::string("ok"));

        // Room again (files deleted, a bigger card): work goes on where it stopped.
        CHECK_OK(db.store->limitFileSize(0));
        CHECK_OK(db.store->put(visit(saved)));
        db.reopen();
        QVERIFY(db.store->get("visit-" + std::to_string(saved)).ok());
        QCOMPARE(integrity(db.path), std::string("ok"));
        qInfo("%d visits saved before the disk was full; the one after it failed cleanly", saved);
    }
};

QTEST_GUILESS_MAIN(DiskFull)
#include "tst_disk_full.moc"
