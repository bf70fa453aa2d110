#pragma once

#include <chrono>
#include <optional>

namespace rapport::platform {

// The numbers that shape when sync runs, named and explained in one place.
struct SyncTiming
{
    using ms = std::chrono::milliseconds;
    // A local edit goes up this long after the last keystroke of a burst of typing...
    ms afterLocalEdit {std::chrono::seconds(3)};
    // ...but never later than this after the first edit of the burst, however long it lasts.
    ms localEditAtMost {std::chrono::seconds(15)};
    // A full sync at least this often while online, whatever the changes feed says.
    ms periodic {std::chrono::minutes(5)};
    // After a failed sync: the first wait, doubled per failure up to the cap.
    ms firstBackoff {std::chrono::seconds(2)};
    ms maxBackoff {std::chrono::minutes(5)};
};

// When to sync: the scheduler's rules as a pure state machine over the events the app sees.
// Time comes in with each event; nothing here reads a clock, starts a thread or waits, so
// every rule is tested with a made-up clock.
//
// Rules: sync when the app starts and when the connection comes back; a few seconds after
// local edits (debounced, bounded); at once when asked or when the server's changes feed says
// something changed; periodically while online. Never two at once: what is asked meanwhile runs
// right after. A failure backs off exponentially; a refused sign-in (401/403) stops everything
// until the person signs in again. Offline or signed out, nothing runs.
class SyncPolicy
{
public:
    using Clock = std::chrono::steady_clock;
    using Time = Clock::time_point;
    enum class Outcome { Done, Failed, SignInRefused, Cancelled };

    explicit SyncPolicy(SyncTiming timing = {}) : m_timing(timing) { }

    void setSignedIn(bool signedIn, Time now);
    void setOnline(bool online, Time now);
    void localEdit(Time now);
    void requestNow(Time now);
    void remoteChanged(Time now);

    // Whether a sync should start now; when it does, the caller runs it and calls finished().
    bool shouldStart(Time now) const;
    void started(Time now);
    void finished(Outcome outcome, Time now);

    // When shouldStart() will next say yes, if nothing else happens; empty: not until an event.
    std::optional<Time> nextStart() const;
    bool running() const { return m_running; }
    bool stoppedBySignIn() const { return m_signInRefused; }
    bool online() const { return m_online; }
    int failures() const { return m_failures; }

private:
    bool mayRun() const { return m_signedIn && m_online && !m_signInRefused; }
    void dueAt(Time when);
    std::optional<Time> due() const;

    SyncTiming m_timing;
    bool m_signedIn = false;
    bool m_online = false;
    bool m_signInRefused = false;
    bool m_running = false;
    int m_failures = 0;
    std::optional<Time> m_due; // the next sync, when one is wanted (start, reconnect, ...)
    std::optional<Time> m_editDue; // the sync that takes local edits up, debounced
    std::optional<Time> m_firstUnsentEdit; // start of the current burst of local edits
    std::optional<Time> m_backoffUntil;
};

} // namespace rapport::platform
