#include "controllers/contact_editor.h"

#include "app/database_session.h"
#include "brief/visit_brief.h"
#include "models/brief_text.h"
#include "models/display_text.h"
#include "notebook/display_name.h"
#include "notebook/notebook_queries.h"

#include <QLocale>
#include <QUuid>

namespace {

QStringList splitList(const QString &typed)
{
    QStringList out;
    for (const auto &part : typed.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    return out;
}

} // namespace

QVariantList ContactEditor::family() const
{
    QVariantList out;
    auto found = body().find("family");
    if (found == body().end() || !found->is_array())
        return out;
    for (const auto &member : *found) {
        if (!member.is_object())
            continue;
        QStringList interests;
        if (auto list = member.find("interests"); list != member.end() && list->is_array())
            for (const auto &interest : *list)
                if (interest.is_string())
                    interests.append(QString::fromStdString(interest.get<std::string>()));
        auto field = [&member](const char *key) {
            auto value = member.find(key);
            return value != member.end() && value->is_string()
                ? QString::fromStdString(value->get<std::string>())
                : QString();
        };
        out.append(
            QVariantMap {{QStringLiteral("id"), field("id")},
                         {QStringLiteral("name"), field("name")},
                         {QStringLiteral("relation"), field("relation")},
                         {QStringLiteral("interests"), interests.join(QStringLiteral(", "))}});
    }
    return out;
}

QString ContactEditor::displayName() const
{
    return display::text(rapport::notebook::personName(body()));
}

QString ContactEditor::prefers() const
{
    QStringList parts;
    for (const auto *key : {"preferredChannel", "preferredTime"})
        if (const auto value = text(QString::fromLatin1(key)); !value.isEmpty())
            parts.append(value);
    return parts.join(QStringLiteral(", "));
}

namespace {

const QStringList &buyingRoles()
{
    static const QStringList roles {QStringLiteral("decision_maker"), QStringLiteral("influencer"),
                                    QStringLiteral("user"), QStringLiteral("order_processor"),
                                    QStringLiteral("gatekeeper")};
    return roles;
}

} // namespace

QStringList ContactEditor::buyingRoleChoices()
{
    QStringList choices {tr("Not known yet", "a buying role")};
    for (const auto &role : buyingRoles())
        choices.append(buyingRoleLabel(role));
    return choices;
}

int ContactEditor::buyingRoleIndex(const QString &role)
{
    return static_cast<int>(buyingRoles().indexOf(role)) + 1;
}

QString ContactEditor::buyingRoleAt(int index)
{
    return index >= 1 && index <= buyingRoles().size() ? buyingRoles().at(index - 1) : QString();
}

QString ContactEditor::buyingRoleLabel(const QString &role)
{
    return display::buyingRole(role.toStdString());
}

QString ContactEditor::lastTalkedAbout() const
{
    if (!session() || !session()->ready() || documentId().isEmpty())
        return {};
    auto latest = session()->queries()->latestVisitWith(documentId().toStdString());
    if (!latest || !latest->has_value())
        return {};
    const auto &visit = **latest;
    return display::visitSummary(visit.date, visit.title, visit.outcome);
}

QStringList ContactEditor::briefLines() const
{
    QStringList lines;
    if (!session() || !session()->ready() || documentId().isEmpty())
        return lines;
    const auto today = display::isoDate(session()->today());
    auto brief = rapport::briefForContact(*session()->store(), documentId().toStdString(), today);
    if (!brief)
        return lines;
    return display::briefLines(*brief, session()->today(), false);
}

bool ContactEditor::setFamilyMember(const QString &id, const QString &name, const QString &relation,
                                    const QString &interests)
{
    if (name.trimmed().isEmpty()) {
        setError(tr("A family member needs a name."));
        return false;
    }
    auto members = body().contains("family") && body()["family"].is_array()
        ? body()["family"]
        : rapport::Json::array();
    const auto memberId = id.isEmpty()
        ? QUuid::createUuid().toString(QUuid::Id128).left(12).toStdString()
        : id.toStdString();
    rapport::Json *member = nullptr;
    for (auto &existing : members)
        if (existing.is_object() && existing.value("id", std::string()) == memberId)
            member = &existing;
    if (!member) {
        members.push_back(rapport::Json {{"id", memberId}});
        member = &members.back();
    }
    (*member)["name"] = name.trimmed().toStdString();
    if (relation.trimmed().isEmpty())
        member->erase("relation");
    else
        (*member)["relation"] = relation.trimmed().toStdString();
    auto list = rapport::Json::array();
    for (const auto &interest : splitList(interests))
        list.push_back(interest.toStdString());
    (*member)["interests"] = list;
    setError({});
    setMember("family", std::move(members));
    return true;
}

void ContactEditor::removeFamilyMember(const QString &id)
{
    if (!body().contains("family") || !body()["family"].is_array())
        return;
    auto members = rapport::Json::array();
    for (const auto &member : body()["family"])
        if (!member.is_object() || member.value("id", std::string()) != id.toStdString())
            members.push_back(member);
    setMember("family", members.empty() ? rapport::Json() : members);
}

QString ContactEditor::validate() const
{
    if (displayName().isEmpty())
        return tr("A person needs a first or a last name.");
    return {};
}
