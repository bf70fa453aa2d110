#pragma once

#include "core/error.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <memory>

class QQmlEngine;
namespace rapport {
class Store;
}

// Opens the notebook for the app's session, on a worker thread, so that when a new Rapport
// indexes a kind of record differently (notebook/kind_index.h), the minute that takes on a
// large notebook passes with a window saying so and counting, not with nothing on screen (a
// phone's OS kills an app that shows nothing). Opening a current notebook shows nothing. A
// file that cannot be opened is left as it is: the session says why. Before that, the
// notebook's key is taken from the key store, and a notebook from before is encrypted
// (platform/notebook_keys.h).
class NotebookPreparation : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app prepares the notebook at start")
    Q_PROPERTY(double fraction READ fraction NOTIFY progressed)
    // "12,000 of 100,000 records", in the user's language.
    Q_PROPERTY(QString counted READ counted NOTIFY progressed)

public:
    explicit NotebookPreparation(QString path, QObject *parent = nullptr);

    // Opens the notebook, and returns it once it is open (or why it could not be), for the
    // session. The window (qml/PreparingWindow.qml, on `engine`) appears when indexing begins,
    // and goes.
    rapport::Result<std::unique_ptr<rapport::Store>> run(QQmlEngine &engine);

    double fraction() const { return m_total > 0 ? double(m_done) / double(m_total) : 0.0; }
    QString counted() const;
    // Whether indexing happened at this open (and the window was shown).
    bool indexed() const { return m_total > 0; }
    // After run(): whether the notebook is encrypted, and its key in the 0600 file because no
    // keychain runs here.
    bool encrypted() const { return m_encrypted; }
    bool keyInFile() const { return m_keyInFile; }

signals:
    void progressed();
    void finished();

private:
    void report(qint64 done, qint64 total);

    QString m_path;
    qint64 m_done = 0;
    qint64 m_total = 0;
    bool m_encrypted = false;
    bool m_keyInFile = false;
};
