#include "controllers/visit_recorder.h"

#include "app/database_session.h"
#include "models/display_text.h"
#include "store/store.h"

namespace {

constexpr const char *draftId = "_local/rapport-visit-draft";

bool isIsoDate(const QString &text)
{
    return text.size() == 10 && QDate::fromString(text, Qt::ISODate).isValid();
}

} // namespace

VisitRecorder::VisitRecorder(QObject *parent)
    : QObject(parent), m_draft(rapport::Json::object()) { }

void VisitRecorder::setSession(DatabaseSession *session)
{
    if (session == m_session)
        return;
    m_session = session;
    emit sessionChanged();
    loadDraft();
}

rapport::Json VisitRecorder::freshDraft() const
{
    const auto today = m_session ? m_session->today() : QDate::currentDate();
    return rapport::Json {{"date", display::isoDate(today)}};
}

void VisitRecorder::loadDraft()
{
    m_draft = freshDraft();
    m_resumed = false;
    if (m_session && m_session->ready()) {
        auto stored = m_session->store()->getLocal(draftId);
        if (stored && stored->is_object()) {
            m_draft = std::move(*stored);
            m_resumed = true;
        }
    }
    emit changed();
}

// Durable before the keystroke's event returns: a kill right after loses nothing.
void VisitRecorder::writeDraft()
{
    if (!m_session || !m_session->ready())
        return;
    auto written = m_session->store()->putLocal(draftId, m_draft);
    setError(written ? QString()
                     : QStringLiteral("The draft could not be saved: %1")
                           .arg(display::problem(written.error())));
}

QString VisitRecorder::field(const char *key) const
{
    auto found = m_draft.find(key);
    return found != m_draft.end() && found->is_string()
        ? QString::fromStdString(found->get<std::string>())
        : QString();
}

void VisitRecorder::setField(const char *key, const QString &value)
{
    if (field(key) == value)
        return;
    m_draft[key] = value.toStdString();
    writeDraft();
    emit changed();
}

void VisitRecorder::setAccountId(const QString &id)
{
    if (id == accountId())
        return;
    // People met belong to the customer visited: another customer starts with nobody picked.
    m_draft["contactIds"] = rapport::Json::array();
    setField("accountId", id);
}

QString VisitRecorder::accountName() const
{
    if (!m_session || !m_session->ready() || accountId().isEmpty())
        return {};
    auto account = m_session->store()->get(accountId().toStdString());
    return account ? QString::fromStdString(account->body.value("name", std::string())) : QString();
}

QStringList VisitRecorder::contactIds() const
{
    QStringList out;
    if (auto found = m_draft.find("contactIds"); found != m_draft.end() && found->is_array())
        for (const auto &id : *found)
            if (id.is_string())
                out.append(QString::fromStdString(id.get<std::string>()));
    return out;
}

QStringList VisitRecorder::contactNames() const
{
    QStringList out;
    if (!m_session || !m_session->ready())
        return out;
    for (const auto &id : contactIds()) {
        auto contact = m_session->store()->get(id.toStdString());
        if (!contact)
            continue;
        const auto name
            = QString::fromStdString(contact->body.value("firstName", std::string()) + " "
                                     + contact->body.value("lastName", std::string()))
                  .trimmed();
        out.append(name);
    }
    return out;
}

void VisitRecorder::setDate(const QString &date)
{
    if (!isIsoDate(date.trimmed())) {
        setError(QStringLiteral("“%1” is not a date. Type it as 2026-11-25.").arg(date));
        return;
    }
    setError({});
    setField("date", date.trimmed());
}

QVariantList VisitRecorder::nextSteps() const
{
    QVariantList out;
    if (auto found = m_draft.find("nextSteps"); found != m_draft.end() && found->is_array())
        for (const auto &step : *found)
            out.append(QVariantMap {
                {QStringLiteral("title"),
                 QString::fromStdString(step.value("title", std::string()))},
                {QStringLiteral("due"), QString::fromStdString(step.value("due", std::string()))}});
    return out;
}

bool VisitRecorder::createAccount(const QString &name)
{
    if (!m_session || !m_session->ready())
        return false;
    if (name.trimmed().isEmpty()) {
        setError(QStringLiteral("A new customer needs a name."));
        return false;
    }
    rapport::Document account;
    account.id = DatabaseSession::newDocumentId("account");
    account.body = rapport::Json {
        {"type", "account"}, {"schema", 1}, {"name", name.trimmed().toStdString()}};
    auto saved = m_session->save(account);
    if (!saved) {
        setError(display::problem(saved.error()));
        return false;
    }
    setError({});
    setAccountId(QString::fromStdString(saved->id));
    return true;
}

void VisitRecorder::addContact(const QString &contactId)
{
    auto ids = contactIds();
    if (contactId.isEmpty() || ids.contains(contactId))
        return;
    m_draft["contactIds"].push_back(contactId.toStdString());
    writeDraft();
    emit changed();
}

void VisitRecorder::removeContact(const QString &contactId)
{
    auto ids = m_draft.value("contactIds", rapport::Json::array());
    auto kept = rapport::Json::array();
    for (const auto &id : ids)
        if (id != contactId.toStdString())
            kept.push_back(id);
    m_draft["contactIds"] = kept;
    writeDraft();
    emit changed();
}

bool VisitRecorder::createContact(const QString &firstName, const QString &lastName)
{
    if (!m_session || !m_session->ready())
        return false;
    if (firstName.trimmed().isEmpty() && lastName.trimmed().isEmpty()) {
        setError(QStringLiteral("A person needs a first or a last name."));
        return false;
    }
    rapport::Document contact;
    contact.id = DatabaseSession::newDocumentId("contact");
    contact.body = rapport::Json {{"type", "contact"}, {"schema", 1}};
    if (!firstName.trimmed().isEmpty())
        contact.body["firstName"] = firstName.trimmed().toStdString();
    if (!lastName.trimmed().isEmpty())
        contact.body["lastName"] = lastName.trimmed().toStdString();
    if (!accountId().isEmpty())
        contact.body["accountId"] = accountId().toStdString();
    auto saved = m_session->save(contact);
    if (!saved) {
        setError(display::problem(saved.error()));
        return false;
    }
    setError({});
    addContact(QString::fromStdString(saved->id));
    return true;
}

bool VisitRecorder::addNextStep(const QString &title, const QString &due)
{
    if (title.trimmed().isEmpty()) {
        setError(QStringLiteral("Say what the next step is."));
        return false;
    }
    if (!due.trimmed().isEmpty() && !isIsoDate(due.trimmed())) {
        setError(QStringLiteral("“%1” is not a date. Type it as 2026-11-25.").arg(due.trimmed()));
        return false;
    }
    rapport::Json step {{"title", title.trimmed().toStdString()}};
    if (!due.trimmed().isEmpty())
        step["due"] = due.trimmed().toStdString();
    if (!m_draft.contains("nextSteps") || !m_draft["nextSteps"].is_array())
        m_draft["nextSteps"] = rapport::Json::array();
    m_draft["nextSteps"].push_back(std::move(step));
    setError({});
    writeDraft();
    emit changed();
    return true;
}

void VisitRecorder::removeNextStep(int index)
{
    auto found = m_draft.find("nextSteps");
    if (found == m_draft.end() || !found->is_array() || index < 0
        || index >= static_cast<int>(found->size()))
        return;
    found->erase(static_cast<std::size_t>(index));
    writeDraft();
    emit changed();
}

bool VisitRecorder::finish()
{
    if (!m_session || !m_session->ready())
        return false;
    if (accountId().isEmpty()) {
        setError(QStringLiteral("Pick the customer you visited (or add a new one)."));
        return false;
    }
    rapport::Document visit;
    visit.id = DatabaseSession::newDocumentId("visit");
    visit.body = rapport::Json {{"type", "visit"},
                                {"schema", 1},
                                {"accountId", accountId().toStdString()},
                                {"contactIds", m_draft.value("contactIds", rapport::Json::array())},
                                {"date", date().toStdString()}};
    for (const char *key : {"title", "notes", "outcome"})
        if (!field(key).trimmed().isEmpty())
            visit.body[key] = field(key).trimmed().toStdString();
    std::vector<rapport::Document> docs;
    auto steps = rapport::Json::array();
    const auto contacts = contactIds();
    for (const auto &step : m_draft.value("nextSteps", rapport::Json::array())) {
        steps.push_back(step.value("title", std::string()));
        rapport::Document followUp;
        followUp.id = DatabaseSession::newDocumentId("followup");
        followUp.body = rapport::Json {{"type", "followup"},
                                       {"schema", 1},
                                       {"title", step.value("title", std::string())},
                                       {"done", false},
                                       {"accountId", accountId().toStdString()},
                                       {"visitId", visit.id}};
        if (step.contains("due"))
            followUp.body["due"] = step["due"];
        if (!contacts.isEmpty())
            followUp.body["contactId"] = contacts.first().toStdString();
        docs.push_back(std::move(followUp));
    }
    if (!steps.empty())
        visit.body["nextSteps"] = steps;
    docs.insert(docs.begin(), visit);
    if (auto saved = m_session->saveAll(docs); !saved) {
        setError(QStringLiteral("The visit could not be saved; your draft is kept. %1")
                     .arg(display::problem(saved.error())));
        return false;
    }
    // The draft goes only once the visit is safely written.
    if (auto removed = m_session->store()->removeLocal(draftId); !removed)
        setError(display::problem(removed.error()));
    else
        setError({});
    m_draft = freshDraft();
    m_resumed = false;
    emit changed();
    emit finished(QString::fromStdString(visit.id));
    return true;
}

void VisitRecorder::discard()
{
    if (m_session && m_session->ready()) {
        if (auto removed = m_session->store()->removeLocal(draftId); !removed) {
            setError(display::problem(removed.error()));
            return;
        }
    }
    m_draft = freshDraft();
    m_resumed = false;
    setError({});
    emit changed();
}

void VisitRecorder::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}
