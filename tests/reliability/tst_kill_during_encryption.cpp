// A notebook from before encryption is encrypted on the next start, and the app can be killed
// at any moment of it: afterwards the file is either the old plain notebook or the new
// encrypted one, complete, every time. A child process encrypts a copy of a large plain
// notebook and is killed with SIGKILL at moments spread over the time the encryption takes.
#include "check_ok.h"
#include "notebook/notebook_index.h"
#include "notebook/notebook_queries.h"
#include "store/encrypted_notebook.h"
#include "store/sqlite.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport;

namespace {

constexpr char keyHex[] = "8899aabbccddeeff00112233445566770123456789abcdef0123456789abcdef";

sqlite::NotebookKey testKey()
{
    sqlite::NotebookKey key {};
    const QByteArray raw = QByteArray::fromHex(keyHex);
    std::copy(raw.begin(), raw.end(), key.begin());
    return key;
}

// How many contacts the plain notebook holds: 100,000 as a big phone's notebook, fewer when
// RAPPORT_ENCRYPTION_CONTACTS asks (a quick run by hand).
int contactCount()
{
    const int asked = qEnvironmentVariableIntValue("RAPPORT_ENCRYPTION_CONTACTS");
    return asked > 0 ? asked : 100000;
}

} // namespace

class KillDuringEncryption : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_original;

    // One encryption of a fresh copy of the plain notebook, killed after `killAfterMs` (or let
    // finish when negative); how long it ran.
    qint64 encryptCopy(const QString &path, int killAfterMs, bool *finished)
    {
        QFile::remove(path);
        if (!QFile::copy(m_original, path))
            qFatal("cannot copy the plain notebook");
        QProcess child;
        child.start(QStringLiteral(ENCRYPT_NOTEBOOK), {path, QString::fromLatin1(keyHex)});
        if (!child.waitForStarted() || !child.waitForReadyRead(60000))
            qFatal("the encryption did not start");
        QElapsedTimer ran;
        ran.start();
        if (killAfterMs >= 0 && !child.waitForFinished(killAfterMs))
            child.kill();
        child.waitForFinished(-1);
        *finished = child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
        return ran.elapsed();
    }

    // What is at `path` now opens, as the plain notebook or the encrypted one, whole.
    void verifyComplete(const QString &path, int contacts)
    {
        const std::string file = path.toStdString();
        const auto kind = sqlite::fileKind(file);
        QVERIFY(kind != sqlite::FileKind::Missing);
        if (kind == sqlite::FileKind::Encrypted)
            sqlite::useKey(file, testKey());
        else
            sqlite::forgetKey(file);
        {
            auto db = sqlite::Database::open(file, sqlite::Database::Mode::ReadWrite);
            CHECK_OK(db);
            // Every page read and every b-tree walked (integrity_check would also match each
            // index to its table: minutes here for 100,000 contacts under the sanitizers).
            auto check = (*db)->prepare("PRAGMA quick_check");
            CHECK_OK(check);
            QVERIFY(*check->step());
            QCOMPARE(check->text(0), std::string("ok"));
        }
        auto store = notebook::openStore(file);
        CHECK_OK(store);
        QCOMPARE((*store)->stats()->documents, std::int64_t {contacts});
        auto last = (*store)->get("contact-" + std::to_string(contacts - 1));
        CHECK_OK(last);
        auto hits = NotebookQueries(**store).search("baseball", 3);
        CHECK_OK(hits);
        QCOMPARE(hits->size(), std::size_t {3});
        sqlite::forgetKey(file);
    }

private slots:
    void initTestCase()
    {
        m_original = m_dir.filePath(QStringLiteral("plain.sqlite"));
        auto store = notebook::openStore(m_original.toStdString());
        CHECK_OK(store);
        CHECK_OK((*store)->writeBatch([&]() -> Status {
            for (int i = 0; i < contactCount(); ++i) {
                auto doc = Document::parse(
                    R"({"_id":"contact-)" + std::to_string(i)
                    + R"(","type":"contact","firstName":"Mara","lastName":"Lind )"
                    + std::to_string(i) + R"(","notes":"her son plays baseball"})");
                if (auto put = (*store)->put(*doc); !put)
                    return put.error();
            }
            return {};
        }));
    }

    void killedAtAnyMoment_leavesThePlainOrTheEncryptedNotebook_whole()
    {
        const int contacts = contactCount();
        const QString path = m_dir.filePath(QStringLiteral("notebook.sqlite"));
        bool finished = false;
        const qint64 whole = encryptCopy(path, -1, &finished);
        QVERIFY(finished);
        QCOMPARE(sqlite::fileKind(path.toStdString()), sqlite::FileKind::Encrypted);
        verifyComplete(path, contacts);

        QRandomGenerator rng(20261202);
        int plain = 0;
        int encrypted = 0;
        constexpr int kills = 10;
        for (int round = 0; round < kills; ++round) {
            // Spread over the whole run and past its end (a run is not always as fast).
            const int at = static_cast<int>(1.5 * whole * (round + rng.bounded(1.0)) / kills);
            encryptCopy(path, at, &finished);
            verifyComplete(path, contacts);
            (sqlite::fileKind(path.toStdString()) == sqlite::FileKind::Encrypted ? encrypted
                                                                                 : plain)++;
            // What the kill left behind is cleared by the next try, which then finishes.
            if (round % 4 == 3 && sqlite::fileKind(path.toStdString()) == sqlite::FileKind::Plain) {
                CHECK_OK(sqlite::encryptInPlace(path.toStdString(), testKey()));
                verifyComplete(path, contacts);
            }
        }
        qInfo("%d contacts, encrypted in %lld ms; of %d kills, %d left the plain notebook and %d "
              "the encrypted one, each whole",
              contacts, whole, kills, plain, encrypted);
        QVERIFY2(plain > 0, "no kill came before the encrypted file was in place");
    }
};

QTEST_GUILESS_MAIN(KillDuringEncryption)
#include "tst_kill_during_encryption.moc"
