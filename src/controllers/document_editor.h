#pragma once

#include "app/database_session.h"
#include "store/document.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QVariantList>

// Loads one document by id (or starts a new one), lets a form read and change its fields, and
// saves it through the session. Fields the form does not know (from a newer app) stay as they
// are. When a sync changed the document while the form was open, save() applies the form's
// changes to the newer revision instead of failing: nothing the person typed is lost.
class DocumentEditor : public QObject
{
    Q_OBJECT
    Q_PROPERTY(DatabaseSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString documentId READ documentId WRITE setDocumentId NOTIFY documentIdChanged)
    // False for a new document, and for an id that is not (or no longer) in the notebook.
    Q_PROPERTY(bool exists READ exists NOTIFY loaded)
    // Grows with every load and edit, so that bindings over text(...) read again.
    Q_PROPERTY(int changes READ changes NOTIFY loaded)
    // What stopped the last save, in plain words.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit DocumentEditor(const char *type, QObject *parent = nullptr);

    DatabaseSession *session() const { return m_session; }
    void setSession(DatabaseSession *session);
    QString documentId() const { return m_documentId; }
    void setDocumentId(const QString &id);
    bool exists() const { return !m_document.rev.empty(); }
    int changes() const { return m_changes; }
    QString error() const { return m_error; }

    Q_INVOKABLE QString text(const QString &key) const;
    // Trimmed; an empty value removes the field.
    Q_INVOKABLE void setText(const QString &key, const QString &value);
    Q_INVOKABLE QStringList list(const QString &key) const;
    Q_INVOKABLE void setList(const QString &key, const QStringList &values);
    // The list as a person reads and types it: "sailing, jazz".
    Q_INVOKABLE QString joinedList(const QString &key) const;
    // A whole number, or 0 when there is none.
    Q_INVOKABLE int number(const QString &key) const;
    // Takes what the person typed; anything but a whole number (or nothing) is refused with a
    // message, and the field keeps its value.
    Q_INVOKABLE bool setNumber(const QString &key, const QString &typed);

    Q_INVOKABLE bool save();
    Q_INVOKABLE bool remove();
    // Back to the stored revision, dropping unsaved changes.
    Q_INVOKABLE void reload();

signals:
    void sessionChanged();
    void documentIdChanged();
    void loaded();
    void errorChanged();
    void saved();

protected:
    // Why the document cannot be saved as it is (a missing name, an invalid date), or empty.
    virtual QString validate() const { return {}; }
    const rapport::Json &body() const { return m_document.body; }
    void setMember(const std::string &key, rapport::Json value);
    void setError(const QString &error);

private:
    void load();
    bool write(rapport::Document doc);

    const char *m_type;
    QPointer<DatabaseSession> m_session;
    QString m_documentId;
    rapport::Document m_document;
    QSet<QString> m_edited; // the fields changed since the last load
    int m_changes = 0;
    QString m_error;
};
