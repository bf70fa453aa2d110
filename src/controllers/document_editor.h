#pragma once

#include "app/database_session.h"
#include "store/document.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQmlPropertyMap>
#include <QSet>
#include <QStringList>
#include <QVariantList>

namespace rapport::notebook {
struct RecordField;
}
class RecordFieldMap;

// Loads one document by id (or starts a new one), lets a form read and change its fields, and
// saves it through the session. The fields are those the record's kind declares
// (notebook/record_fields.h), each a property of `fields` with its own change signal; what a
// person types into one becomes what the field's kind keeps, or is refused with a message (and
// the record cannot be saved until it is typed again). Fields the form does not know (from a newer
// app) stay as they are. When a sync changed the document while the form was open, save() applies
// the form's changes to the newer revision instead of failing: nothing the person typed is lost.
class DocumentEditor : public QObject
{
    Q_OBJECT
    Q_PROPERTY(DatabaseSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString documentId READ documentId WRITE setDocumentId NOTIFY documentIdChanged)
    // False for a new document, and for an id that is not (or no longer) in the notebook.
    Q_PROPERTY(bool exists READ exists NOTIFY loaded)
    // One property per field of the kind: `editor.fields.firstName`, as the form shows it
    // ("sailing, jazz" for a list, "02-29" for a birthday without its year, "" for none). A
    // `var` to QML: the names are the kind's, and qmllint cannot see a property map's names.
    Q_PROPERTY(QVariant fields READ fieldsForQml CONSTANT)
    // What stopped the last save, in plain words.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit DocumentEditor(const char *type, QObject *parent = nullptr);

    DatabaseSession *session() const { return m_session; }
    void setSession(DatabaseSession *session);
    QString documentId() const { return m_documentId; }
    void setDocumentId(const QString &id);
    bool exists() const { return !m_document.rev.empty(); }
    QQmlPropertyMap *fields() const;
    QVariant fieldsForQml() const;
    QString error() const { return m_error; }

    // What a person typed into one of the kind's fields (what a form's write to `fields` does).
    // Text that is no value of the field's kind is refused with a message: the field keeps its
    // value, and save() refuses until the field is typed again.
    bool enter(const QString &key, const QString &typed);
    // A text member as stored ("" when missing).
    QString text(const QString &key) const;
    // Trimmed; an empty value removes the member.
    void setText(const QString &key, const QString &value);
    // A whole number, or 0 when there is none.
    int number(const QString &key) const;

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
    // A file the record keeps from its next save on (the picture a lead's badge was read from),
    // under `name`; dropped by reload().
    void keepFile(const std::string &name, rapport::Attachment file);

private:
    void load();
    bool write(rapport::Document doc);
    const rapport::notebook::RecordField *fieldNamed(const QString &key) const;
    // The form's view of one field, or of all of them, after the body changed.
    QString shownValue(const rapport::notebook::RecordField &field) const;
    void showField(const rapport::notebook::RecordField &field);
    void showFields();

    const char *m_type;
    QPointer<DatabaseSession> m_session;
    QString m_documentId;
    rapport::Document m_document;
    QSet<QString> m_edited; // the fields changed since the last load
    QSet<QString> m_newFiles; // the files kept since the last load (keepFile)
    QHash<QString, QString> m_refused; // fields whose typed text was refused, and why
    RecordFieldMap *m_fields;
    QString m_typingInto; // the field the form is writing, while it writes
    QString m_error;
};
