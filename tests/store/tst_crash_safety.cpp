// A phone's battery dies, the OS kills the app: every write that had returned is there, and
// the file is sound. A child process writes in a loop and is killed with SIGKILL at random
// moments, fifty times over the same file.
#include "notebook/notebook_index.h"
#include "notebook/notebook_queries.h"
#include "store/encrypted_vfs.h"
#include "store/sqlite.h"
#include "store_fixture.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

using namespace rapport;

class CrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killedWriter_losesNoReturnedWriteAndLeavesASoundFile_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("plain") << QString();
        // The WAL's checksums, its recovery after a kill, the checkpoint: through the cipher.
        QTest::newRow("encrypted") << QStringLiteral("00112233445566778899aabbccddeeff"
                                                     "0123456789abcdef0123456789abcdef");
    }

    void killedWriter_losesNoReturnedWriteAndLeavesASoundFile()
    {
        QFETCH(QString, key);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
        QRandomGenerator rng(20261124);
        std::vector<std::string> promised;
        constexpr int kills = 50;
        for (int round = 0; round < kills; ++round) {
            QProcess writer;
            QStringList arguments {path, QStringLiteral("r%1").arg(round)};
            if (!key.isEmpty())
                arguments << key;
            writer.start(QStringLiteral(CRASH_WRITER), arguments);
            QVERIFY(writer.waitForStarted());
            // Once its notebook is open, let it write for a random while: sometimes before its
            // first commit, mostly mid-stream.
            QVERIFY(writer.waitForReadyRead(60000));
            QTest::qWait(static_cast<int>(rng.bounded(0, 120)));
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished());
            const auto output = writer.readAllStandardOutput();
            for (const auto &line : output.split('\n')) {
                if (!line.isEmpty() && !line.startsWith('#'))
                    promised.push_back(line.toStdString());
            }
            QVERIFY2(writer.readAllStandardError().isEmpty(), "the writer reported an error");
        }
        QVERIFY2(promised.size() > static_cast<std::size_t>(kills),
                 "the writer should have written something");

        if (!key.isEmpty()) {
            // Killed mid-transaction, the notes it was writing are in no byte of the file or
            // of the WAL the kill left.
            for (const QString &file : {path, path + QStringLiteral("-wal")}) {
                QFile written(file);
                QVERIFY(written.open(QIODevice::ReadOnly));
                QVERIFY2(!written.readAll().contains(QByteArray(32, 'n')), qPrintable(file));
            }
            QCOMPARE(sqlite::fileKind(path.toStdString()), sqlite::FileKind::Encrypted);
            sqlite::NotebookKey bytes {};
            const QByteArray raw = QByteArray::fromHex(key.toLatin1());
            std::copy(raw.begin(), raw.end(), bytes.begin());
            sqlite::useKey(path.toStdString(), bytes);
        }
        {
            auto db = sqlite::Database::open(path.toStdString(), sqlite::Database::Mode::ReadWrite);
            QVERIFY(db.ok());
            auto check = (*db)->prepare("PRAGMA integrity_check");
            QVERIFY(check.ok());
            QVERIFY(*check->step());
            QCOMPARE(check->text(0), std::string("ok"));
        }
        auto store = notebook::openStore(path.toStdString());
        CHECK_OK(store);
        for (const auto &id : promised) {
            auto doc = (*store)->get(id);
            QVERIFY2(doc.ok(), ("lost a returned write: " + id).c_str());
        }
        auto hits = NotebookQueries(**store).search("nnnn", 5);
        CHECK_OK(hits); // the search index survived too
        qInfo("%zu returned writes over %d kills, all present", promised.size(), kills);
    }
};

QTEST_GUILESS_MAIN(CrashSafety)
#include "tst_crash_safety.moc"
