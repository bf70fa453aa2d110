#pragma once

#include <QLockFile>
#include <QString>

namespace rapport::platform {

// One process at a time syncs and reminds for a notebook: the app while its window is open, the
// background agent (`rapport --background`) otherwise. Both may read and write the notebook
// (SQLite's WAL, one writer at a time); the lock only keeps two syncs and two sets of reminders
// from running side by side. A lock left by a process that died is taken over.
class AgentLock
{
public:
    explicit AgentLock(const QString &databasePath);
    ~AgentLock();

    AgentLock(const AgentLock &) = delete;
    AgentLock &operator=(const AgentLock &) = delete;

    bool tryTake();
    // The app starting: asks the background agent that holds the lock to end (it finishes its
    // sync) and takes the lock, waiting up to `waitMs`. Another app window holding it is left
    // alone (false): that window syncs and reminds.
    bool takeOver(int waitMs);
    void release();
    bool held() const { return m_file.isLocked(); }
    // The process holding it, 0 when none (or it cannot be told).
    qint64 holder() const;

    static QString lockPathFor(const QString &databasePath);

private:
    QLockFile m_file;
};

} // namespace rapport::platform
