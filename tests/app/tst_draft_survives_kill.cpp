// A visit half-typed when the phone dies: the app is killed (SIGKILL, no chance to save) while
// the notes are being typed, again and again. Each time the app opens, the draft holds every
// word the form had shown before the kill, and typing goes on from there.
#include "app/database_session.h"
#include "controllers/visit_recorder.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

class DraftSurvivesKill : public QObject
{
    Q_OBJECT

private slots:
    void killedWhileTyping_theDraftHoldsEveryWordTyped()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("phone.sqlite"));
        QString lastShown;
        constexpr int kills = 10;
        for (int round = 0; round < kills; ++round) {
            QProcess typist;
            typist.start(QStringLiteral(VISIT_TYPIST), {path});
            QVERIFY(typist.waitForStarted());
            // Let it type a few words (a random number), then kill it at once.
            const int words = 1 + static_cast<int>(QRandomGenerator::global()->bounded(20));
            QByteArray line;
            for (int i = 0; i < words; ++i) {
                while (!typist.canReadLine())
                    QVERIFY2(typist.waitForReadyRead(10000), typist.readAllStandardError());
                line = typist.readLine().trimmed();
            }
            typist.kill(); // SIGKILL: no destructor, no flush, no goodbye
            typist.waitForFinished();
            lastShown = QString::fromUtf8(line);

            DatabaseSession session(path);
            QVERIFY2(session.ready(), qPrintable(session.error()));
            VisitRecorder recorder;
            recorder.setSession(&session);
            QVERIFY(recorder.resumed());
            // Everything that was shown is there (the typist may have typed on a little
            // before the kill landed).
            QVERIFY2(recorder.notes().startsWith(lastShown),
                     qPrintable(recorder.notes() + QStringLiteral(" / ") + lastShown));
        }
    }
};

QTEST_GUILESS_MAIN(DraftSurvivesKill)
#include "tst_draft_survives_kill.moc"
