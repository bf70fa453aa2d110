#pragma once

#include "app/database_session.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace rapport::platform {
class SyncService;
class CredentialStore;
} // namespace rapport::platform

// Sync as the person sees it: signed in or not (to which server, as whom), whether it is
// syncing, the last sync, what went wrong in plain words, "Sync now", sign in and sign out.
// The server and the name are kept with the notebook (a _local document: never synced); the
// password in the OS keychain, or a 0600 file where none runs (and passwordKeptInFile says so).
class SyncController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DatabaseSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY stateChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY stateChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY stateChanged)
    Q_PROPERTY(bool syncing READ syncing NOTIFY stateChanged)
    Q_PROPERTY(bool online READ online NOTIFY stateChanged)
    Q_PROPERTY(QString lastSync READ lastSync NOTIFY stateChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY stateChanged)
    Q_PROPERTY(bool passwordKeptInFile READ passwordKeptInFile NOTIFY stateChanged)

public:
    explicit SyncController(QObject *parent = nullptr);
    ~SyncController() override;

    DatabaseSession *session() const { return m_session; }
    void setSession(DatabaseSession *session);
    bool signedIn() const;
    QString serverUrl() const { return m_serverUrl; }
    QString userName() const { return m_userName; }
    bool syncing() const;
    bool online() const;
    QString lastSync() const;
    QString problem() const;
    bool passwordKeptInFile() const { return m_passwordInFile; }

    // Keeps the password safe and starts syncing; false (with `problem`) for input that cannot
    // work (no address, not http(s), no name or password).
    Q_INVOKABLE bool signIn(const QString &serverUrl, const QString &userName,
                            const QString &password);
    // Stops sync and forgets the password; the notebook on this device stays as it is.
    Q_INVOKABLE void signOut();
    Q_INVOKABLE void syncNow();
    // The app goes to the background or quits: what waits goes up, within `boundMs`.
    Q_INVOKABLE bool flush(int boundMs);

signals:
    void sessionChanged();
    void stateChanged();

private:
    void resume();
    void setProblem(const QString &problem);
    QString credentialKey() const;

    QPointer<DatabaseSession> m_session;
    std::unique_ptr<rapport::platform::SyncService> m_service;
    std::unique_ptr<rapport::platform::CredentialStore> m_credentials;
    QString m_serverUrl;
    QString m_userName;
    QString m_problem;
    bool m_passwordInFile = false;
};
