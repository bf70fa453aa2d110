#pragma once

#include "app/database_session.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

// Bringing contacts in from a vCard or CSV file (or a Rapport JSON export): first a preview
// that says what would be added, what is already there and what would be skipped and why, then
// the import itself, as one transaction. Both run on a thread of their own with their own
// connection; the lists reload when the import is in.
class NotebookImport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DatabaseSession *session MEMBER m_session NOTIFY sessionChanged)
    // Address books, CSVs and exports found in the Downloads and Documents folders, newest
    // first: what a person most likely wants to import, a tap away.
    Q_PROPERTY(QStringList candidates READ candidates NOTIFY candidatesChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    // The file of the preview (or import) on show; empty when none.
    Q_PROPERTY(QString file READ file NOTIFY stateChanged)
    Q_PROPERTY(QString fileName READ fileName NOTIFY stateChanged)
    // True once the file's preview is on show and not yet imported.
    Q_PROPERTY(bool previewed READ previewed NOTIFY stateChanged)
    Q_PROPERTY(bool imported READ imported NOTIFY stateChanged)
    // How many records the preview found to bring in (0: nothing to import).
    Q_PROPERTY(int adding READ adding NOTIFY stateChanged)
    // "243 people (12 new companies) from contacts.vcf …": what would happen, or what did.
    Q_PROPERTY(QString summary READ summary NOTIFY stateChanged)
    // One line a record skipped or imported in part: "row 17: it has no name".
    Q_PROPERTY(QStringList problems READ problems NOTIFY stateChanged)
    Q_PROPERTY(QString error READ error NOTIFY stateChanged)

public:
    explicit NotebookImport(QObject *parent = nullptr);

    QStringList candidates() const { return m_candidates; }
    bool busy() const { return m_busy; }
    QString file() const { return m_file; }
    QString fileName() const;
    bool previewed() const { return m_previewed; }
    bool imported() const { return m_imported; }
    int adding() const { return m_adding; }
    QString summary() const { return m_summary; }
    QStringList problems() const { return m_problems; }
    QString error() const { return m_error; }

    Q_INVOKABLE void findCandidates();
    // Reads the file and says what importing it would do; changes nothing.
    Q_INVOKABLE void preview(const QString &path);
    // Imports the file on show.
    Q_INVOKABLE void importPreviewed();
    Q_INVOKABLE void clear();
    // The folders searched for candidates; Downloads and Documents unless set (tests).
    void setSearchFolders(const QStringList &folders) { m_folders = folders; }

signals:
    void sessionChanged();
    void candidatesChanged();
    void stateChanged();

private:
    void run(const QString &path, bool write);

    QPointer<DatabaseSession> m_session;
    QStringList m_folders;
    QStringList m_candidates;
    bool m_busy = false;
    QString m_file;
    bool m_previewed = false;
    bool m_imported = false;
    int m_adding = 0;
    QString m_summary;
    QStringList m_problems;
    QString m_error;
};
