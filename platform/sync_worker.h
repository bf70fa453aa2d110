#pragma once

#include "core/error.h"
#include "core/json.h"
#include "server_account.h"
#include "sync_policy.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

namespace rapport {
class Store;
namespace http {
class Client;
}
namespace replicator {
class Replicator;
}
} // namespace rapport

namespace rapport::platform {

// What one sync did, in the terms the app shows.
struct SyncReport
{
    SyncPolicy::Outcome outcome = SyncPolicy::Outcome::Done;
    bool unreachable = false; // failed for want of a connection
    qint64 pulled = 0;
    qint64 pushed = 0;
    qint64 rejected = 0;
    qint64 valuesKept = 0; // conflicts to review that this sync added
    QString error; // in plain words, for the person; empty when it went well
};

// The sync thread's work: one sync at a time, and waiting on the server's changes feed in
// between. It lives on its own thread with its own database connection and its own HTTP
// connections, so the UI never waits for the network. interrupt() (from any thread) ends a
// wait at once; stop() also ends a sync under way, safely: every step of it is idempotent.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    SyncWorker(QString databasePath, ServerAccount account);
    ~SyncWorker() override;

    void interrupt() { m_interrupt = true; }
    void stop() { m_stopping = true; }

public slots:
    void sync();
    // Waits up to timeoutMs for a change on the server after what the last sync saw.
    void watch(int timeoutMs);

signals:
    void synced(const rapport::platform::SyncReport &report);
    void watched(bool changed, bool failed);

private:
    QString open();

    QString m_databasePath;
    ServerAccount m_account;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<http::Client> m_client;
    std::unique_ptr<replicator::Replicator> m_replicator;
    Json m_remoteSequence; // null until the first sync
    std::string m_databaseUrl; // on the first of the server's nodes
    std::atomic<bool> m_interrupt {false};
    std::atomic<bool> m_stopping {false};
};

// An engine error as the person reads it: what happened and what to do, no URL, no name.
QString plainWords(const Error &error);

} // namespace rapport::platform

Q_DECLARE_METATYPE(rapport::platform::SyncReport)
