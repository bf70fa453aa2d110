#pragma once

#include "app/database_session.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// "Please forget me" (notebook/forget.h): what forgetting a person would touch, shown before
// anything is done, then forgetting them everywhere. (What is kept about them, written out to
// send them: PersonRecordExport.)
class PersonPrivacy : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DatabaseSession *session MEMBER m_session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString contactId MEMBER m_contactId WRITE setContactId NOTIFY planned)
    Q_PROPERTY(QString name READ name NOTIFY planned)
    // [{id, type, title, kind}]: kind is a plain word for the record ("Follow-up", "Lead").
    Q_PROPERTY(QVariantList removed READ removed NOTIFY planned)
    // Visits they were at, which stay, without them.
    Q_PROPERTY(QVariantList visitsMet READ visitsMet NOTIFY planned)
    // Records whose own text names them: for the salesperson to edit, never rewritten here.
    Q_PROPERTY(QVariantList namedIn READ namedIn NOTIFY planned)
    Q_PROPERTY(int drafts READ drafts NOTIFY planned)
    Q_PROPERTY(QString error READ error NOTIFY planned)

public:
    using QObject::QObject;

    void setSession(DatabaseSession *session);
    void setContactId(const QString &id);
    QString name() const { return m_name; }
    QVariantList removed() const { return m_removed; }
    QVariantList visitsMet() const { return m_visitsMet; }
    QVariantList namedIn() const { return m_namedIn; }
    int drafts() const { return m_drafts; }
    QString error() const { return m_error; }

    // Forgets the person on this device and, through the erasure record the next sync takes,
    // everywhere; false (error says why) if it could not.
    Q_INVOKABLE bool forget();

signals:
    void sessionChanged();
    void planned();

private:
    void plan();

    QPointer<DatabaseSession> m_session;
    QString m_contactId;
    QString m_name;
    QVariantList m_removed;
    QVariantList m_visitsMet;
    QVariantList m_namedIn;
    int m_drafts = 0;
    QString m_error;
};
