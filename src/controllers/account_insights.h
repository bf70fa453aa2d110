#pragma once

#include "app/database_session.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

// What an account's page tells the salesperson beyond its records, read again whenever the
// notebook changes: whom to reach next there (by buying role, and when each was last seen),
// where the customer's feedback is heading, and, once it has gone quiet past its cadence, the
// question why, whose answer is kept with the account.
class AccountInsights : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DatabaseSession *session MEMBER m_session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString accountId MEMBER m_accountId WRITE setAccountId NOTIFY accountIdChanged)
    // "Nobody you know here decides. Ask Jonas Berg (influencer) who does." Empty when everyone
    // who matters was seen lately.
    Q_PROPERTY(QString reachNext READ reachNext NOTIFY changed)
    Q_PROPERTY(QString reachNextContactId READ reachNextContactId NOTIFY changed)
    // True when nobody known at the account decides: the page warns.
    Q_PROPERTY(bool noDecisionMaker READ noDecisionMaker NOTIFY changed)
    // "Improving: 3, 4, 5 out of 5". Empty without scored feedback.
    Q_PROPERTY(QString feedbackTrend READ feedbackTrend NOTIFY changed)
    // "Quiet since Thu 1 Oct: 55 days, past the 30 you aim for." Empty unless lapsed and the
    // question why is still open.
    Q_PROPERTY(QString lapsed READ lapsed NOTIFY changed)
    // "Why it went quiet (20 Nov): No need right now · back in spring". Empty if never asked.
    Q_PROPERTY(QString lastLapseAnswer READ lastLapseAnswer NOTIFY changed)
    Q_PROPERTY(QStringList lapseReasons READ lapseReasons CONSTANT)
    // Before a visit, a line each: last time, what was promised, what its people care about,
    // what it said last, a birthday coming up. Empty for a customer not yet visited.
    Q_PROPERTY(QString brief READ brief NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)

public:
    using QObject::QObject;

    void setSession(DatabaseSession *session);
    void setAccountId(const QString &accountId);
    QString reachNext() const { return m_reachNext; }
    QString reachNextContactId() const { return m_reachNextContactId; }
    bool noDecisionMaker() const { return m_noDecisionMaker; }
    QString feedbackTrend() const { return m_feedbackTrend; }
    QString lapsed() const { return m_lapsed; }
    QString lastLapseAnswer() const { return m_lastLapseAnswer; }
    QString brief() const { return m_brief; }
    static QStringList lapseReasons();
    QString error() const { return m_error; }

    // Keeps the answer with the account (its lapseNotes), dated today. A reason is needed.
    Q_INVOKABLE bool answerLapse(int reasonIndex, const QString &note);

signals:
    void sessionChanged();
    void accountIdChanged();
    void changed();

private:
    void refresh();

    QPointer<DatabaseSession> m_session;
    QString m_accountId;
    QString m_reachNext;
    QString m_reachNextContactId;
    bool m_noDecisionMaker = false;
    QString m_feedbackTrend;
    QString m_lapsed;
    QString m_lastLapseAnswer;
    QString m_brief;
    QString m_error;
};
