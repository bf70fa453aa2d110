// A notebook's WAL gathers the frames of a commit and writes them together (store/wal_writes.h,
// through the plain notebook's VFS and the encrypted one's). What must hold whatever it gathers: a
// save another connection reads right after (the sync thread's, the UI's) is there; a commit that
// returned is whole in the files on disk, as a copy of them opened elsewhere finds (SQLite rebuilds
// its index of the log from the log itself); a transaction larger than the page cache, whose pages
// SQLite writes to the log early and again in place, commits whole or, rolled back, leaves nothing
// behind.
#include "check_ok.h"
#include "notebook/notebook_index.h"
#include "store/encrypted_vfs.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport;

namespace {

sqlite::NotebookKey testKey()
{
    sqlite::NotebookKey key {};
    for (std::size_t i = 0; i < key.size(); ++i)
        key[i] = static_cast<unsigned char>(3 + i * 11);
    return key;
}

// A contact with a note and, beside it, about `extraBytes` the notebook keeps but does not index
// (as a card's scanned text would weigh), so that a few thousand fill more pages than a
// connection's page cache holds (8 MiB) without the full-text index's work.
Document contact(int i, const std::string &note, std::size_t extraBytes = 40)
{
    Document doc;
    doc.id = "contact-" + std::to_string(i);
    std::string scan;
    while (scan.size() < extraBytes)
        scan += "talked about the new cleaning tablets and the delivery dates. ";
    doc.body = Json {{"type", "contact"},
                     {"firstName", "Mara"},
                     {"lastName", "Lind " + std::to_string(i)},
                     {"notes", note + " " + std::to_string(i)},
                     {"scannedText", scan}};
    return doc;
}

// Contacts of 4 KB each take two pages or more (a body that overflows its page, its revision,
// its index rows): 1,500 of them fill more than the 2,048 pages of a connection's cache.
constexpr int morePeopleThanTheCacheHolds = 1500;

std::string notesOf(Store &store, int i)
{
    auto doc = store.get("contact-" + std::to_string(i));
    return doc ? doc->body.value("notes", std::string()) : std::string("(missing)");
}

} // namespace

class WalWrites : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    // A new notebook, encrypted or plain as the test's row says.
    QString newNotebook()
    {
        const QString path = m_dir.filePath(QStringLiteral("notebook-%1.sqlite").arg(++m_files));
        QFETCH(bool, encrypted);
        if (encrypted)
            sqlite::useKey(path.toStdString(), testKey());
        return path;
    }

    static void bothKinds()
    {
        QTest::addColumn<bool>("encrypted");
        QTest::newRow("plain") << false;
        QTest::newRow("encrypted") << true;
    }

    static std::unique_ptr<Store> open(const QString &path)
    {
        auto store = notebook::openStore(path.toStdString());
        if (!store)
            qFatal("%s", store.error().describe().c_str());
        return std::move(*store);
    }

    // The notebook's file and WAL as they are on disk now, copied while it is open (the log not
    // yet checkpointed), without the WAL index: opening the copy reads every committed frame
    // from the log itself, as after a crash.
    QString copyOnDisk(const QString &path)
    {
        const QString copy = m_dir.filePath(QStringLiteral("copy-%1.sqlite").arg(++m_files));
        if (!QFile::copy(path, copy) || !QFile::copy(path + "-wal", copy + "-wal"))
            qFatal("cannot copy the notebook");
        if (sqlite::hasKey(path.toStdString()))
            sqlite::useKey(copy.toStdString(), testKey());
        return copy;
    }

    static void verifySound(const QString &path)
    {
        auto db = sqlite::Database::open(path.toStdString(), sqlite::Database::Mode::ReadOnly);
        CHECK_OK(db);
        auto check = (*db)->prepare("PRAGMA integrity_check");
        CHECK_OK(check);
        CHECK_OK(check->step());
        QCOMPARE(QString::fromStdString(check->text(0)), QStringLiteral("ok"));
    }

private slots:
    // Two connections take turns, as the UI and the sync thread do: each save is read by the
    // other at once, and then the files on disk hold all of them.
    void eachSave_isReadByTheOtherConnectionAtOnce_andIsOnDisk_data() { bothKinds(); }
    void eachSave_isReadByTheOtherConnectionAtOnce_andIsOnDisk()
    {
        const QString path = newNotebook();
        auto ui = open(path);
        auto sync = open(path);
        for (int i = 0; i < 60; ++i) {
            Store &writer = i % 2 ? *sync : *ui;
            Store &reader = i % 2 ? *ui : *sync;
            CHECK_OK(writer.put(contact(i, "first visit")));
            QVERIFY(notesOf(reader, i) == "first visit " + std::to_string(i));
        }
        const QString copy = copyOnDisk(path);
        verifySound(copy);
        auto reopened = open(copy);
        for (int i = 0; i < 60; ++i)
            QVERIFY(notesOf(*reopened, i) == "first visit " + std::to_string(i));
    }

    // One batch writes 1,500 contacts of 4 KB (more than the page cache: SQLite writes pages to
    // the log before the commit) and then edits each again (pages already in the log are
    // written again in place, their checksums recomputed at the commit). All of the edits are
    // read by another connection and are in the files on disk.
    void aBatchLargerThanTheCache_editingItsOwnPages_commitsWhole_data() { bothKinds(); }
    void aBatchLargerThanTheCache_editingItsOwnPages_commitsWhole()
    {
        const QString path = newNotebook();
        auto store = open(path);
        const int people = morePeopleThanTheCacheHolds;
        CHECK_OK(store->writeBatch([&]() -> Status {
            std::vector<std::string> revs;
            for (int i = 0; i < people; ++i) {
                auto put = store->put(contact(i, "met at the fair", 4000));
                if (!put)
                    return put.error();
                revs.push_back(put->rev);
            }
            for (int i = 0; i < people; ++i) {
                Document edited = contact(i, "ordered twelve crates", 4000);
                edited.rev = revs[static_cast<std::size_t>(i)];
                if (auto put = store->put(edited); !put)
                    return put.error();
            }
            return {};
        }));
        auto other = open(path);
        for (int i = 0; i < people; i += 97)
            QVERIFY(notesOf(*other, i).starts_with("ordered twelve crates"));
        const QString copy = copyOnDisk(path);
        verifySound(copy);
        auto reopened = open(copy);
        for (int i = 0; i < people; ++i)
            QVERIFY2(notesOf(*reopened, i).starts_with("ordered twelve crates"),
                     qPrintable(QStringLiteral("contact %1").arg(i)));
    }

    // A batch larger than the cache that fails half way (its pages partly in the log already)
    // leaves nothing: the next save commits, and the files hold it and nothing of the batch.
    void aFailedBatchLargerThanTheCache_leavesNothingBehind_data() { bothKinds(); }
    void aFailedBatchLargerThanTheCache_leavesNothingBehind()
    {
        const QString path = newNotebook();
        auto store = open(path);
        CHECK_OK(store->put(contact(0, "before")));
        const Status failed = store->writeBatch([&]() -> Status {
            for (int i = 1; i <= morePeopleThanTheCacheHolds; ++i)
                if (auto put = store->put(contact(i, "never kept", 4000)); !put)
                    return put.error();
            return Error {Errc::Internal, "the batch gives up"};
        });
        QVERIFY(!failed);
        CHECK_OK(store->put(contact(morePeopleThanTheCacheHolds + 1, "after")));
        auto other = open(path);
        QVERIFY(notesOf(*other, morePeopleThanTheCacheHolds + 1).starts_with("after"));
        const QString copy = copyOnDisk(path);
        verifySound(copy);
        auto reopened = open(copy);
        QVERIFY(notesOf(*reopened, 0).starts_with("before"));
        QVERIFY(notesOf(*reopened, morePeopleThanTheCacheHolds + 1).starts_with("after"));
        for (int i = 1; i <= morePeopleThanTheCacheHolds; i += 101)
            QVERIFY(!reopened->get("contact-" + std::to_string(i)));
    }

    // The same, while another connection waits to write: once the failed batch is over, the
    // other's saves go where its pages were in the log, and nothing of the batch comes back
    // over them when the first connection reads again. (SQLite's rollback itself reads page 1
    // back through the log here, which writes what was gathered before the lock is let go; the
    // VFS also writes it at the lock, for a rollback that reads nothing.)
    void aFailedBatch_neverOverwritesWhatAnotherConnectionCommitsAfterIt_data() { bothKinds(); }
    void aFailedBatch_neverOverwritesWhatAnotherConnectionCommitsAfterIt()
    {
        const QString path = newNotebook();
        auto first = open(path);
        auto second = open(path);
        CHECK_OK(first->put(contact(0, "before")));
        QVERIFY(!first->writeBatch([&]() -> Status {
            for (int i = 1; i <= morePeopleThanTheCacheHolds; ++i)
                if (auto put = first->put(contact(i, "never kept", 4000)); !put)
                    return put.error();
            return Error {Errc::Internal, "the batch gives up"};
        }));
        // More than the failed batch wrote, so that its frames lie among these.
        CHECK_OK(second->writeBatch([&]() -> Status {
            for (int i = 10000; i < 12000; ++i)
                if (auto put = second->put(contact(i, "kept", 4000)); !put)
                    return put.error();
            return {};
        }));
        QVERIFY(notesOf(*first, 0).starts_with("before"));
        for (int i = 10000; i < 12000; i += 7) {
            QVERIFY2(notesOf(*first, i).starts_with("kept"),
                     qPrintable(QStringLiteral("contact %1").arg(i)));
            QVERIFY(notesOf(*second, i).starts_with("kept"));
        }
        const QString copy = copyOnDisk(path);
        verifySound(copy);
        auto reopened = open(copy);
        for (int i = 10000; i < 12000; ++i)
            QVERIFY2(notesOf(*reopened, i).starts_with("kept"),
                     qPrintable(QStringLiteral("contact %1").arg(i)));
    }
};

QTEST_GUILESS_MAIN(WalWrites)
#include "tst_wal_writes.moc"
