#include "desktop_notifications.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace rapport::platform {

namespace {
const QString notificationService = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");
const QString interface = QStringLiteral("org.freedesktop.Notifications");
} // namespace

DesktopNotifications::DesktopNotifications(QDBusConnection bus, QObject *parent)
    : QObject(parent), m_bus(std::move(bus))
{
    m_bus.connect(notificationService, path, interface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(notificationService, path, interface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onClosed(uint, uint)));
}

bool DesktopNotifications::available() const
{
    return m_bus.isConnected() && m_bus.interface()
        && m_bus.interface()->isServiceRegistered(notificationService).value();
}

void DesktopNotifications::notify(const QString &tag, const QString &summary, const QString &body,
                                  const QList<Action> &actions)
{
    if (m_fallback && !available()) {
        if (!showByFallback(tag, summary, body))
            emit failed(tag, QStringLiteral("no notification service on the session bus"));
        return;
    }
    // The specification's Notify: actions as a flat list of key, label, key, label...
    QStringList flat;
    for (const auto &action : actions)
        flat << action.key << action.label;
    auto call = QDBusMessage::createMethodCall(notificationService, path, interface,
                                               QStringLiteral("Notify"));
    call << QStringLiteral("Rapport") << 0u << QStringLiteral("rapport") << summary << body << flat
         << QVariantMap {{QStringLiteral("desktop-entry"), QStringLiteral("org.rapport.Rapport")}}
         << -1; // the server's own timeout
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, tag, summary, body] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            if (!showByFallback(tag, summary, body))
                emit failed(tag, reply.error().message());
            return;
        }
        m_tags.insert(reply.value(), tag);
        emit shown(tag, reply.value());
    });
}

void DesktopNotifications::close(const QString &tag)
{
    const auto id = m_tags.key(tag);
    if (id == 0)
        return;
    m_tags.remove(id);
    auto call = QDBusMessage::createMethodCall(notificationService, path, interface,
                                               QStringLiteral("CloseNotification"));
    call << id;
    m_bus.asyncCall(call);
}

bool DesktopNotifications::showByFallback(const QString &tag, const QString &summary,
                                          const QString &body)
{
    if (!m_fallback || !m_fallback(summary, body))
        return false;
    m_fallbackTag = tag;
    emit shown(tag, 0);
    return true;
}

void DesktopNotifications::fallbackClicked()
{
    if (!m_fallbackTag.isEmpty())
        emit actionInvoked(m_fallbackTag, QStringLiteral("default"));
}

void DesktopNotifications::onActionInvoked(uint id, const QString &action)
{
    // Other applications' notifications come past too: only ours have a tag.
    if (const auto tag = m_tags.value(id); !tag.isEmpty())
        emit actionInvoked(tag, action);
}

void DesktopNotifications::onClosed(uint id, uint)
{
    m_tags.remove(id);
}

} // namespace rapport::platform
