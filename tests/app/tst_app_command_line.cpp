// `rapport --help` and `rapport --version` answer on a machine with no display (a server, a
// terminal over ssh), where starting the GUI would fail for want of a platform.
#include <QProcess>
#include <QTest>

class AppCommandLine : public QObject
{
    Q_OBJECT

    struct Answer
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Answer run(const QStringList &arguments)
    {
        QProcess app;
        auto environment = QProcessEnvironment::systemEnvironment();
        for (const char *display : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            environment.remove(QString::fromLatin1(display));
        app.setProcessEnvironment(environment);
        app.start(QStringLiteral(RAPPORT_APP), arguments);
        if (!app.waitForFinished(30000)) {
            app.kill();
            app.waitForFinished();
        }
        return {app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1,
                QString::fromUtf8(app.readAllStandardOutput()),
                QString::fromUtf8(app.readAllStandardError())};
    }

private slots:
    void help_printsTheOptionsWithoutADisplay()
    {
        const auto answer = run({QStringLiteral("--help")});
        QCOMPARE(answer.exitCode, 0);
        QVERIFY2(answer.out.contains(QStringLiteral("--db <file>")), qPrintable(answer.err));
        QVERIFY(answer.out.contains(QStringLiteral("--demo")));
    }

    void version_printsTheVersionWithoutADisplay()
    {
        const auto answer = run({QStringLiteral("--version")});
        QCOMPARE(answer.exitCode, 0);
        QVERIFY2(answer.out.contains(QStringLiteral("Rapport " RAPPORT_VERSION)),
                 qPrintable(answer.out + answer.err));
    }

    void aMistypedOptionSaysSoWithoutADisplay()
    {
        const auto answer = run({QStringLiteral("--help"), QStringLiteral("--colour")});
        QCOMPARE(answer.exitCode, 1);
        QVERIFY2(answer.err.contains(QStringLiteral("colour")), qPrintable(answer.err));
    }
};

QTEST_GUILESS_MAIN(AppCommandLine)
#include "tst_app_command_line.moc"
