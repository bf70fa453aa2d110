#pragma once

#include "app/worker_thread.h"
#include "card_reader.h"

#include <QObject>
#include <functional>
#include <memory>

// Business cards read off the UI thread: one reader, its language models loaded once, on a
// thread of its own from the first card until the app ends. The answer comes back on the
// thread that asked, to the object that asked; if that object is gone by then (the page was
// left), the answer is dropped.
class CardReading : public QObject
{
    Q_OBJECT

public:
    // The app's one reader (made on first use, ended with the application object).
    static CardReading *shared();

    void read(const QString &path, QObject *asker,
              std::function<void(const rapport::cards::CardReading &)> answer);

private:
    CardReading();

    // Made on the worker's thread at the first card, used only there; destroyed after the
    // worker has ended (declared before it).
    std::unique_ptr<rapport::cards::CardReader> m_reader;
    WorkerThread m_worker;
};
