#pragma once

#include "app/whereabouts.h"
#include "core/error.h"

#include <QDate>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace rapport {
class Store;
class NotebookQueries;
struct Document;
struct PutResult;
namespace merge {
class LocalEditor;
}
} // namespace rapport

// The app's one open database. The UI shows its state: ready, or a plain-words reason why the
// file could not be opened (a newer app's file, a damaged file), which never touches the file.
// Every edit the UI makes goes through save()/remove() here, so that it is stamped for the merge;
// every commit on its connection, through here or not, tells every list on screen
// (notebookChanged), which shows it at once, and the sync scheduler (localEdit).
class DatabaseSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app opens the database at start")
    Q_PROPERTY(QString path READ path CONSTANT)
    Q_PROPERTY(bool ready READ ready CONSTANT)
    Q_PROPERTY(QString error READ error CONSTANT)
    Q_PROPERTY(int documentCount READ documentCount NOTIFY notebookChanged)
    // The day the screens show; the system date unless a test or a screenshot sets it.
    Q_PROPERTY(QDate today READ today WRITE setToday NOTIFY todayChanged)
    // "Wednesday, 25 November 2026", in the user's language.
    Q_PROPERTY(QString todayLabel READ todayLabel NOTIFY todayChanged)
    // Encrypted at rest (store/encrypted_vfs.h), and whether its key is in the 0600 file
    // because no keychain runs here (the Your data page says so).
    Q_PROPERTY(bool encrypted READ encrypted CONSTANT)
    Q_PROPERTY(bool keyInFile READ keyInFile CONSTANT)
    // Where this device is, with the person's consent (visits, "near me", the day's route).
    Q_PROPERTY(Whereabouts *whereabouts READ whereabouts CONSTANT)

public:
    explicit DatabaseSession(const QString &path, QObject *parent = nullptr);
    // The notebook opened already (NotebookPreparation), or why it could not be.
    DatabaseSession(const QString &path, rapport::Result<std::unique_ptr<rapport::Store>> opened,
                    QObject *parent = nullptr);
    ~DatabaseSession() override;

    QString path() const { return m_path; }
    bool ready() const { return m_store != nullptr; }
    QString error() const { return m_error; }
    int documentCount() const;
    QDate today() const { return m_today; }
    void setToday(const QDate &today);
    QString todayLabel() const;
    bool encrypted() const { return m_encrypted; }
    bool keyInFile() const { return m_keyInFile; }
    // Set once at start, from NotebookPreparation.
    void setProtection(bool encrypted, bool keyInFile)
    {
        m_encrypted = encrypted;
        m_keyInFile = keyInFile;
    }

    Whereabouts *whereabouts() const { return m_whereabouts; }
    rapport::Store *store() const { return m_store.get(); }
    rapport::NotebookQueries *queries() const { return m_queries.get(); }
    rapport::merge::LocalEditor *editor() const { return m_editor.get(); }
public slots:
    // Tells every list that the notebook changed (a sync wrote, or a conflict was answered).
    void announceChange() { emit notebookChanged(); }
    void announceSyncEnded() { emit syncEnded(); }
    // The same as announceChange, for an edit of this device's written on another connection
    // (an import, on its own thread): sync takes it up too. Writes on this session's
    // connection announce themselves (Store::observeCommits).
    void announceLocalEdit()
    {
        emit notebookChanged();
        emit localEdit();
    }
    // The visit note being typed began, changed its customer, or was saved or dropped.
    void announceVisitDraft() { emit visitDraftChanged(); }

public:
    // A new document (empty rev; its id from newDocumentId) or an edit, stamped by this
    // device's clock; the lists hear of it.
    rapport::Result<rapport::PutResult> save(const rapport::Document &doc);
    rapport::Result<rapport::PutResult> remove(const std::string &id, const std::string &rev);
    // Runs several saves as one transaction (a visit with its follow-ups): all or nothing.
    rapport::Status saveAll(const std::vector<rapport::Document> &docs);

    static std::string newDocumentId(const std::string &type);

    // The account a visit or a follow-up belongs to (to open its page); empty if none.
    Q_INVOKABLE QString accountOf(const QString &documentId) const;

signals:
    // Something in the notebook changed: an edit here, or what a sync brought.
    void notebookChanged();
    // An edit made here (not by sync): something for sync to take up.
    void localEdit();
    // A sync ended: what waits to go may have gone, though nothing changed on the device.
    void syncEnded();
    void todayChanged();
    void visitDraftChanged();

private:
    QString m_path;
    QString m_error;
    QDate m_today = QDate::currentDate();
    bool m_encrypted = false;
    bool m_keyInFile = false;
    std::unique_ptr<rapport::Store> m_store;
    std::unique_ptr<rapport::NotebookQueries> m_queries;
    std::unique_ptr<rapport::merge::LocalEditor> m_editor;
    // The search index's merges, done while nothing happens (Store::tidyIndex), so that no
    // save pays for them: a step at a time until there is nothing left, after every change.
    QTimer m_upkeep;
    Whereabouts *m_whereabouts;
    void tidyWhileIdle();
};
