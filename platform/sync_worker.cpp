#include "sync_worker.h"

#include "http/http_client.h"
#include "notebook/after_pull.h"
#include "notebook/notebook_index.h"
#include "replicator/remote_database.h"
#include "replicator/replicator.h"
#include "replicator/server_address.h"
#include "store/store.h"

#include <QThread>

namespace rapport::platform {

QString plainWords(const Error &error)
{
    switch (error.code) {
    case Errc::Network:
        return QStringLiteral("The server cannot be reached. Your changes wait on this device.");
    case Errc::Unauthorized:
    case Errc::Forbidden:
        return QStringLiteral("The server did not accept your name and password. Sign in again.");
    case Errc::ServerError:
        return QStringLiteral("The server had a problem. Rapport tries again shortly.");
    case Errc::Protocol:
        return QStringLiteral("The server answered in a way Rapport does not understand. Is this "
                              "the address of a CouchDB server?");
    case Errc::NotFound:
        return QStringLiteral("Your database is not on this server. Ask whoever runs it to set "
                              "up your account.");
    case Errc::DiskFull:
        return QStringLiteral("This device is full. Free some space; nothing is lost.");
    case Errc::Cancelled:
        return {};
    default:
        return QStringLiteral("Sync stopped: %1").arg(QString::fromLatin1(errcName(error.code)));
    }
}

SyncWorker::SyncWorker(QString databasePath, ServerAccount account)
    : m_databasePath(std::move(databasePath)), m_account(std::move(account))
{ }

SyncWorker::~SyncWorker() = default;

// On the worker's thread, at its first job: the connection is this thread's.
QString SyncWorker::open()
{
    if (m_replicator)
        return {};
    auto store = notebook::openStore(m_databasePath.toStdString());
    if (!store)
        return QString::fromStdString(store.error().message);
    m_store = std::move(*store);
    auto server = replicator::parseServerAddress(m_account.serverUrl.toStdString());
    if (!server)
        return QString::fromStdString(server.error().message);
    auto options = replicator::signInOptions(*server, m_account.user.toStdString(),
                                             m_account.password.toStdString());
    if (!m_account.caFile.isEmpty())
        options.caFile = m_account.caFile.toStdString();
    options.interrupted = [this] {
        return m_interrupt.load() || m_stopping.load();
    };
    m_client = std::make_unique<http::Client>(options);
    // Waits between retries end early when sync is stopped.
    auto sleep = [this](std::chrono::milliseconds pause) {
        for (auto waited = std::chrono::milliseconds(0); waited < pause && !m_stopping;
             waited += std::chrono::milliseconds(50))
            QThread::msleep(50);
    };
    m_databaseUrl = replicator::userDatabaseUrl(server->first(), m_account.user.toStdString());
    m_replicator = std::make_unique<replicator::Replicator>(*m_store, *m_client, m_databaseUrl,
                                                            rapport::notebook::afterPull(), sleep);
    return {};
}

void SyncWorker::sync()
{
    m_interrupt = false; // an interrupt was for the wait before this sync, not for it
    SyncReport report;
    if (m_stopping) {
        report.outcome = SyncPolicy::Outcome::Cancelled;
        emit synced(report);
        return;
    }
    if (const auto problem = open(); !problem.isEmpty()) {
        report.outcome = SyncPolicy::Outcome::Failed;
        report.error = problem;
        emit synced(report);
        return;
    }
    auto summary = m_replicator->syncOnce();
    if (summary) {
        report.pulled = summary->pulled;
        report.pushed = summary->pushed;
        report.rejected = summary->rejected;
        report.valuesKept = summary->valuesKept + summary->deletionsRecorded;
        m_remoteSequence = summary->remoteSequence;
    } else {
        const auto &error = summary.error();
        report.error = plainWords(error);
        report.unreachable = error.code == Errc::Network;
        report.outcome = error.code == Errc::Cancelled ? SyncPolicy::Outcome::Cancelled
            : error.code == Errc::Unauthorized || error.code == Errc::Forbidden
            ? SyncPolicy::Outcome::SignInRefused
            : SyncPolicy::Outcome::Failed;
    }
    emit synced(report);
}

void SyncWorker::watch(int timeoutMs)
{
    m_interrupt = false;
    if (m_stopping || !m_replicator || m_remoteSequence.is_null()) {
        emit watched(false, false);
        return;
    }
    replicator::RemoteDatabase remote(*m_client, m_databaseUrl);
    auto changed = remote.waitForChanges(m_remoteSequence, std::chrono::milliseconds(timeoutMs));
    if (!changed) {
        emit watched(false, changed.error().code != Errc::Cancelled);
        return;
    }
    emit watched(*changed, false);
}

} // namespace rapport::platform
