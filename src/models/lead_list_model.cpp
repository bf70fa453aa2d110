#include "models/lead_list_model.h"

#include "app/database_session.h"
#include "models/display_text.h"
#include "notebook/notebook_queries.h"

void LeadListModel::setNeverFollowedUp(bool only)
{
    if (only == m_neverFollowedUp)
        return;
    m_neverFollowedUp = only;
    emit neverFollowedUpChanged();
    reload();
}

QList<QByteArray> LeadListModel::roles() const
{
    return {"documentId", "title", "detail", "forgotten"};
}

rapport::Result<PagedListModel::Page>
LeadListModel::readPage(const std::optional<rapport::PageKey> &after, int limit)
{
    auto leads = session()->queries()->leads(m_neverFollowedUp ? rapport::LeadState::NeverFollowedUp
                                                               : rapport::LeadState::All,
                                             after, limit);
    if (!leads)
        return leads.error();
    const QStringList warmth {QString(), tr("cold"), tr("warm"), tr("hot")};
    std::vector<Row> rows;
    for (const auto &lead : *leads) {
        // Where it stands first: the list is read for the ones about to go cold.
        const bool forgotten = lead.contactId.empty() && lead.followUps == 0;
        QStringList parts {!lead.contactId.empty()  ? tr("A customer now")
                               : lead.followUps > 0 ? tr("Followed up")
                                                    : tr("Never followed up")};
        if (!lead.company.empty())
            parts << display::text(lead.company);
        if (lead.warmth >= 1 && lead.warmth <= 3)
            parts << warmth.at(lead.warmth);
        if (!lead.event.empty() || !lead.capturedOn.empty())
            parts << (display::text(lead.event) + QLatin1Char(' ')
                      + display::shortDate(lead.capturedOn))
                         .trimmed();
        rows.push_back(Row {{display::text(lead.id), display::text(lead.name),
                             parts.join(QStringLiteral(" · ")), forgotten},
                            lead.key});
    }
    return pageOf(std::move(rows), limit);
}
