#include "models/nearby_accounts_model.h"

#include "app/database_session.h"
#include "models/display_text.h"
#include "notebook/notebook_queries.h"

namespace {

// Moving less than this does not reorder the list under the person's thumb.
constexpr double readAgainAfterMetres = 100;

} // namespace

NearbyAccountsModel::NearbyAccountsModel(QObject *parent) : PagedListModel(parent)
{
    connect(this, &PagedListModel::sessionChanged, this, [this] {
        if (!session())
            return;
        connect(session()->whereabouts(), &Whereabouts::positionChanged, this,
                &NearbyAccountsModel::positionMoved, Qt::UniqueConnection);
        positionMoved();
    });
}

void NearbyAccountsModel::positionMoved()
{
    const auto here = session() ? session()->whereabouts()->position() : std::nullopt;
    if (here && m_from && rapport::places::distanceMetres(*here, *m_from) < readAgainAfterMetres)
        return;
    if (!here && !m_from)
        return;
    m_from = here;
    emit locatedChanged();
    reload();
}

QList<QByteArray> NearbyAccountsModel::roles() const
{
    return {"documentId", "title", "detail", "distance", "direction", "waiting"};
}

rapport::Result<PagedListModel::Page>
NearbyAccountsModel::readPage(const std::optional<rapport::PageKey> &after, int limit)
{
    if (!m_from)
        return Page {};
    const int offset = after ? static_cast<int>(after->position) : 0;
    auto nearby = session()->queries()->accountsNear(*m_from, display::isoDate(session()->today()),
                                                     offset, limit);
    if (!nearby)
        return nearby.error();
    std::vector<Row> rows;
    int position = offset;
    for (const auto &account : *nearby) {
        const auto distance = display::distance(account.metres);
        const auto direction
            = display::compassDirection(rapport::places::compassPoint(account.bearing));
        //: How far and which way a customer is: "800 m east"
        QStringList parts {tr("%1 %2", "distance and direction").arg(distance, direction)};
        if (!account.town.empty())
            parts << display::text(account.town);
        if (account.lapsed)
            parts << tr("due a visit");
        if (account.followUpsDue > 0)
            parts << tr("%n follow-up(s) due", "", account.followUpsDue);
        rows.push_back(Row {{display::text(account.id), display::text(account.name),
                             parts.join(QStringLiteral(" · ")), distance, direction,
                             account.lapsed || account.followUpsDue > 0},
                            rapport::PageKey {std::string(), ++position}});
    }
    return pageOf(std::move(rows), limit);
}
