#include "app/notebook_preparation.h"

#include "notebook/notebook_index.h"
#include "notebook_keys.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLocale>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QStandardPaths>
#include <QThread>
#include <memory>

NotebookPreparation::NotebookPreparation(QString path, QObject *parent)
    : QObject(parent), m_path(std::move(path))
{ }

QString NotebookPreparation::counted() const
{
    const QLocale locale;
    return tr("%1 of %2 records").arg(locale.toString(m_done), locale.toString(m_total));
}

void NotebookPreparation::report(qint64 done, qint64 total)
{
    m_done = done;
    m_total = total;
    emit progressed();
}

rapport::Result<std::unique_ptr<rapport::Store>> NotebookPreparation::run(QQmlEngine &engine)
{
    const auto path = m_path.toStdString();
    // Opened on the worker, used on this thread once the worker is done: one connection, never
    // used by two threads at once.
    rapport::Result<std::unique_ptr<rapport::Store>> opened
        = rapport::Error {rapport::Errc::Internal, "the notebook was not opened"};
    // `this` outlives the worker: run() waits for it.
    std::unique_ptr<QThread> worker(QThread::create([path, this, &opened] {
        // What the worker hears goes to the main thread, where the window counts.
        const auto progress = [this](std::int64_t done, std::int64_t total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { report(done, total); }, Qt::QueuedConnection);
        };
        // The key first (and a notebook from before encrypted with it), where the sync's
        // password is kept; then the store opens and indexes what is out of date. Errors are
        // the session's to show.
        rapport::platform::CredentialStore keys(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        auto lock = rapport::platform::unlockNotebook(m_path, keys);
        if (!lock) {
            opened = lock.error();
            return;
        }
        m_encrypted = lock->encrypted;
        m_keyInFile = lock->keptIn == rapport::platform::CredentialStore::Where::File;
        opened = rapport::notebook::openStore(path, rapport::Store::Access::ReadWrite, progress);
    }));
    QEventLoop loop;
    connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    std::unique_ptr<QObject> window;
    const auto showWindow = connect(this, &NotebookPreparation::progressed, this, [&] {
        if (window)
            return;
        QQmlComponent component(&engine,
                                QUrl(QStringLiteral("qrc:/Rapport/qml/PreparingWindow.qml")));
        window.reset(component.createWithInitialProperties(
            {{QStringLiteral("preparation"), QVariant::fromValue(this)}}));
        if (!window)
            qWarning("%s", qPrintable(component.errorString()));
    });
    worker->start();
    loop.exec();
    worker->wait();
    // What the worker posted last arrives before the window goes.
    QCoreApplication::sendPostedEvents(this);
    disconnect(showWindow);
    emit finished();
    return opened;
}
