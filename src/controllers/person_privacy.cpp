#include "controllers/person_privacy.h"

#include "models/display_text.h"
#include "notebook/forget.h"

#include <QVariantMap>

namespace {

// A record's kind as the lists name it.
QString kindOf(const std::string &type)
{
    static const std::map<std::string, const char *> kinds {
        {"contact", QT_TRANSLATE_NOOP("PersonPrivacy", "Person")},
        {"followup", QT_TRANSLATE_NOOP("PersonPrivacy", "Follow-up")},
        {"feedback", QT_TRANSLATE_NOOP("PersonPrivacy", "Feedback")},
        {"lead", QT_TRANSLATE_NOOP("PersonPrivacy", "Lead")},
        {"conflict", QT_TRANSLATE_NOOP("PersonPrivacy", "Change kept when two devices disagreed")},
        {"duplicate", QT_TRANSLATE_NOOP("PersonPrivacy", "Possible duplicate")},
        {"reminder", QT_TRANSLATE_NOOP("PersonPrivacy", "Answer to a reminder")},
        {"visit", QT_TRANSLATE_NOOP("PersonPrivacy", "Visit")},
        {"account", QT_TRANSLATE_NOOP("PersonPrivacy", "Customer")}};
    auto found = kinds.find(type);
    return found == kinds.end() ? display::text(type) : PersonPrivacy::tr(found->second);
}

QVariantList listOf(const std::vector<rapport::notebook::RecordMention> &records)
{
    QVariantList list;
    for (const auto &record : records)
        list.append(QVariantMap {{QStringLiteral("id"), display::text(record.id)},
                                 {QStringLiteral("type"), display::text(record.type)},
                                 {QStringLiteral("title"), display::text(record.title)},
                                 {QStringLiteral("kind"), kindOf(record.type)}});
    return list;
}

} // namespace

void PersonPrivacy::setSession(DatabaseSession *session)
{
    if (m_session == session)
        return;
    m_session = session;
    emit sessionChanged();
    plan();
}

void PersonPrivacy::setContactId(const QString &id)
{
    if (m_contactId == id)
        return;
    m_contactId = id;
    plan();
}

void PersonPrivacy::plan()
{
    m_name.clear();
    m_removed.clear();
    m_visitsMet.clear();
    m_namedIn.clear();
    m_drafts = 0;
    m_error.clear();
    if (m_session && m_session->ready() && !m_contactId.isEmpty()) {
        auto plan
            = rapport::notebook::planForgetting(*m_session->store(), m_contactId.toStdString());
        if (!plan) {
            m_error = display::problem(plan.error());
        } else {
            m_name = display::text(plan->name);
            m_removed = listOf(plan->purged);
            m_visitsMet = listOf(plan->visitsMet);
            m_namedIn = listOf(plan->namedIn);
            m_drafts = static_cast<int>(plan->drafts.size());
        }
    }
    emit planned();
}

bool PersonPrivacy::forget()
{
    if (!m_session || !m_session->ready() || m_contactId.isEmpty())
        return false;
    auto erased = rapport::notebook::forget(*m_session->editor(), m_contactId.toStdString(),
                                            display::isoDate(m_session->today()));
    if (!erased) {
        m_error = tr("Could not forget them: %1").arg(display::problem(erased.error()));
        emit planned();
        return false;
    }
    // The lists, and sync, hear of it (the erasure record is a local edit to push).
    m_session->announceLocalEdit();
    return true;
}
