#include "frames_during_pull.h"

#include "app/database_session.h"
#include "app/sync_controller.h"
#include "bench_support.h"
#include "notebook/notebook_queries.h"
#include "replicator/replicator.h"
#include "server_fixture.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <numeric>
#include <vector>

namespace {

using namespace rapport;

constexpr double lateFrameMs = 32.0;

struct Intervals
{
    std::vector<double> ms;

    double at(double p) const
    {
        if (ms.empty())
            return 0;
        auto sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const auto index = static_cast<std::size_t>(p * static_cast<double>(sorted.size() - 1));
        return sorted[index];
    }
    long late() const
    {
        return std::count_if(ms.begin(), ms.end(), [](double m) { return m > lateFrameMs; });
    }
};

std::int64_t documentsIn(const DatabaseSession &session)
{
    auto counts = session.queries()->recordsByType();
    if (!counts)
        return 0;
    return std::accumulate(counts->begin(), counts->end(), std::int64_t {0},
                           [](std::int64_t sum, const auto &entry) { return sum + entry.second; });
}

} // namespace

void measureFramesDuringPull(int documents)
{
    ServerFixture server;
    if (!server.available()) {
        std::printf("frames in a pull skipped: %s\n", server.unavailableReason().c_str());
        return;
    }
    const bench::Account account {"frames", "frames-secret"};
    if (!server.addUser(QString::fromStdString(account.user),
                        QString::fromStdString(account.password)))
        bench::die("add-user failed");
    bench::seedServer(replicator::userDatabaseUrl(server.url(), account.user), account, documents);

    // The password goes where the tests' do, not into this person's keychain.
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    DatabaseSession session(dir.filePath(QStringLiteral("pulled.sqlite")));
    if (!session.ready())
        bench::die(session.error().toStdString());
    SyncController sync;
    sync.setSession(&session);
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.setInitialProperties({
        {QStringLiteral("session"), QVariant::fromValue(&session)},
        {QStringLiteral("sync"), QVariant::fromValue(&sync)},
        {QStringLiteral("startPage"), QStringLiteral("today")},
        {QStringLiteral("startDocument"), QString()},
        {QStringLiteral("width"), 412},
        {QStringLiteral("height"), 915},
    });
    engine.load(QUrl(QStringLiteral("qrc:/Rapport/qml/Main.qml")));
    if (engine.rootObjects().isEmpty())
        bench::die("the app's window did not load");
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());

    Intervals idle;
    Intervals pulling;
    bool inPull = false;
    QElapsedTimer clock;
    clock.start();
    qint64 lastFrame = -1;
    qint64 pullStarted = 0;
    qint64 pullEnded = 0;
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (lastFrame >= 0)
            (inPull ? pulling : idle).ms.push_back(static_cast<double>(now - lastFrame) / 1e6);
        lastFrame = now;
        window->update(); // the next frame at once: a screen that never stops drawing
    });
    QTimer::singleShot(1000, window, [&] {
        inPull = true;
        pullStarted = clock.nsecsElapsed();
        if (!sync.signIn(QString::fromStdString(server.url()), QString::fromStdString(account.user),
                         QString::fromStdString(account.password)))
            bench::die("sign-in failed: " + sync.problem().toStdString());
    });
    // Each sync that ends may be the one that brought the last document.
    QObject::connect(&session, &DatabaseSession::syncEnded, window, [&] {
        if (documentsIn(session) < documents)
            return;
        pullEnded = clock.nsecsElapsed();
        QCoreApplication::exit(0);
    });
    QTimer::singleShot(300000, window, [] { bench::die("the pull did not end in 5 minutes"); });
    QCoreApplication::exec();
    sync.signOut();
    QStandardPaths::setTestModeEnabled(false);

    std::printf("frames in a pull %d documents pulled by the app in %.0f ms; Today's frames "
                "before it: %zu, p50 %.1f ms, max %.1f ms; during it: %zu, p50 %.1f ms, p99 "
                "%.1f ms, max %.1f ms, %ld over %.0f ms (target: none)\n",
                documents, static_cast<double>(pullEnded - pullStarted) / 1e6, idle.ms.size(),
                idle.at(0.5), idle.at(1.0), pulling.ms.size(), pulling.at(0.5), pulling.at(0.99),
                pulling.at(1.0), pulling.late(), lateFrameMs);
    qDeleteAll(engine.rootObjects());
}
