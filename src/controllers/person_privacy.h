#pragma once

#include "app/database_session.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// A person's rights over what the salesperson keeps (notebook/forget.h,
// notebook/subject_export.h): what forgetting them would touch, shown before anything is done,
// then forgetting them everywhere; and everything kept about them written out as a page to
// send them (with the same as JSON beside it).
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
    // Where exports go; the user's documents folder unless set.
    Q_PROPERTY(QString folder MEMBER m_folder NOTIFY planned)
    // The page the last export wrote.
    Q_PROPERTY(QString exportedFile READ exportedFile NOTIFY exported)

public:
    explicit PersonPrivacy(QObject *parent = nullptr);

    void setSession(DatabaseSession *session);
    void setContactId(const QString &id);
    QString name() const { return m_name; }
    QVariantList removed() const { return m_removed; }
    QVariantList visitsMet() const { return m_visitsMet; }
    QVariantList namedIn() const { return m_namedIn; }
    int drafts() const { return m_drafts; }
    QString error() const { return m_error; }
    QString exportedFile() const { return m_exportedFile; }

    // Forgets the person on this device and, through the erasure record the next sync takes,
    // everywhere; false (error says why) if it could not.
    Q_INVOKABLE bool forget();
    // Writes "What Rapport keeps about NAME.html" (and .json) into the folder; its path, or
    // empty (error says why).
    Q_INVOKABLE QString exportSubject();

signals:
    void sessionChanged();
    void planned();
    void exported();

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
    QString m_folder;
    QString m_exportedFile;
};
