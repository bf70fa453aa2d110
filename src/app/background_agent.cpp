#include "app/background_agent.h"

#include "app/database_session.h"
#include "app/reminder_scheduler.h"
#include "app/sync_controller.h"
#include "credential_store.h"
#include "notebook/notebook_index.h"
#include "notebook_keys.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QProcess>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <csignal>
#include <cstdio>

namespace {

volatile std::sig_atomic_t endRequested = 0;

void requestEnd(int)
{
    endRequested = 1;
}

} // namespace

BackgroundAgent::BackgroundAgent(QString databasePath, QObject *parent)
    : QObject(parent), m_path(std::move(databasePath)), m_lock(m_path)
{ }

BackgroundAgent::~BackgroundAgent() = default;

BackgroundAgent::Start BackgroundAgent::start(QString *why)
{
    if (!m_lock.tryTake()) {
        *why = tr("Rapport already syncs this notebook (process %1).").arg(m_lock.holder());
        return Start::AlreadyRunning;
    }
    // The notebook's key from where the app keeps it; then the notebook, indexed if a newer
    // Rapport needs it (no window to count here: it is the background).
    rapport::platform::CredentialStore keys(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    if (auto unlocked = rapport::platform::unlockNotebook(m_path, keys); !unlocked) {
        *why = QString::fromStdString(unlocked.error().message);
        return Start::Failed;
    }
    m_session = std::make_unique<DatabaseSession>(
        m_path, rapport::notebook::openStore(m_path.toStdString()));
    if (!m_session->ready()) {
        *why = m_session->error();
        return Start::Failed;
    }
    m_sync = std::make_unique<SyncController>();
    m_sync->setSession(m_session.get());

    m_reminders = std::make_unique<ReminderScheduler>(*m_session, m_notifications);
    m_reminders->followSettings();
    connect(m_reminders.get(), &ReminderScheduler::openRequested, this,
            &BackgroundAgent::openInApp);
    showTrayIcon();
    m_reminders->start();

    std::signal(SIGTERM, requestEnd);
    std::signal(SIGINT, requestEnd);
    connect(&m_signalWatch, &QTimer::timeout, this, [this] {
        if (endRequested)
            end();
    });
    m_signalWatch.start(200);
    return Start::Running;
}

void BackgroundAgent::openInApp(const QString &documentType, const QString &documentId)
{
    // The app takes the lock over as it starts, and this agent ends.
    QStringList arguments {QStringLiteral("--db"), m_path};
    if (documentType != QLatin1String("today"))
        arguments << QStringLiteral("--open") << documentType + QLatin1Char('/') + documentId;
    QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
}

void BackgroundAgent::showTrayIcon()
{
    // A tray needs a widget application and a desktop that has one.
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())
        || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = std::make_unique<QSystemTrayIcon>(
        QIcon(QStringLiteral(":/Rapport/org.rapport.Rapport-64.png")));
    m_tray->setToolTip(tr("Rapport syncs in the background"));
    auto *menu = new QMenu();
    connect(m_tray.get(), &QObject::destroyed, menu, &QObject::deleteLater);
    connect(menu->addAction(tr("Open Rapport")), &QAction::triggered, this,
            [this] { openInApp(QStringLiteral("today"), {}); });
    connect(menu->addAction(tr("Sync now")), &QAction::triggered, m_sync.get(),
            &SyncController::syncNow);
    connect(menu->addAction(tr("Quit", "the background agent")), &QAction::triggered, this,
            &BackgroundAgent::end);
    m_tray->setContextMenu(menu);
    connect(m_tray.get(), &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger)
                    openInApp(QStringLiteral("today"), {});
            });
    m_notifications.setFallback([this](const QString &summary, const QString &body) {
        m_tray->showMessage(summary, body, QSystemTrayIcon::Information);
        return true;
    });
    connect(m_tray.get(), &QSystemTrayIcon::messageClicked, &m_notifications,
            &rapport::platform::DesktopNotifications::fallbackClicked);
    m_tray->show();
}

void BackgroundAgent::end()
{
    m_signalWatch.stop();
    if (m_sync)
        m_sync->flush(5000);
    m_lock.release();
    QCoreApplication::quit();
}
