#pragma once

#include <QDBusConnection>
#include <QProcess>
#include <QString>

// A D-Bus session bus of the test's own (dbus-daemon --session), so that no desktop's
// notification service, nor the developer's, sees what a test sends.
class SessionBus
{
public:
    SessionBus();
    ~SessionBus();
    SessionBus(const SessionBus &) = delete;
    SessionBus &operator=(const SessionBus &) = delete;

    bool started() const { return !m_address.isEmpty(); }
    QString error() const { return m_error; }
    // Where a process finds it (DBUS_SESSION_BUS_ADDRESS).
    QString address() const { return m_address; }
    // A connection of its own, under a name the caller chooses.
    QDBusConnection connect(const QString &name) const;

private:
    QProcess m_daemon;
    QString m_address;
    QString m_error;
    mutable QStringList m_connections;
};
