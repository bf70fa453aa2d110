#include "agent_lock.h"

#include <QDeadlineTimer>
#include <QFile>
#include <csignal>
#include <sys/types.h>

namespace rapport::platform {

AgentLock::AgentLock(const QString &databasePath) : m_file(lockPathFor(databasePath))
{
    // Never stale by age: an agent runs for days. A dead holder is found by its process id.
    m_file.setStaleLockTime(0);
}

AgentLock::~AgentLock() = default;

QString AgentLock::lockPathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral(".agent-lock");
}

bool AgentLock::tryTake()
{
    return m_file.isLocked() || m_file.tryLock(0);
}

namespace {

// Whether process `pid` is a background agent (`rapport --background`), from its command line:
// an app window that holds the lock (the same notebook opened twice) is never ended.
bool isBackgroundAgent(qint64 pid)
{
    QFile commandLine(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!commandLine.open(QIODevice::ReadOnly))
        return false;
    return commandLine.readAll().split('\0').contains("--background");
}

} // namespace

bool AgentLock::takeOver(int waitMs)
{
    if (tryTake())
        return true;
    const auto pid = holder();
    if (pid <= 0 || !isBackgroundAgent(pid))
        return false;
    ::kill(static_cast<pid_t>(pid), SIGTERM);
    const QDeadlineTimer deadline(waitMs);
    while (!deadline.hasExpired()) {
        if (m_file.tryLock(50))
            return true;
    }
    return false;
}

void AgentLock::release()
{
    if (m_file.isLocked())
        m_file.unlock();
}

qint64 AgentLock::holder() const
{
    qint64 pid = 0;
    QString host;
    QString application;
    if (!m_file.getLockInfo(&pid, &host, &application))
        return 0;
    return pid;
}

} // namespace rapport::platform
