#include "sync_policy.h"

#include <algorithm>
#include <cstdint>

namespace rapport::platform {

void SyncPolicy::dueAt(Time when)
{
    if (!m_due || when < *m_due)
        m_due = when;
}

void SyncPolicy::setSignedIn(bool signedIn, Time now)
{
    const bool wasSignedIn = m_signedIn;
    m_signedIn = signedIn;
    if (signedIn) {
        // Signing in (again) is the person's answer to a refused sign-in.
        m_signInRefused = false;
        m_failures = 0;
        m_backoffUntil.reset();
        if (!wasSignedIn)
            dueAt(now);
    } else {
        m_due.reset();
        m_editDue.reset();
        m_firstUnsentEdit.reset();
    }
}

void SyncPolicy::setOnline(bool online, Time now)
{
    const bool cameBack = online && !m_online;
    m_online = online;
    if (cameBack) {
        // A new connection is worth trying at once, whatever the last failure said.
        m_backoffUntil.reset();
        dueAt(now);
    }
}

// Typing on moves the sync later, up to the bound from the burst's first edit.
void SyncPolicy::localEdit(Time now)
{
    if (!m_firstUnsentEdit)
        m_firstUnsentEdit = now;
    m_editDue
        = std::min(now + m_timing.afterLocalEdit, *m_firstUnsentEdit + m_timing.localEditAtMost);
}

std::optional<SyncPolicy::Time> SyncPolicy::due() const
{
    if (m_due && m_editDue)
        return std::min(*m_due, *m_editDue);
    return m_due ? m_due : m_editDue;
}

void SyncPolicy::requestNow(Time now)
{
    m_backoffUntil.reset();
    m_due = now;
}

void SyncPolicy::remoteChanged(Time now)
{
    dueAt(now);
}

bool SyncPolicy::shouldStart(Time now) const
{
    const auto when = due();
    if (!mayRun() || m_running || !when || now < *when)
        return false;
    return !m_backoffUntil || now >= *m_backoffUntil;
}

void SyncPolicy::started(Time)
{
    m_running = true;
    m_due.reset();
    m_editDue.reset();
    // Edits made from here on are not in this sync: they start a new burst.
    m_firstUnsentEdit.reset();
}

void SyncPolicy::finished(Outcome outcome, Time now)
{
    m_running = false;
    switch (outcome) {
    case Outcome::Done:
        m_failures = 0;
        m_backoffUntil.reset();
        dueAt(now + m_timing.periodic);
        break;
    case Outcome::Failed: {
        const SyncTiming::ms doubled
            = m_timing.firstBackoff * (std::int64_t {1} << std::min(m_failures, 20));
        const auto wait = std::min(m_timing.maxBackoff, doubled);
        ++m_failures;
        m_backoffUntil = now + wait;
        dueAt(now + wait);
        break;
    }
    case Outcome::SignInRefused:
        m_signInRefused = true;
        m_due.reset();
        break;
    case Outcome::Cancelled:
        // Stopped on purpose (sign-out, quit): what was wanted stays wanted.
        dueAt(now);
        break;
    }
}

std::optional<SyncPolicy::Time> SyncPolicy::nextStart() const
{
    const auto when = due();
    if (!mayRun() || m_running || !when)
        return std::nullopt;
    return m_backoffUntil ? std::max(*when, *m_backoffUntil) : *when;
}

} // namespace rapport::platform
