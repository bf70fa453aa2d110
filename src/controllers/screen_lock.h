#pragma once

#include "app/database_session.h"
#include "core/json.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

// What guards the screen on this device (issue 19): an optional passcode, asked at start and
// after the app was away longer than the person chose, and stand mode, in which a trade-show
// tablet shows nothing but the lead form. Kept in the notebook as a _local document (encrypted
// with it, never synced): the passcode as a salted hash (core/passcode.h), its wrong tries, the
// wait they earned, the time away allowed, and whether stand mode is on, which all survive a
// restart. It guards the screen; it is not the key (the key stays in the keychain).
class ScreenLock : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DatabaseSession *session READ session WRITE setSession NOTIFY changed)
    Q_PROPERTY(bool hasPasscode READ hasPasscode NOTIFY changed)
    // The screen is covered until the passcode is typed.
    Q_PROPERTY(bool locked READ locked NOTIFY changed)
    Q_PROPERTY(bool standMode READ standMode NOTIFY changed)
    // Minutes away after which the passcode is asked again (0: every time).
    Q_PROPERTY(int awayMinutes READ awayMinutes WRITE setAwayMinutes NOTIFY changed)
    // Seconds before the next try is taken, after too many wrong ones.
    Q_PROPERTY(int waitSeconds READ waitSeconds NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)

public:
    explicit ScreenLock(QObject *parent = nullptr);

    DatabaseSession *session() const { return m_session; }
    void setSession(DatabaseSession *session);
    bool hasPasscode() const;
    bool locked() const { return m_locked; }
    bool standMode() const;
    int awayMinutes() const;
    void setAwayMinutes(int minutes);
    int waitSeconds() const;
    QString error() const { return m_error; }

    // A new passcode, typed twice; false (and `error`) when they differ or it is not 4 to 12
    // digits. Changing or removing one needs the current one.
    Q_INVOKABLE bool choosePasscode(const QString &typed, const QString &again,
                                    const QString &current = {});
    Q_INVOKABLE bool removePasscode(const QString &current);
    Q_INVOKABLE bool unlock(const QString &typed);
    // The app went to the background, and came back: locked again when away too long. Called
    // by the application's state changes, as they happen.
    // (In stand mode nothing locks: the lead form is what visitors are meant to see.)
    Q_INVOKABLE void wentAway();
    Q_INVOKABLE void cameBack();
    // Before handing the device to someone.
    Q_INVOKABLE void lockNow();
    Q_INVOKABLE void enterStandMode();
    // With a passcode, it must be typed (and the screen is then unlocked too); without one, the
    // caller has asked for a deliberate long press and a confirmation.
    Q_INVOKABLE bool leaveStandMode(const QString &typed = {});

signals:
    void changed();

private:
    void load();
    bool save();
    // The passcode typed rightly (counting a wrong try, or refusing during a wait).
    bool accepts(const QString &typed);
    void setError(const QString &error);
    // The error that says how long to wait, counted down each second until the wait is over.
    void showWait(const QString &sentence);
    void tick();

    QPointer<DatabaseSession> m_session;
    rapport::Json m_state = rapport::Json::object();
    bool m_locked = false;
    qint64 m_awaySince = 0;
    QString m_error;
    QString m_waitSentence;
    QTimer m_waitClock;
};
