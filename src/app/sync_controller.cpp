#include "app/sync_controller.h"

#include "credential_store.h"
#include "models/core_messages.h"
#include "models/display_text.h"
#include "replicator/server_address.h"
#include "store/store.h"
#include "sync_service.h"

#include <QLocale>
#include <QStandardPaths>
#include <QUrl>

namespace {

constexpr const char *serverDocument = "_local/rapport-server";

} // namespace

SyncController::SyncController(QObject *parent)
    : QObject(parent), m_credentials(std::make_unique<rapport::platform::CredentialStore>(
                           QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)))
{ }

SyncController::~SyncController() = default;

void SyncController::setSession(DatabaseSession *session)
{
    if (session == m_session)
        return;
    m_service.reset();
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    emit sessionChanged();
    if (!m_session || !m_session->ready())
        return;
    m_service = std::make_unique<rapport::platform::SyncService>(m_session->path());
    connect(m_service.get(), &rapport::platform::SyncService::stateChanged, this,
            &SyncController::stateChanged);
    connect(m_service.get(), &rapport::platform::SyncService::remoteWritten, m_session,
            &DatabaseSession::announceChange);
    connect(m_service.get(), &rapport::platform::SyncService::syncEnded, m_session,
            &DatabaseSession::announceSyncEnded);
    connect(m_session, &DatabaseSession::localEdit, m_service.get(),
            &rapport::platform::SyncService::localEdit);
    resume();
}

// Signed in before: sync goes on with the password from the keychain.
void SyncController::resume()
{
    auto saved = m_session->store()->getLocal(serverDocument);
    if (!saved || !saved->is_object())
        return;
    m_serverUrl = QString::fromStdString(saved->value("url", std::string()));
    m_userName = QString::fromStdString(saved->value("user", std::string()));
    auto password = m_credentials->load(credentialKey());
    if (!password) {
        setProblem(display::problem(password.error()));
        return;
    }
    if (!password->has_value()) {
        setProblem(tr("Sign in again: the password is no longer on this device."));
        return;
    }
    m_service->start({m_serverUrl, m_userName, **password, {}});
    emit stateChanged();
}

QString SyncController::credentialKey() const
{
    return m_serverUrl + QLatin1Char(' ') + m_userName;
}

bool SyncController::signIn(const QString &serverUrl, const QString &userName,
                            const QString &password)
{
    if (!m_service)
        return false;
    // One address, or a cluster's nodes separated by commas.
    const auto address = rapport::replicator::parseServerAddress(serverUrl.trimmed().toStdString());
    if (!address) {
        setProblem(tr("Type the server's address, starting with https://"));
        return false;
    }
    if (userName.trimmed().isEmpty() || password.isEmpty()) {
        setProblem(tr("Type your name and password for this server."));
        return false;
    }
    signOut();
    m_serverUrl = QString::fromStdString(address->text());
    m_userName = userName.trimmed();
    auto kept = m_credentials->save(credentialKey(), password);
    if (!kept) {
        setProblem(display::problem(kept.error()));
        return false;
    }
    m_passwordInFile = *kept == rapport::platform::CredentialStore::Where::File;
    auto remembered = m_session->store()->putLocal(
        serverDocument,
        rapport::Json {{"url", m_serverUrl.toStdString()}, {"user", m_userName.toStdString()}});
    if (!remembered) {
        setProblem(display::problem(remembered.error()));
        return false;
    }
    setProblem({});
    m_service->start({m_serverUrl, m_userName, password, {}});
    emit stateChanged();
    return true;
}

void SyncController::signOut()
{
    if (!m_service)
        return;
    m_service->stop();
    if (!m_serverUrl.isEmpty()) {
        if (auto removed = m_credentials->remove(credentialKey()); !removed)
            setProblem(display::problem(removed.error()));
    }
    if (m_session && m_session->ready())
        (void)m_session->store()->removeLocal(serverDocument);
    m_serverUrl.clear();
    m_userName.clear();
    m_passwordInFile = false;
    emit stateChanged();
}

void SyncController::syncNow()
{
    if (m_service)
        m_service->syncNow();
}

bool SyncController::flush(int boundMs)
{
    return !m_service || m_service->flush(std::chrono::milliseconds(boundMs));
}

bool SyncController::signedIn() const
{
    return m_service && m_service->signedIn();
}

bool SyncController::syncing() const
{
    return m_service && m_service->syncing();
}

bool SyncController::online() const
{
    return m_service && m_service->online();
}

QString SyncController::lastSync() const
{
    if (!m_service || !m_service->lastSync().isValid())
        return {};
    return QLocale().toString(m_service->lastSync(),
                              tr("ddd d MMM, HH:mm", "date and time format (QDateTime)"));
}

QString SyncController::problem() const
{
    if (!m_problem.isEmpty())
        return m_problem;
    // The sync thread writes English; shown in the app's language.
    return m_service && m_service->signedIn()
        ? display::translatedMessage(m_service->lastReport().error.toStdString())
        : QString();
}

void SyncController::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    emit stateChanged();
}
