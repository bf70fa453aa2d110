#pragma once

#include "app/database_session.h"
#include "core/json.h"
#include "notebook/operations.h"
#include "store/attachment.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// Records a visit: the customer and the people met, notes, the outcome, and next steps that
// become due-dated follow-ups. Every change is written to a draft on this device at once (a
// _local document: it never syncs half-typed), so a visit typed in a car park survives the app
// being killed mid-sentence, and opens again where it stopped. finish() turns the draft into the
// visit and its follow-ups in one transaction.
class VisitRecorder : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DatabaseSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString accountId READ accountId WRITE setAccountId NOTIFY accountChanged)
    Q_PROPERTY(QString accountName READ accountName NOTIFY accountChanged)
    Q_PROPERTY(QStringList contactIds READ contactIds NOTIFY peopleChanged)
    Q_PROPERTY(QStringList contactNames READ contactNames NOTIFY peopleChanged)
    Q_PROPERTY(QString date READ date WRITE setDate NOTIFY dateChanged)
    Q_PROPERTY(QString title READ title WRITE setTitle NOTIFY titleChanged)
    Q_PROPERTY(QString notes READ notes WRITE setNotes NOTIFY notesChanged)
    Q_PROPERTY(QString outcome READ outcome WRITE setOutcome NOTIFY outcomeChanged)
    // Each: {title, due ("YYYY-MM-DD" or empty)}.
    Q_PROPERTY(QVariantList nextSteps READ nextSteps NOTIFY nextStepsChanged)
    // Photos and files to keep with the visit, by where they are on this device (the draft
    // holds their paths; their bytes are read when the visit is saved). Each: {name, path,
    // size ("2.4 MB")}.
    Q_PROPERTY(QVariantList files READ files NOTIFY filesChanged)
    // The customers of today's planned visits, proposed before any other: each {accountId,
    // name, title (the planned visit's, or empty)}, in the day's order. Read once a session.
    Q_PROPERTY(QVariantList plannedToday READ plannedToday NOTIFY sessionChanged)
    // The customer whose place this device is at (within the check-in distance), with the
    // person's consent; empty when none is, or where is not known. A visit begun there is for
    // that customer unless another is picked, and is recorded as on site.
    Q_PROPERTY(QString customerHereId READ customerHereId NOTIFY hereChanged)
    Q_PROPERTY(QString customerHereName READ customerHereName NOTIFY hereChanged)
    // A draft from an earlier session was opened again.
    Q_PROPERTY(bool resumed READ resumed NOTIFY resumedChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    // Where on this device the draft is kept (a _local document).
    static constexpr const char *draftDocumentId = "_local/rapport-visit-draft";

    explicit VisitRecorder(QObject *parent = nullptr);

    DatabaseSession *session() const { return m_session; }
    void setSession(DatabaseSession *session);

    QString accountId() const { return field("accountId"); }
    void setAccountId(const QString &id);
    QString accountName() const;
    // An account's name as its document holds it; empty when there is no such account.
    static QString accountNameOf(const DatabaseSession &session, const QString &accountId);
    QStringList contactIds() const;
    QStringList contactNames() const;
    QString date() const { return field("date"); }
    void setDate(const QString &date);
    QString title() const { return field("title"); }
    void setTitle(const QString &title) { setField("title", title, &VisitRecorder::titleChanged); }
    QString notes() const { return field("notes"); }
    void setNotes(const QString &notes) { setField("notes", notes, &VisitRecorder::notesChanged); }
    QString outcome() const { return field("outcome"); }
    void setOutcome(const QString &outcome)
    {
        setField("outcome", outcome, &VisitRecorder::outcomeChanged);
    }
    QVariantList nextSteps() const;
    QVariantList files() const;
    QVariantList plannedToday() const { return m_plannedToday; }
    Q_INVOKABLE bool isPlannedToday(const QString &accountId) const;
    QString customerHereId() const { return m_hereId; }
    QString customerHereName() const { return m_hereName; }
    bool resumed() const { return m_resumed; }
    QString error() const { return m_error; }

    // A customer met for the first time: made on the spot, and picked.
    Q_INVOKABLE bool createAccount(const QString &name);
    Q_INVOKABLE void addContact(const QString &contactId);
    Q_INVOKABLE bool hasContact(const QString &contactId) const
    {
        return contactIds().contains(contactId);
    }
    Q_INVOKABLE void removeContact(const QString &contactId);
    // A person met for the first time, at the picked customer.
    Q_INVOKABLE bool createContact(const QString &firstName, const QString &lastName);
    // due: "YYYY-MM-DD", or empty for none.
    Q_INVOKABLE bool addNextStep(const QString &title, const QString &due);
    // A due day a thumb picks without a keyboard, counted from the session's today:
    // "tomorrow", "next-week" (in seven days), "next-month" (the same day next month).
    // "YYYY-MM-DD"; empty for anything else.
    Q_INVOKABLE QString dueDate(const QString &shortcut) const;
    Q_INVOKABLE void removeNextStep(int index);
    // A file: URL or a path; false (and why) when there is no file there.
    Q_INVOKABLE bool addFile(const QUrl &file);
    Q_INVOKABLE void removeFile(int index);

    // Saves the visit and one follow-up per next step; the draft is gone afterwards.
    Q_INVOKABLE bool finish();
    Q_INVOKABLE void discard();

signals:
    void sessionChanged();
    // One signal per part of the draft: a keystroke in the notes re-reads the notes, not the
    // customer's name and the people's from the store.
    void accountChanged();
    void peopleChanged();
    void dateChanged();
    void titleChanged();
    void notesChanged();
    void outcomeChanged();
    void nextStepsChanged();
    void filesChanged();
    void resumedChanged();
    void hereChanged();
    void errorChanged();
    void finished(const QString &visitId);

private:
    QString field(const char *key) const;
    void setField(const char *key, const QString &value, void (VisitRecorder::*changed)());
    // A whole draft loaded, finished or dropped: every part may differ.
    void draftReplaced();
    void writeDraft();
    void loadDraft();
    QVariantList readPlannedToday() const;
    // The draft was saved as a visit or dropped: Today stops offering it.
    void draftGone();
    void setError(const QString &error);
    rapport::Json freshDraft() const;
    rapport::Result<rapport::Attachments> filesToKeep() const;
    void discardCameraPhotos() const;
    // Where the device is changed: which customer is here, and a fresh visit is for them.
    void positionMoved();
    // Where the visit was: of the positions read while this draft was open, the one nearest
    // its customer's place (the person checked in at the door and typed in the car park), else
    // the latest.
    std::optional<rapport::notebook::VisitPosition> visitPosition() const;

    QPointer<DatabaseSession> m_session;
    QVariantList m_plannedToday;
    rapport::Json m_draft;
    bool m_resumed = false;
    // The draft is on the device (written since it was last saved or dropped).
    bool m_draftStored = false;
    QString m_error;
    QString m_hereId;
    QString m_hereName;
    // The positions read while this draft was open (the latest few hundred).
    std::vector<rapport::notebook::VisitPosition> m_fixes;
};
