#include "sync_service.h"

#include "replicator/server_address.h"

#include <QEventLoop>

namespace rapport::platform {

SyncService::SyncService(QString databasePath, Options options, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_options(std::move(options)),
      m_policy(m_options.timing), m_connectivity(m_options.probing)
{
    qRegisterMetaType<SyncReport>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncService::evaluate);
    connect(&m_connectivity, &Connectivity::onlineChanged, this, [this](bool online) {
        m_policy.setOnline(online, m_options.now());
        emit stateChanged();
        evaluate();
    });
}

SyncService::~SyncService()
{
    stop();
}

void SyncService::start(const ServerAccount &account)
{
    stop();
    m_worker = new SyncWorker(m_databasePath, account);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::synced, this, &SyncService::synced);
    connect(m_worker, &SyncWorker::watched, this, &SyncService::watched);
    m_thread.start();
    m_lastReport = {};
    m_policy.setSignedIn(true, m_options.now());
    // Reachable when its first node is: the probe asks that one (the others are for failover).
    const auto server = replicator::parseServerAddress(account.serverUrl.toStdString());
    m_connectivity.setServer(server ? QUrl(QString::fromStdString(server->first())) : QUrl());
    emit stateChanged();
    evaluate();
}

void SyncService::stop()
{
    if (!m_worker)
        return;
    m_policy.setSignedIn(false, m_options.now());
    m_worker->stop();
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr; // deleted by the thread's finished()
    m_watching = false;
    m_watchAllowed = false;
    m_timer.stop();
    if (m_policy.running())
        m_policy.finished(SyncPolicy::Outcome::Cancelled, m_options.now());
    emit stateChanged();
}

void SyncService::localEdit()
{
    m_policy.localEdit(m_options.now());
    evaluate();
}

void SyncService::syncNow()
{
    m_policy.requestNow(m_options.now());
    evaluate();
}

void SyncService::evaluate()
{
    if (!m_worker)
        return;
    const auto now = m_options.now();
    if (m_policy.shouldStart(now)) {
        if (m_watching)
            m_worker->interrupt(); // the wait ends; the sync queued behind it runs next
        m_policy.started(now);
        QMetaObject::invokeMethod(m_worker, &SyncWorker::sync, Qt::QueuedConnection);
        emit stateChanged();
        return;
    }
    if (const auto next = m_policy.nextStart()) {
        const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(*next - now);
        m_timer.start(std::max<qint64>(0, wait.count()) + 1);
    } else {
        m_timer.stop();
    }
    // In between, the server's changes feed says when the other device wrote something.
    if (!m_policy.running() && !m_watching && m_watchAllowed && m_policy.online()
        && !m_policy.stoppedBySignIn()) {
        m_watching = true;
        const int timeout = static_cast<int>(m_options.watchTimeout.count());
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, timeout] { worker->watch(timeout); },
            Qt::QueuedConnection);
    }
}

void SyncService::synced(const SyncReport &report)
{
    const auto now = m_options.now();
    m_policy.finished(report.outcome, now);
    ++m_syncsFinished;
    m_lastReport = report;
    m_watchAllowed = report.outcome == SyncPolicy::Outcome::Done;
    if (report.outcome == SyncPolicy::Outcome::Done) {
        m_lastSync = QDateTime::currentDateTime();
        m_connectivity.reportReachable();
    } else if (report.unreachable) {
        m_connectivity.reportUnreachable();
    }
    if (report.pulled > 0 || report.valuesKept > 0)
        emit remoteWritten();
    emit syncEnded(report);
    emit stateChanged();
    evaluate();
}

void SyncService::watched(bool changed, bool failed)
{
    m_watching = false;
    if (changed)
        m_policy.remoteChanged(m_options.now());
    if (failed) {
        // The feed broke off: the next sync (by timer or reconnect) tells what is wrong.
        m_watchAllowed = false;
        m_connectivity.reportUnreachable();
    }
    evaluate();
}

bool SyncService::flush(std::chrono::milliseconds bound)
{
    if (!m_worker || !m_policy.online())
        return !m_worker;
    const int before = m_syncsFinished;
    syncNow();
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    auto finished = connect(this, &SyncService::stateChanged, &loop, [&] {
        if (m_syncsFinished > before && !m_policy.running())
            loop.quit();
    });
    deadline.start(bound);
    loop.exec();
    disconnect(finished);
    return m_syncsFinished > before && !m_policy.running();
}

} // namespace rapport::platform
