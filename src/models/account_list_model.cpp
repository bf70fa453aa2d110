#include "models/account_list_model.h"

#include "app/database_session.h"
#include "models/display_text.h"
#include "notebook/notebook_queries.h"

void AccountListModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    filterWasChanged();
}

void AccountListModel::setSegment(const QString &segment)
{
    if (segment == m_segment)
        return;
    m_segment = segment;
    filterWasChanged();
}

void AccountListModel::setTier(const QString &tier)
{
    if (tier == m_tier)
        return;
    m_tier = tier;
    filterWasChanged();
}

void AccountListModel::setSortByLastContact(bool byLastContact)
{
    if (byLastContact == m_sortByLastContact)
        return;
    m_sortByLastContact = byLastContact;
    filterWasChanged();
}

void AccountListModel::setSortByRoomToGrow(bool byRoom)
{
    if (byRoom == m_sortByRoomToGrow)
        return;
    m_sortByRoomToGrow = byRoom;
    filterWasChanged();
}

void AccountListModel::filterWasChanged()
{
    emit filterChanged();
    reload();
}

QStringList AccountListModel::segments() const
{
    QStringList out;
    if (!session() || !session()->ready())
        return out;
    if (auto segments = session()->queries()->segments())
        for (const auto &segment : *segments)
            out.append(display::text(segment));
    return out;
}

QStringList AccountListModel::tiers() const
{
    QStringList out;
    if (!session() || !session()->ready())
        return out;
    if (auto tiers = session()->queries()->tiers())
        for (const auto &tier : *tiers)
            out.append(display::text(tier));
    return out;
}

QList<QByteArray> AccountListModel::roles() const
{
    return {"documentId", "name", "detail", "lastContact", "lapsed"};
}

rapport::Result<PagedListModel::Page>
AccountListModel::readPage(const std::optional<rapport::PageKey> &after, int limit)
{
    const rapport::AccountFilter filter {
        m_filterText.trimmed().toStdString(), m_segment.toStdString(), m_tier.toStdString(),
        m_sortByRoomToGrow        ? rapport::AccountFilter::Sort::ByRoomToGrow
            : m_sortByLastContact ? rapport::AccountFilter::Sort::ByLastContact
                                  : rapport::AccountFilter::Sort::ByName};
    auto accounts = session()->queries()->accounts(filter, after, limit);
    if (!accounts)
        return accounts.error();
    const auto today = display::isoDate(session()->today());
    std::vector<Row> rows;
    for (const auto &account : *accounts) {
        QStringList detail;
        for (const auto *part : {&account.town, &account.segment})
            if (!part->empty())
                detail.append(display::text(*part));
        if (!account.tier.empty())
            detail.append(tr("Tier %1").arg(display::text(account.tier)));
        // Small now, big later: worth more visits than its size says.
        if (account.potential >= 3 * std::max<std::int64_t>(account.size, 1))
            detail.append(
                tr("could buy %1× what it does")
                    .arg(account.size > 0 ? account.potential / account.size : account.potential));
        const auto lastContact = account.lastVisit.empty()
            ? tr("No visit yet")
            : tr("Last visit %1").arg(display::shortDate(account.lastVisit));
        const bool lapsed = !account.lapsesOn.empty() && account.lapsesOn < today;
        rows.push_back(Row {{display::text(account.id), display::text(account.name),
                             detail.join(QStringLiteral(" · ")), lastContact, lapsed},
                            account.key});
    }
    return pageOf(std::move(rows), limit);
}
