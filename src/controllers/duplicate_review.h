#pragma once

#include "app/database_session.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// Two records of what looks like one person, side by side: the fields they disagree on, a tap
// to choose which value stays, then merge (both histories kept: visits, follow-ups, leads and
// feedback of either now belong to the one record) or keep both as different people.
class DuplicateReview : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DatabaseSession *session MEMBER m_session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString duplicateId MEMBER m_duplicateId WRITE setDuplicateId NOTIFY loaded)
    Q_PROPERTY(QString firstName READ firstName NOTIFY loaded)
    Q_PROPERTY(QString secondName READ secondName NOTIFY loaded)
    // [{field, label, first, second, combined, choice}]: choice "first" or "second"; combined
    // fields (hobbies, family, …) keep both sides and offer no choice.
    Q_PROPERTY(QVariantList fields READ fields NOTIFY loaded)
    Q_PROPERTY(QString error READ error NOTIFY loaded)

public:
    using QObject::QObject;

    void setSession(DatabaseSession *session);
    void setDuplicateId(const QString &id);
    QString firstName() const { return m_firstName; }
    QString secondName() const { return m_secondName; }
    QVariantList fields() const { return m_fields; }
    QString error() const { return m_error; }

    Q_INVOKABLE void choose(const QString &field, const QString &side);
    // Merges into the first record; the id of the one kept, or empty (error says why).
    Q_INVOKABLE QString merge();
    Q_INVOKABLE bool keepBoth();

signals:
    void sessionChanged();
    void loaded();

private:
    void load();

    QPointer<DatabaseSession> m_session;
    QString m_duplicateId;
    QString m_firstId;
    QString m_firstName;
    QString m_secondName;
    QVariantList m_fields;
    QString m_error;
};
