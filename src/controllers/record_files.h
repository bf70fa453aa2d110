#pragma once

#include "app/database_session.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// The photos and files of one record (a person, a visit, a lead): what a page lists, adding one
// from a file (a picker's choice, a file dropped on the window, the camera's picture), and
// removing one. Each change is saved at once as an edit of the record, so it syncs like one.
class RecordFiles : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DatabaseSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString documentId READ documentId WRITE setDocumentId NOTIFY documentIdChanged)
    // Each: {name, type (content type), size ("2.4 MB"), picture (bool: shown as an image),
    // source (the image's URL for a picture, from the attachment image provider), here (false
    // while its bytes have not arrived from the server yet)}, by name.
    Q_PROPERTY(QVariantList files READ files NOTIFY filesChanged)
    Q_PROPERTY(int pictureCount READ pictureCount NOTIFY filesChanged)
    // What stopped the last change, in plain words.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit RecordFiles(QObject *parent = nullptr);

    DatabaseSession *session() const { return m_session; }
    void setSession(DatabaseSession *session);
    QString documentId() const { return m_documentId; }
    void setDocumentId(const QString &id);
    QVariantList files() const { return m_files; }
    int pictureCount() const;
    QString error() const { return m_error; }

    // The file at `file` (a file: URL or a path) becomes one of the record's, under its own
    // name (made unique: "card (2).jpg"). False, with `error` saying why, when it cannot be read,
    // is too large (file_attachment.h), or the record is gone.
    Q_INVOKABLE bool attach(const QUrl &file);
    Q_INVOKABLE bool remove(const QString &name);
    // A copy of one file where the device's other apps can open it (a signed order in a PDF
    // viewer): written once into the app's cache folder; empty, with `error`, when its bytes are
    // not here or cannot be written.
    Q_INVOKABLE QUrl openable(const QString &name);

signals:
    void sessionChanged();
    void documentIdChanged();
    void filesChanged();
    void errorChanged();

private:
    void load();
    void setError(const QString &error);
    // The record with its files changed, saved as an edit; false with the reason.
    bool save(const rapport::Document &doc);

    QPointer<DatabaseSession> m_session;
    QString m_documentId;
    QVariantList m_files;
    QString m_error;
};
