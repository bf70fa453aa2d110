#pragma once

#include "app/database_session.h"
#include "app/live_reads.h"

#include <QObject>
#include <QPointer>
#include <QQmlParserStatus>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// What the Sync screen shows of the notebook's side of sync: how many changes wait to go, the
// documents the server refused (with its reason), and the person's answers to a conflict:
// restore the value that lost, or keep what the merge kept.
class SyncReview : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(DatabaseSession *session READ session WRITE setSession NOTIFY sessionChanged)
    // Whether someone sees what it counts. Counting what waits reads an index of every change
    // not yet sent (25 ms for a notebook of 620,000 never sent): one nobody sees counts again
    // only when it is seen, not at the start and at each save.
    Q_PROPERTY(bool live READ live WRITE setLive NOTIFY liveChanged)
    Q_PROPERTY(int changesWaiting READ changesWaiting NOTIFY refreshed)
    // "3 changes wait to go." for the Sync page; "3 changes waiting to go" for a summary line.
    Q_PROPERTY(QString waitingSentence READ waitingSentence NOTIFY refreshed)
    Q_PROPERTY(QString waitingSummary READ waitingSummary NOTIFY refreshed)
    // Each: {documentId, title, reason}.
    Q_PROPERTY(QVariantList rejections READ rejections NOTIFY refreshed)
    Q_PROPERTY(QString error READ error NOTIFY refreshed)

public:
    using QObject::QObject;

    DatabaseSession *session() const { return m_session; }
    void setSession(DatabaseSession *session);
    bool live() const { return m_reads.live(); }
    void setLive(bool live);
    int changesWaiting() const { return m_changesWaiting; }
    QString waitingSentence() const;
    QString waitingSummary() const;
    QVariantList rejections() const { return m_rejections; }
    QString error() const { return m_error; }

    // Reads the counts again (after a sync pushed: the notebook did not change, the count did).
    Q_INVOKABLE void refresh();
    // The value that lost comes back, as a new edit made now; the conflict leaves the list.
    Q_INVOKABLE bool restore(const QString &conflictId);
    // What the merge kept stays; the conflict leaves the list.
    Q_INVOKABLE bool dismiss(const QString &conflictId);

    // Made by QML, it counts once all its properties are set.
    void classBegin() override { m_reads.begin(); }
    void componentComplete() override;

signals:
    void sessionChanged();
    void liveChanged();
    void refreshed();

private:
    bool answer(const QString &conflictId, bool restoreLost);

    QPointer<DatabaseSession> m_session;
    LiveReads m_reads;
    int m_changesWaiting = 0;
    QVariantList m_rejections;
    QString m_error;
};
