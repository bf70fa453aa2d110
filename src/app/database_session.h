#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace rapport {
class Store;
}

// The app's one open database. The UI shows its state: ready, or a plain-words reason why the
// file could not be opened (a newer app's file, a damaged file), which never touches the file.
class DatabaseSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app opens the database at start")
    Q_PROPERTY(QString path READ path CONSTANT)
    Q_PROPERTY(bool ready READ ready CONSTANT)
    Q_PROPERTY(QString error READ error CONSTANT)
    Q_PROPERTY(int documentCount READ documentCount NOTIFY documentCountChanged)

public:
    explicit DatabaseSession(const QString &path, QObject *parent = nullptr);
    ~DatabaseSession() override;

    QString path() const { return m_path; }
    bool ready() const { return m_store != nullptr; }
    QString error() const { return m_error; }
    int documentCount() const;

    rapport::Store *store() const { return m_store.get(); }

signals:
    void documentCountChanged();

private:
    QString m_path;
    QString m_error;
    std::unique_ptr<rapport::Store> m_store;
};
