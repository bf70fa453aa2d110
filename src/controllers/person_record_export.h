#pragma once

#include "app/database_session.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

// "What do you keep about me?": everything kept about a person (notebook/subject_export.h)
// written as "What Rapport keeps about NAME.html", with the same as .json beside it, for the
// salesperson to send them. Reads nothing until asked.
class PersonRecordExport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DatabaseSession *session MEMBER m_session NOTIFY changed)
    Q_PROPERTY(QString contactId MEMBER m_contactId NOTIFY changed)
    // Where the files go; the user's documents folder unless set.
    Q_PROPERTY(QString folder MEMBER m_folder NOTIFY changed)
    // The page the last export wrote.
    Q_PROPERTY(QString exportedFile READ exportedFile NOTIFY exported)
    Q_PROPERTY(QString error READ error NOTIFY exported)

public:
    explicit PersonRecordExport(QObject *parent = nullptr);

    QString exportedFile() const { return m_exportedFile; }
    QString error() const { return m_error; }

    // Writes the page and the JSON into the folder; the page's path, or empty (error says why).
    Q_INVOKABLE QString exportRecord();

signals:
    void changed();
    void exported();

private:
    QPointer<DatabaseSession> m_session;
    QString m_contactId;
    QString m_folder;
    QString m_exportedFile;
    QString m_error;
};
