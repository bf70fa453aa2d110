#include "app/card_reading.h"

#include <QCoreApplication>
#include <QPointer>
#include <memory>

namespace {

// The reader's home on the worker thread: made there, so that Tesseract is only ever used by
// the thread that made it.
class ReaderHolder : public QObject
{
public:
    rapport::cards::CardReader &reader()
    {
        if (!m_reader)
            m_reader = std::make_unique<rapport::cards::CardReader>();
        return *m_reader;
    }

private:
    std::unique_ptr<rapport::cards::CardReader> m_reader;
};

} // namespace

CardReading *CardReading::shared()
{
    static QPointer<CardReading> instance;
    if (!instance) {
        instance = new CardReading();
        instance->setParent(QCoreApplication::instance());
    }
    return instance;
}

CardReading::CardReading()
{
    m_thread.setObjectName(QStringLiteral("cardReader")); // for a debugger, not a person
    auto *holder = new ReaderHolder();
    holder->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, holder, &QObject::deleteLater);
    m_worker = holder;
    m_thread.start(QThread::LowPriority);
}

CardReading::~CardReading()
{
    m_thread.quit();
    m_thread.wait();
}

void CardReading::read(const QString &path, QObject *asker,
                       std::function<void(const rapport::cards::CardReading &)> answer)
{
    auto *holder = static_cast<ReaderHolder *>(m_worker);
    QPointer<QObject> guard(asker);
    QMetaObject::invokeMethod(holder, [this, holder, path, guard, answer = std::move(answer)] {
        const rapport::cards::CardReading reading = holder->reader().read(path);
        // Back on this object's thread (the asker's), where the guard can be trusted: the
        // asker may have been deleted while the card was read.
        QMetaObject::invokeMethod(
            this,
            [guard, answer, reading] {
                if (guard)
                    answer(reading);
            },
            Qt::QueuedConnection);
    });
}
