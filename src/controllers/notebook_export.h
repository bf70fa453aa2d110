#pragma once

#include "app/database_session.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

// Taking everything out: contacts as vCards (for the phone's address book), follow-ups,
// birthdays and anniversaries as a calendar, everything the salesperson owns as JSON (to bring
// back into Rapport) or as CSV (for a spreadsheet). Written on a thread of its own, over its own
// read-only connection: a large notebook takes seconds, and the screen stays live meanwhile.
class NotebookExport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DatabaseSession *session MEMBER m_session NOTIFY sessionChanged)
    // Where exports go; the user's documents folder unless set.
    Q_PROPERTY(QString folder READ folder WRITE setFolder NOTIFY folderChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    // The file (or, for CSV, the folder) the last export wrote.
    Q_PROPERTY(QString lastFile READ lastFile NOTIFY stateChanged)
    Q_PROPERTY(QString error READ error NOTIFY stateChanged)
    // How much room the records' photos and files take here: "3 photos and files take 1.2 MB
    // on this device." (what an export of everything carries, and what a full phone asks).
    Q_PROPERTY(QString filesSpace READ filesSpace NOTIFY contentsChanged)
    // Room deleted records and photos left unused inside the file, when there is enough to be
    // worth giving back: "Deleted records and photos left 4.2 MB unused."; empty otherwise.
    Q_PROPERTY(QString unusedRoom READ unusedRoom NOTIFY contentsChanged)
    // What the last giveBackRoom() did, in plain words.
    Q_PROPERTY(QString roomGivenBack READ roomGivenBack NOTIFY stateChanged)

public:
    explicit NotebookExport(QObject *parent = nullptr);

    QString folder() const { return m_folder; }
    void setFolder(const QString &folder);
    bool busy() const { return m_busy; }
    QString lastFile() const { return m_lastFile; }
    QString error() const { return m_error; }
    QString filesSpace() const;
    QString unusedRoom() const;
    QString roomGivenBack() const { return m_roomGivenBack; }
    // Less unused room than this is not offered back (a rewrite of the file for nothing).
    static constexpr qint64 roomWorthGivingBack = qint64 {1} << 20;

    // "json", "csv", "vcard" or "ical". Starts the export; stateChanged tells when it is done.
    Q_INVOKABLE void exportAs(const QString &format);
    Q_INVOKABLE void exportJson() { exportAs(QStringLiteral("json")); }
    // Writes the notebook anew without the unused room (Store::compact), on a thread of its
    // own over its own connection; stateChanged tells when it is done.
    Q_INVOKABLE void giveBackRoom();

signals:
    void sessionChanged();
    void folderChanged();
    void stateChanged();
    void contentsChanged();

private:
    void finish(const QString &file, const QString &error);

    QPointer<DatabaseSession> m_session;
    QString m_folder;
    bool m_busy = false;
    QString m_lastFile;
    QString m_error;
    QString m_roomGivenBack;
};
