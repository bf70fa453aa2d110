#pragma once

#include "connectivity.h"
#include "server_account.h"
#include "sync_policy.h"
#include "sync_worker.h"

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <QTimer>
#include <functional>

namespace rapport::platform {

// Sync by itself: the policy's rules, driven by connectivity, local edits, the server's
// changes feed and timers, with the work on the sync thread. The app signs in (start), tells it
// of local edits, and shows its state; it never waits for it.
class SyncService : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        SyncTiming timing;
        Connectivity::Timing probing;
        // How long one wait on the changes feed lasts before it is renewed.
        std::chrono::milliseconds watchTimeout {std::chrono::seconds(25)};
        std::function<SyncPolicy::Time()> now = [] {
            return SyncPolicy::Clock::now();
        };
    };

    SyncService(QString databasePath, Options options, QObject *parent = nullptr);
    explicit SyncService(QString databasePath, QObject *parent = nullptr)
        : SyncService(std::move(databasePath), Options {}, parent)
    { }
    ~SyncService() override;

    // Signed in: sync starts (when the server answers) and goes on by itself.
    void start(const ServerAccount &account);
    // Signed out: sync stops; what is on the device stays.
    void stop();
    void localEdit();
    void syncNow();
    // Before the app goes to the background or quits: sync now, and wait for it at most
    // `bound`. True when a sync finished in time (or there was nothing to do).
    bool flush(std::chrono::milliseconds bound);

    bool signedIn() const { return m_worker != nullptr; }
    bool syncing() const { return m_policy.running(); }
    bool online() const { return m_connectivity.online(); }
    bool stoppedBySignIn() const { return m_policy.stoppedBySignIn(); }
    QDateTime lastSync() const { return m_lastSync; }
    const SyncReport &lastReport() const { return m_lastReport; }
    int syncsFinished() const { return m_syncsFinished; }

signals:
    void stateChanged();
    // A sync wrote what the server had: lists on screen read themselves again.
    void remoteWritten();
    void syncEnded(const rapport::platform::SyncReport &report);

private:
    void evaluate();
    void synced(const SyncReport &report);
    void watched(bool changed, bool failed);

    QString m_databasePath;
    Options m_options;
    SyncPolicy m_policy;
    Connectivity m_connectivity;
    QThread m_thread;
    SyncWorker *m_worker = nullptr; // lives on m_thread
    QTimer m_timer;
    bool m_watching = false;
    bool m_watchAllowed = false; // after a sync that worked; a failed wait stops it
    QDateTime m_lastSync;
    SyncReport m_lastReport;
    int m_syncsFinished = 0;
};

} // namespace rapport::platform
