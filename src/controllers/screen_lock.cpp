#include "controllers/screen_lock.h"

#include "core/passcode.h"
#include "models/display_text.h"
#include "store/store.h"

#include <QDateTime>
#include <QGuiApplication>

namespace {

constexpr const char *stateId = "_local/rapport-screen-lock";

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

ScreenLock::ScreenLock(QObject *parent) : QObject(parent)
{
    m_waitClock.setInterval(1000);
    connect(&m_waitClock, &QTimer::timeout, this, &ScreenLock::tick);
    // Another app, the screen off, and back.
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        connect(app, &QGuiApplication::applicationStateChanged, this,
                [this](Qt::ApplicationState state) {
                    if (state == Qt::ApplicationActive)
                        cameBack();
                    else
                        wentAway();
                });
}

void ScreenLock::setSession(DatabaseSession *session)
{
    if (session == m_session)
        return;
    m_session = session;
    load();
    // At start, the passcode is asked before anything shows.
    m_locked = hasPasscode();
    emit changed();
}

void ScreenLock::load()
{
    m_state = rapport::Json::object();
    if (!m_session || !m_session->ready())
        return;
    if (auto stored = m_session->store()->getLocal(stateId); stored && stored->is_object())
        m_state = std::move(*stored);
}

bool ScreenLock::save()
{
    if (!m_session || !m_session->ready())
        return false;
    if (auto saved = m_session->store()->putLocal(stateId, m_state); !saved) {
        setError(display::problem(saved.error()));
        return false;
    }
    return true;
}

bool ScreenLock::hasPasscode() const
{
    return m_state.contains("passcode")
        && rapport::Passcode::fromJson(m_state["passcode"]).has_value();
}

bool ScreenLock::standMode() const
{
    return m_state.value("standMode", false);
}

int ScreenLock::awayMinutes() const
{
    return m_state.value("awayMinutes", 5);
}

void ScreenLock::setAwayMinutes(int minutes)
{
    if (minutes < 0 || minutes == awayMinutes())
        return;
    m_state["awayMinutes"] = minutes;
    save();
    emit changed();
}

int ScreenLock::waitSeconds() const
{
    const auto passcode
        = hasPasscode() ? rapport::Passcode::fromJson(m_state["passcode"]) : std::nullopt;
    return passcode ? static_cast<int>((passcode->waitMs(now()) + 999) / 1000) : 0;
}

bool ScreenLock::accepts(const QString &typed)
{
    auto passcode = rapport::Passcode::fromJson(m_state["passcode"]);
    if (!passcode)
        return false;
    const auto answer = passcode->check(typed.toStdString(), now());
    m_state["passcode"] = passcode->toJson();
    save();
    switch (answer) {
    case rapport::Passcode::Answer::Right:
        setError({});
        return true;
    case rapport::Passcode::Answer::Wait:
        showWait(tr("Too many wrong tries."));
        return false;
    case rapport::Passcode::Answer::Wrong:
        if (waitSeconds() > 0)
            showWait(tr("That is not the passcode."));
        else
            setError(tr("That is not the passcode."));
        return false;
    }
    return false;
}

bool ScreenLock::choosePasscode(const QString &typed, const QString &again, const QString &current)
{
    if (hasPasscode() && !accepts(current)) {
        emit changed();
        return false;
    }
    if (typed != again) {
        setError(tr("The two passcodes differ. Type the same one twice."));
        return false;
    }
    const auto passcode = rapport::Passcode::choose(typed.toStdString());
    if (!passcode) {
        setError(tr("A passcode is 4 to 12 digits."));
        return false;
    }
    m_state["passcode"] = passcode->toJson();
    if (!save())
        return false;
    setError({});
    emit changed();
    return true;
}

bool ScreenLock::removePasscode(const QString &current)
{
    if (!hasPasscode())
        return true;
    if (!accepts(current)) {
        emit changed();
        return false;
    }
    m_state.erase("passcode");
    m_locked = false;
    save();
    emit changed();
    return true;
}

bool ScreenLock::unlock(const QString &typed)
{
    if (!m_locked)
        return true;
    const bool right = accepts(typed);
    if (right)
        m_locked = false;
    emit changed();
    return right;
}

void ScreenLock::wentAway()
{
    // Inactive, then hidden, then suspended: away since the first.
    if (m_awaySince == 0)
        m_awaySince = now();
}

void ScreenLock::cameBack()
{
    if (m_awaySince == 0)
        return;
    const qint64 away = now() - m_awaySince;
    m_awaySince = 0;
    if (!standMode() && away >= qint64 {awayMinutes()} * 60000)
        lockNow();
}

void ScreenLock::lockNow()
{
    if (!hasPasscode() || m_locked)
        return;
    m_locked = true;
    emit changed();
}

void ScreenLock::enterStandMode()
{
    if (standMode())
        return;
    m_state["standMode"] = true;
    save();
    emit changed();
}

bool ScreenLock::leaveStandMode(const QString &typed)
{
    if (!standMode())
        return true;
    if (hasPasscode() && !accepts(typed)) {
        emit changed();
        return false;
    }
    m_state["standMode"] = false;
    // Whoever typed the passcode to leave has unlocked the screen too.
    m_locked = false;
    save();
    emit changed();
    return true;
}

void ScreenLock::showWait(const QString &sentence)
{
    m_waitSentence = sentence;
    m_waitClock.start();
    tick();
}

void ScreenLock::tick()
{
    const int seconds = waitSeconds();
    if (seconds <= 0) {
        setError({});
        return;
    }
    // Not through setError, which stops the clock; waitSeconds is read afresh too.
    m_error
        = m_waitSentence + QLatin1Char(' ') + tr("Try again in %n second(s).", nullptr, seconds);
    emit changed();
}

void ScreenLock::setError(const QString &error)
{
    // Any other answer ends the count-down shown.
    m_waitClock.stop();
    if (error == m_error)
        return;
    m_error = error;
    emit changed();
}
