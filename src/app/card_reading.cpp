#include "app/card_reading.h"

#include <QCoreApplication>
#include <QPointer>

CardReading *CardReading::shared()
{
    static QPointer<CardReading> instance;
    if (!instance) {
        instance = new CardReading();
        instance->setParent(QCoreApplication::instance());
    }
    return instance;
}

// A name for a debugger, not a person.
CardReading::CardReading() : m_worker(QStringLiteral("cardReader")) { }

void CardReading::read(const QString &path, QObject *asker,
                       std::function<void(const rapport::cards::CardReading &)> answer)
{
    QPointer<QObject> guard(asker);
    m_worker.post([this, path, guard, answer = std::move(answer)] {
        if (!m_reader)
            m_reader = std::make_unique<rapport::cards::CardReader>();
        const rapport::cards::CardReading reading = m_reader->read(path);
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
