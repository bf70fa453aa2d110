#pragma once

#include "app/database_session.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

// One-tap changes to a follow-up from any list: done, or open again.
class FollowUpActions : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DatabaseSession *session MEMBER m_session NOTIFY sessionChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    using QObject::QObject;

    QString error() const { return m_error; }
    Q_INVOKABLE bool complete(const QString &followUpId) { return setDone(followUpId, true); }
    Q_INVOKABLE bool reopen(const QString &followUpId) { return setDone(followUpId, false); }

signals:
    void sessionChanged();
    void errorChanged();

private:
    bool setDone(const QString &followUpId, bool done);
    void setError(const QString &error);

    QPointer<DatabaseSession> m_session;
    QString m_error;
};
