#include "controllers/duplicate_review.h"

#include "merge/contact_merge.h"
#include "models/display_text.h"
#include "notebook/display_name.h"
#include "store/store.h"

namespace {

// A field's name as the person's page labels it.
QString fieldLabel(const std::string &field)
{
    static const std::map<std::string, const char *> labels {
        {"firstName", QT_TRANSLATE_NOOP("DuplicateReview", "First name")},
        {"lastName", QT_TRANSLATE_NOOP("DuplicateReview", "Last name")},
        {"email", QT_TRANSLATE_NOOP("DuplicateReview", "E-mail")},
        {"phone", QT_TRANSLATE_NOOP("DuplicateReview", "Phone")},
        {"title", QT_TRANSLATE_NOOP("DuplicateReview", "Job title")},
        {"role", QT_TRANSLATE_NOOP("DuplicateReview", "Buying role")},
        {"accountId", QT_TRANSLATE_NOOP("DuplicateReview", "Company")},
        {"birthday", QT_TRANSLATE_NOOP("DuplicateReview", "Birthday")},
        {"anniversary", QT_TRANSLATE_NOOP("DuplicateReview", "Anniversary")},
        {"family", QT_TRANSLATE_NOOP("DuplicateReview", "Family")},
        {"hobbies", QT_TRANSLATE_NOOP("DuplicateReview", "Hobbies")},
        {"likes", QT_TRANSLATE_NOOP("DuplicateReview", "Likes")},
        {"dislikes", QT_TRANSLATE_NOOP("DuplicateReview", "Dislikes")},
        {"interests", QT_TRANSLATE_NOOP("DuplicateReview", "Interests")},
        {"tags", QT_TRANSLATE_NOOP("DuplicateReview", "Tags")},
        {"howWeMet", QT_TRANSLATE_NOOP("DuplicateReview", "How you met")},
        {"notes", QT_TRANSLATE_NOOP("DuplicateReview", "Notes")},
        {"preferredChannel", QT_TRANSLATE_NOOP("DuplicateReview", "Best way to reach")},
        {"preferredTime", QT_TRANSLATE_NOOP("DuplicateReview", "Best time")}};
    auto found = labels.find(field);
    return found == labels.end() ? display::text(field) : DuplicateReview::tr(found->second);
}

// A value as a line of text: lists joined, family members by name, nothing as a dash.
QString valueText(const rapport::Json &value, rapport::Store &store, const std::string &field)
{
    if (value.is_null())
        return QStringLiteral("—");
    if (value.is_string()) {
        const auto text = value.get<std::string>();
        if (field == "accountId") {
            if (auto account = store.get(text))
                return display::text(account->body.value("name", text));
        }
        if (field == "role")
            return display::buyingRole(text);
        return display::text(text);
    }
    if (value.is_array()) {
        QStringList parts;
        for (const auto &member : value)
            parts << (member.is_object() ? display::text(member.value("name", std::string("?")))
                          : member.is_string() ? display::text(member.get<std::string>())
                                               : display::text(member.dump()));
        return parts.join(QStringLiteral(", "));
    }
    return display::text(value.dump());
}

QString personName(const rapport::Json &body)
{
    return display::text(rapport::notebook::personName(body));
}

} // namespace

void DuplicateReview::setSession(DatabaseSession *session)
{
    if (session == m_session)
        return;
    m_session = session;
    emit sessionChanged();
    load();
}

void DuplicateReview::setDuplicateId(const QString &id)
{
    if (id == m_duplicateId)
        return;
    m_duplicateId = id;
    load();
}

void DuplicateReview::load()
{
    m_fields.clear();
    m_firstName.clear();
    m_secondName.clear();
    m_firstId.clear();
    m_error.clear();
    if (!m_session || !m_session->ready() || m_duplicateId.isEmpty()) {
        emit loaded();
        return;
    }
    auto &store = *m_session->store();
    auto flag = store.get(m_duplicateId.toStdString());
    if (!flag || !flag->body.contains("ids") || flag->body["ids"].size() != 2) {
        m_error
            = flag ? tr("These two can no longer be compared.") : display::problem(flag.error());
        emit loaded();
        return;
    }
    const auto &ids = flag->body["ids"];
    auto first = store.get(ids[0].get<std::string>());
    auto second = store.get(ids[1].get<std::string>());
    if (!first || !second) {
        m_error = tr("One of the two is no longer in your notebook.");
        emit loaded();
        return;
    }
    m_firstId = QString::fromStdString(first->id);
    m_firstName = personName(first->body);
    m_secondName = personName(second->body);
    for (const auto &difference : rapport::merge::differences(first->body, second->body))
        m_fields.append(QVariantMap {
            {QStringLiteral("field"), QString::fromStdString(difference.field)},
            {QStringLiteral("label"), fieldLabel(difference.field)},
            {QStringLiteral("first"), valueText(difference.first, store, difference.field)},
            {QStringLiteral("second"), valueText(difference.second, store, difference.field)},
            {QStringLiteral("combined"), difference.combined},
            // The first record's value stays unless chosen otherwise, or it has none.
            {QStringLiteral("choice"),
             difference.first.is_null() ? QStringLiteral("second") : QStringLiteral("first")}});
    emit loaded();
}

void DuplicateReview::choose(const QString &field, const QString &side)
{
    for (auto &entry : m_fields) {
        auto map = entry.toMap();
        if (map.value(QStringLiteral("field")).toString() == field
            && !map.value(QStringLiteral("combined")).toBool()) {
            map[QStringLiteral("choice")] = side == QLatin1String("second")
                ? QStringLiteral("second")
                : QStringLiteral("first");
            entry = map;
        }
    }
    emit loaded();
}

QString DuplicateReview::merge()
{
    if (!m_session || !m_session->ready() || m_firstId.isEmpty())
        return {};
    std::map<std::string, rapport::merge::Side> choices;
    for (const auto &entry : m_fields) {
        const auto map = entry.toMap();
        choices[map.value(QStringLiteral("field")).toString().toStdString()]
            = map.value(QStringLiteral("choice")).toString() == QLatin1String("second")
            ? rapport::merge::Side::Second
            : rapport::merge::Side::First;
    }
    auto merged = rapport::merge::mergeContacts(*m_session->editor(), m_duplicateId.toStdString(),
                                                m_firstId.toStdString(), choices);
    if (!merged) {
        m_error = display::problem(merged.error());
        emit loaded();
        return {};
    }
    return m_firstId;
}

bool DuplicateReview::keepBoth()
{
    if (!m_session || !m_session->ready())
        return false;
    auto dismissed
        = rapport::merge::dismissDuplicate(*m_session->editor(), m_duplicateId.toStdString());
    if (!dismissed) {
        m_error = display::problem(dismissed.error());
        emit loaded();
        return false;
    }
    return true;
}
