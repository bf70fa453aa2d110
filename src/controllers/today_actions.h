#pragma once

#include "app/database_session.h"
#include "models/today_model.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

// The one-tap actions of Today's rows: congratulate someone on their birthday or anniversary
// (an e-mail or a text message opened pre-filled, or the words copied to paste anywhere), and
// answer the nudge after a visit that promised nothing (plan a follow-up, or say none is
// needed), and tick off a follow-up that is due. Each records what was done, so that the row
// says so and does not ask again.
class TodayActions : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DatabaseSession *session MEMBER m_session NOTIFY sessionChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    using QObject::QObject;

    QString error() const { return m_error; }

    // `action` is what a Today row offers (a TodayModel::Action); `documentId` the row's
    // document; `data` the row's action data (for a congratulation, the occasion:
    // "birthday-2026").
    Q_INVOKABLE bool run(int action, const QString &documentId, const QString &data);

signals:
    void sessionChanged();
    void errorChanged();

private:
    bool congratulate(const QString &contactId, const QString &occasion, TodayModel::Action via);
    bool planFollowUp(const QString &visitId);
    bool noFollowUpNeeded(const QString &visitId);
    bool markDone(const QString &followUpId);
    void setError(const QString &error);

    QPointer<DatabaseSession> m_session;
    QString m_error;
};
