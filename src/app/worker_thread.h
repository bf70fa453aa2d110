#pragma once

#include <QObject>
#include <QThread>
#include <utility>

// A thread of its own for slow work a screen asks for (a card read, a camera frame searched for
// a code): work posted to it runs there one piece after another; it ends with its owner, after
// the piece it is doing.
class WorkerThread
{
public:
    explicit WorkerThread(const QString &name);
    ~WorkerThread();
    WorkerThread(const WorkerThread &) = delete;
    WorkerThread &operator=(const WorkerThread &) = delete;

    template<typename Work> void post(Work &&work)
    {
        QMetaObject::invokeMethod(m_context, std::forward<Work>(work));
    }

private:
    QThread m_thread;
    QObject *m_context; // lives on m_thread: what posted work runs in
};
