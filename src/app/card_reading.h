#pragma once

#include "card_reader.h"

#include <QObject>
#include <QThread>
#include <functional>

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
    ~CardReading() override;

    void read(const QString &path, QObject *asker,
              std::function<void(const rapport::cards::CardReading &)> answer);

private:
    CardReading();

    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread, holds the reader
};
