#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>

namespace rapport::platform {

// Notifications on a Linux desktop: the freedesktop.org notification service on the session bus
// (org.freedesktop.Notifications, which GNOME, KDE and the others run). Calls never block: the
// id of a notification arrives with `shown`, a tap on it or on one of its actions with
// `actionInvoked`. Android's NotificationManager and iOS's UNUserNotificationCenter belong
// behind the same calls (platform/README.md).
class DesktopNotifications : public QObject
{
    Q_OBJECT

public:
    struct Action
    {
        QString key; // "default" is a tap on the notification itself
        QString label;
    };

    explicit DesktopNotifications(QDBusConnection bus = QDBusConnection::sessionBus(),
                                  QObject *parent = nullptr);

    // Whether a notification service answers on the bus.
    bool available() const;
    // Shows one; `tag` comes back with its id in `shown` and with every action taken on it.
    void notify(const QString &tag, const QString &summary, const QString &body,
                const QList<Action> &actions);
    // Takes one away (answered elsewhere): the desktop closes it if it still shows.
    void close(const QString &tag);

    // Where there is no notification service (or it refuses): shows summary and body another
    // way (the tray icon's message), true when it did. A click on that message is reported
    // with fallbackClicked(), and comes back as a tap on the last one shown so.
    using Fallback = std::function<bool(const QString &summary, const QString &body)>;
    void setFallback(Fallback fallback) { m_fallback = std::move(fallback); }
    void fallbackClicked();

signals:
    void shown(const QString &tag, uint id);
    void actionInvoked(const QString &tag, const QString &action);
    // The service refused or is gone: the caller may fall back (a tray icon's message).
    void failed(const QString &tag, const QString &why);

private slots:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    QDBusConnection m_bus;
    bool showByFallback(const QString &tag, const QString &summary, const QString &body);

    QHash<uint, QString> m_tags; // notification id -> the caller's tag, while it shows
    Fallback m_fallback;
    QString m_fallbackTag; // the last one the fallback showed
};

} // namespace rapport::platform
