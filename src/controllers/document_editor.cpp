#include "controllers/document_editor.h"

#include "app/database_session.h"
#include "models/display_text.h"
#include "store/store.h"

DocumentEditor::DocumentEditor(const char *type, QObject *parent)
    : QObject(parent), m_type(type) { }

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
    if (m_session && m_session->ready() && !m_documentId.isEmpty()) {
        auto found = m_session->store()->get(m_documentId.toStdString());
        if (found)
            m_document = std::move(*found);
    }
    setError({});
    ++m_changes;
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
    ++m_changes;
    emit loaded();
}

void DocumentEditor::setText(const QString &key, const QString &value)
{
    const auto trimmed = value.trimmed();
    setMember(key.toStdString(),
              trimmed.isEmpty() ? rapport::Json() : rapport::Json(trimmed.toStdString()));
}

QStringList DocumentEditor::list(const QString &key) const
{
    QStringList out;
    auto found = body().find(key.toStdString());
    if (found != body().end() && found->is_array())
        for (const auto &item : *found)
            if (item.is_string())
                out.append(QString::fromStdString(item.get<std::string>()));
    return out;
}

QString DocumentEditor::joinedList(const QString &key) const
{
    return list(key).join(QStringLiteral(", "));
}

void DocumentEditor::setList(const QString &key, const QStringList &values)
{
    auto array = rapport::Json::array();
    for (const auto &value : values) {
        const auto trimmed = value.trimmed().toStdString();
        if (!trimmed.empty() && std::find(array.begin(), array.end(), trimmed) == array.end())
            array.push_back(trimmed);
    }
    setMember(key.toStdString(), array.empty() ? rapport::Json() : array);
}

int DocumentEditor::number(const QString &key) const
{
    auto found = body().find(key.toStdString());
    return found != body().end() && found->is_number_integer() ? found->get<int>() : 0;
}

bool DocumentEditor::setNumber(const QString &key, const QString &typed)
{
    const auto trimmed = typed.trimmed();
    if (trimmed.isEmpty()) {
        setMember(key.toStdString(), rapport::Json());
        return true;
    }
    bool ok = false;
    const qlonglong value = trimmed.toLongLong(&ok);
    if (!ok || value < 0) {
        setError(QStringLiteral("“%1” is not a whole number.").arg(trimmed));
        return false;
    }
    setError({});
    setMember(key.toStdString(), rapport::Json(static_cast<std::int64_t>(value)));
    return true;
}

bool DocumentEditor::save()
{
    if (!m_session || !m_session->ready()) {
        setError(QStringLiteral("The notebook is not open."));
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
            doc = std::move(*newest);
            written = m_session->save(doc);
        }
    }
    if (!written) {
        setError(display::problem(written.error()));
        return false;
    }
    // Read back as stored: the save stamped the changed fields' clocks.
    auto stored = m_session->store()->get(written->id);
    m_document = stored ? std::move(*stored) : std::move(doc);
    m_edited.clear();
    setError({});
    if (m_documentId != QString::fromStdString(written->id)) {
        m_documentId = QString::fromStdString(written->id);
        emit documentIdChanged();
    }
    ++m_changes;
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
