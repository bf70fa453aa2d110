#pragma once

#include "app/database_session.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

// A visit note started and not saved (the app was closed, killed, or the person went back):
// what Today and the customer's page offer to continue with one tap. Follows the draft that
// VisitRecorder keeps on this device.
class UnfinishedVisit : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DatabaseSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool exists READ exists NOTIFY changed)
    // The customer picked in it; empty when none is yet.
    Q_PROPERTY(QString accountId READ accountId NOTIFY changed)
    Q_PROPERTY(QString accountName READ accountName NOTIFY changed)

public:
    using QObject::QObject;

    DatabaseSession *session() const { return m_session; }
    void setSession(DatabaseSession *session);
    bool exists() const { return m_exists; }
    QString accountId() const { return m_accountId; }
    QString accountName() const { return m_accountName; }

signals:
    void sessionChanged();
    void changed();

private:
    void read();

    QPointer<DatabaseSession> m_session;
    bool m_exists = false;
    QString m_accountId;
    QString m_accountName;
};
