#include "controllers/document_editor.h"

#include "app/database_session.h"
#include "controllers/camera_roll.h"
#include "controllers/record_field_map.h"
#include "models/display_text.h"
#include "notebook/record_fields.h"
#include "store/store.h"

DocumentEditor::DocumentEditor(const char *type, QObject *parent)
    : QObject(parent), m_type(type),
      m_fields(new RecordFieldMap(
          [this](const QString &key, const QString &typed) -> QVariant {
              // The map keeps (and tells of) what this returns: the value as stored, or what
              // was typed when it was refused, so the form still shows it beside the reason.
              m_typingInto = key;
              const bool taken = enter(key, typed);
              m_typingInto.clear();
              return taken ? shownValue(*fieldNamed(key)) : QVariant(typed);
          },
          this))
{
    showFields();
}

QQmlPropertyMap *DocumentEditor::fields() const
{
    return m_fields;
}

QVariant DocumentEditor::fieldsForQml() const
{
    return QVariant::fromValue(static_cast<QObject *>(m_fields));
}

const rapport::notebook::RecordField *DocumentEditor::fieldNamed(const QString &key) const
{
    const auto name = key.toStdString();
    for (const auto &field : rapport::notebook::recordFields(m_type))
        if (field.name == name)
            return &field;
    return nullptr;
}

QString DocumentEditor::shownValue(const rapport::notebook::RecordField &field) const
{
    auto found = body().find(std::string(field.name));
    return QString::fromStdString(rapport::notebook::typedFromField(
        field.kind, found != body().end() ? *found : rapport::Json()));
}

void DocumentEditor::showField(const rapport::notebook::RecordField &field)
{
    const auto key = QString::fromUtf8(field.name.data(), qsizetype(field.name.size()));
    if (key != m_typingInto) // the map is storing it itself, and tells of it once
        m_fields->insert(key, shownValue(field));
}

// Tells of the fields whose value changed; a form's field that shows what the person typed
// (applied, so equal to the stored value) keeps it, which is what it shows anyway.
void DocumentEditor::showFields()
{
    for (const auto &field : rapport::notebook::recordFields(m_type))
        showField(field);
}

bool DocumentEditor::enter(const QString &key, const QString &typed)
{
    const auto *field = fieldNamed(key);
    if (!field) {
        // A page asked for a field its record does not have: a bug to see, not to hide.
        setError(tr("“%1” is no field of a %2.", "a bug: a page asked for a field a record lacks")
                     .arg(key, QString::fromUtf8(m_type)));
        return false;
    }
    auto value = rapport::notebook::fieldFromTyped(field->kind, typed.toStdString());
    if (!value) {
        m_refused.insert(key, display::problem(value.error()));
        setError(m_refused.value(key));
        return false;
    }
    const bool wasRefused = m_refused.remove(key) > 0;
    if (wasRefused)
        setError(m_refused.isEmpty() ? QString() : m_refused.constBegin().value());
    setMember(key.toStdString(), std::move(*value));
    return true;
}

void DocumentEditor::setSession(DatabaseSession *session)
{
    if (session == m_session)
        return;
    m_session = session;
    emit sessionChanged();
    load();
}

void DocumentEditor::setDocumentId(const QString &id)
{
    if (id == m_documentId)
        return;
    m_documentId = id;
    emit documentIdChanged();
    load();
}

void DocumentEditor::reload()
{
    load();
}

void DocumentEditor::load()
{
    m_document = rapport::Document {};
    m_document.body = rapport::Json {{"type", m_type}, {"schema", 1}};
    m_edited.clear();
    m_newFiles.clear();
    m_refused.clear();
    if (m_session && m_session->ready() && !m_documentId.isEmpty()) {
        auto found = m_session->store()->get(m_documentId.toStdString());
        if (found)
            m_document = std::move(*found);
    }
    setError({});
    showFields();
    emit loaded();
}

QString DocumentEditor::text(const QString &key) const
{
    auto found = body().find(key.toStdString());
    return found != body().end() && found->is_string()
        ? QString::fromStdString(found->get<std::string>())
        : QString();
}

void DocumentEditor::setMember(const std::string &key, rapport::Json value)
{
    auto found = m_document.body.find(key);
    if (value.is_null()) {
        if (found == m_document.body.end())
            return;
        m_document.body.erase(key);
    } else {
        if (found != m_document.body.end() && *found == value)
            return;
        m_document.body[key] = std::move(value);
    }
    m_edited.insert(QString::fromStdString(key));
    if (const auto *field = fieldNamed(QString::fromStdString(key)))
        showField(*field);
    emit loaded();
}

void DocumentEditor::setText(const QString &key, const QString &value)
{
    const auto trimmed = value.trimmed();
    setMember(key.toStdString(),
              trimmed.isEmpty() ? rapport::Json() : rapport::Json(trimmed.toStdString()));
}

int DocumentEditor::number(const QString &key) const
{
    auto found = body().find(key.toStdString());
    return found != body().end() && found->is_number_integer() ? found->get<int>() : 0;
}

void DocumentEditor::keepFile(const std::string &name, rapport::Attachment file)
{
    m_document.attachments[name] = std::move(file);
    m_newFiles.insert(QString::fromStdString(name));
}

bool DocumentEditor::save()
{
    if (!m_session || !m_session->ready()) {
        setError(tr("The notebook is not open."));
        return false;
    }
    if (!m_refused.isEmpty()) {
        setError(m_refused.constBegin().value());
        return false;
    }
    if (const auto problem = validate(); !problem.isEmpty()) {
        setError(problem);
        return false;
    }
    rapport::Document doc = m_document;
    if (doc.id.empty())
        doc.id = DatabaseSession::newDocumentId(m_type);
    return write(std::move(doc));
}

// A stale revision (a sync wrote a newer one meanwhile) is not an error the person can act on:
// the fields they changed go onto the newest revision, once.
bool DocumentEditor::write(rapport::Document doc)
{
    auto written = m_session->save(doc);
    if (!written && written.error().code == rapport::Errc::Conflict) {
        if (auto newest = m_session->store()->get(doc.id)) {
            for (const auto &key : std::as_const(m_edited)) {
                const auto name = key.toStdString();
                if (auto mine = doc.body.find(name); mine != doc.body.end())
                    newest->body[name] = *mine;
                else
                    newest->body.erase(name);
            }
            for (const auto &name : std::as_const(m_newFiles))
                newest->attachments[name.toStdString()] = doc.attachments.at(name.toStdString());
            doc = std::move(*newest);
            written = m_session->save(doc);
        }
    }
    if (!written) {
        setError(display::problem(written.error()));
        return false;
    }
    // A photo the camera took for this record is in the store now; its file goes.
    for (const auto &name : std::as_const(m_newFiles))
        if (const auto &file = doc.attachments.at(name.toStdString()).file)
            CameraRoll::discard(QString::fromStdString(file->string()));
    // Read back as stored: the save stamped the changed fields' clocks.
    auto stored = m_session->store()->get(written->id);
    m_document = stored ? std::move(*stored) : std::move(doc);
    m_edited.clear();
    m_newFiles.clear();
    setError({});
    showFields();
    if (m_documentId != QString::fromStdString(written->id)) {
        m_documentId = QString::fromStdString(written->id);
        emit documentIdChanged();
    }
    emit loaded();
    emit saved();
    return true;
}

bool DocumentEditor::remove()
{
    if (!m_session || !exists())
        return false;
    auto removed = m_session->remove(m_document.id, m_document.rev);
    if (!removed) {
        setError(display::problem(removed.error()));
        return false;
    }
    load();
    return true;
}

void DocumentEditor::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}
