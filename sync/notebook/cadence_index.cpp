// The one `cadence` document: days between visits per segment, {"segments":{"retail":30}},
// which every account of a segment without its own cadence lapses by.
#include "notebook/kind_index.h"
#include "store/sqlite.h"

namespace rapport::notebook {

// Named as well as anonymous: a unity build compiles the kinds' files as one, and each
// names its parts alike.
namespace {
namespace cadence_kind {

constexpr std::string_view tables[] = {"segment_cadence"};

constexpr std::string_view schema = R"sql(
    CREATE TABLE segment_cadence (
        segment TEXT PRIMARY KEY,
        days    INTEGER NOT NULL,
        doc     INTEGER NOT NULL REFERENCES docs(doc)
    ) WITHOUT ROWID;
)sql";

Status index(sqlite::Database &db, std::int64_t doc, const Json &body)
{
    auto segments = body.find("segments");
    if (segments == body.end() || !segments->is_object())
        return {};
    auto query
        = db.prepare("INSERT OR REPLACE INTO segment_cadence(segment, days, doc) VALUES (?, ?, ?)");
    if (!query)
        return query.error();
    for (const auto &[segment, days] : segments->items()) {
        if (!days.is_number_integer() || days.get<std::int64_t>() <= 0)
            continue;
        if (auto written
            = query->bind(1, segment).bind(2, days.get<std::int64_t>()).bind(3, doc).run();
            !written)
            return written;
        query->reset();
    }
    return refreshAllLapses(db);
}

// Its segments' days go, and every lapse day with them.
Status unindex(sqlite::Database &db, std::int64_t doc)
{
    if (auto removed = runForDocument(db, doc, "DELETE FROM segment_cadence WHERE doc = ?1");
        !removed)
        return removed;
    return db.changes() > 0 ? refreshAllLapses(db) : Status {};
}

} // namespace cadence_kind
} // namespace

constinit const KindIndex cadenceKind {"cadence",
                                       1,
                                       cadence_kind::schema,
                                       cadence_kind::tables,
                                       cadence_kind::index,
                                       cadence_kind::unindex,
                                       {}};

} // namespace rapport::notebook
