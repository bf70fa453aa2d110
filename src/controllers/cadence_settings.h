#pragma once

#include "app/database_session.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// How often each segment's customers should be visited: one `cadence` document for the whole
// notebook (so that phone and tablet agree), {"segments": {"retail": 30}}. An account's own
// cadence overrides its segment's; an account past it is listed as gone quiet.
class CadenceSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DatabaseSession *session MEMBER m_session WRITE setSession NOTIFY sessionChanged)
    // Every segment in use or with a cadence: [{segment, days}] (days 0: none set).
    Q_PROPERTY(QVariantList segments READ segments NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)

public:
    using QObject::QObject;

    void setSession(DatabaseSession *session);
    QVariantList segments() const { return m_segments; }
    QString error() const { return m_error; }

    // Days between visits for a segment, as typed: a whole number from 1 to 730, or nothing to
    // take the cadence away. Anything else is refused with a message and nothing changes.
    Q_INVOKABLE bool setDays(const QString &segment, const QString &typed);

signals:
    void sessionChanged();
    void changed();

private:
    void refresh();

    QPointer<DatabaseSession> m_session;
    QVariantList m_segments;
    QString m_error;
};
