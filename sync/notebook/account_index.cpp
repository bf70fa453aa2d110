// Accounts (customers) in the tables the screens read: by name, segment and tier, by last
// visit and by the day they lapse past their contact cadence, by room to grow.
#include "core/fields.h"
#include "notebook/index_fields.h"
#include "notebook/kind_index.h"
#include "notebook/place_fields.h"
#include "notebook/search_index.h"
#include "store/sqlite.h"

#include <string>

namespace rapport::notebook {

// Named as well as anonymous: a unity build compiles the kinds' files as one, and each
// names its parts alike.
namespace {
namespace account_kind {

// The contact cadence of an account: its own, else its segment's (from the cadence document).
#define CADENCE_OF_ACCOUNTS                                                                        \
    "coalesce(accounts.cadence_days, "                                                             \
    "(SELECT days FROM segment_cadence s WHERE s.segment = accounts.segment))"

constexpr std::string_view tables[] = {"accounts", "account_places", "account_place_tree"};

constexpr std::string_view schema = R"sql(
    CREATE TABLE accounts (
        doc            INTEGER PRIMARY KEY REFERENCES docs(doc),
        name           TEXT NOT NULL,
        town           TEXT,
        segment        TEXT,
        tier           TEXT,
        cadence_days   INTEGER,
        last_visit     TEXT,
        lapses_on      TEXT,
        lapse_answered TEXT,
        size           INTEGER,
        potential      INTEGER,
        pin_latitude   REAL,
        pin_longitude  REAL,
        room           INTEGER GENERATED ALWAYS AS (coalesce(potential, 0) - coalesce(size, 0))
                       VIRTUAL
    );
    CREATE INDEX accounts_by_name ON accounts(name COLLATE NOCASE, doc);
    CREATE INDEX accounts_by_segment ON accounts(segment, tier);
    CREATE INDEX accounts_by_last_visit ON accounts(last_visit, doc);
    CREATE INDEX accounts_by_lapse ON accounts(lapses_on, doc) WHERE lapses_on IS NOT NULL;
    CREATE INDEX accounts_by_room ON accounts(room, doc);
    CREATE TABLE account_places (
        doc       INTEGER PRIMARY KEY REFERENCES docs(doc),
        latitude  REAL NOT NULL,
        longitude REAL NOT NULL,
        pinned    INTEGER NOT NULL
    );
    CREATE VIRTUAL TABLE account_place_tree
        USING rtree(id, min_latitude, max_latitude, min_longitude, max_longitude);
)sql";

// The latest day a lapsed account's "why?" was answered (items of its lapseNotes).
std::optional<std::string> lastLapseAnswer(const Json &body)
{
    std::optional<std::string> latest;
    auto notes = body.find("lapseNotes");
    if (notes == body.end() || !notes->is_array())
        return latest;
    for (const auto &note : *notes)
        if (auto date = note.is_object() ? optionalText(note, "date") : std::nullopt;
            date && (!latest || *date > *latest))
            latest = date;
    return latest;
}

// Its place, pinned or learnt from the visits already indexed.
Status placeAccountRow(sqlite::Database &db, std::int64_t doc)
{
    auto id = db.prepare("SELECT id FROM docs WHERE doc = ?1");
    if (!id)
        return id.error();
    auto row = id->bind(1, doc).step();
    if (!row)
        return row.error();
    if (!*row)
        return {};
    const auto accountId = id->text(0);
    id->reset();
    return refreshAccountPlace(db, accountId);
}

Status index(sqlite::Database &db, std::int64_t doc, const Json &body)
{
    const auto name = stringMember(body, "name");
    // The last visit comes from the visits already indexed (a visit may arrive before its
    // account does).
    auto query = db.prepare(R"sql(
        INSERT INTO accounts(doc, name, town, segment, tier, cadence_days, last_visit, lapses_on,
                             lapse_answered, size, potential, pin_latitude, pin_longitude)
        SELECT ?1, ?2, ?3, ?4, ?5, ?6, last,
               date(last, '+' || coalesce(?6, (SELECT days FROM segment_cadence
                                               WHERE segment = ?4)) || ' days'), ?7, ?8, ?9,
               ?10, ?11
        FROM (SELECT max(date) AS last FROM visits
              WHERE planned = 0 AND account_id = (SELECT id FROM docs WHERE doc = ?1)))sql");
    if (!query)
        return query.error();
    query->bind(1, doc).bind(2, name).bind(3, optionalText(body, "town"));
    query->bind(4, optionalText(body, "segment")).bind(5, optionalText(body, "tier"));
    if (auto cadence = optionalInteger(body, "cadenceDays"); cadence && *cadence > 0)
        query->bind(6, *cadence);
    query->bind(7, lastLapseAnswer(body));
    query->bind(8, optionalInteger(body, "size")).bind(9, optionalInteger(body, "potential"));
    if (auto pin = placeMember(body, "place"))
        query->bind(10, pin->latitude).bind(11, pin->longitude);
    if (auto inserted = query->run(); !inserted)
        return inserted;
    if (auto placed = placeAccountRow(db, doc); !placed)
        return placed;
    return search_index::add(db, doc, name,
                             searchableText(body, {"town", "address", "segment", "tags", "notes"}));
}

Status unindex(sqlite::Database &db, std::int64_t doc)
{
    if (auto unplaced = unplaceAccount(db, doc); !unplaced)
        return unplaced;
    return runForDocument(db, doc, "DELETE FROM accounts WHERE doc = ?1");
}

// What its page edits.
constexpr RecordField fields[] = {
    {"name", FieldKind::Text},        {"town", FieldKind::Text},
    {"segment", FieldKind::Text},     {"tier", FieldKind::Text},
    {"notes", FieldKind::Text},       {"cadenceDays", FieldKind::WholeNumber},
    {"size", FieldKind::WholeNumber}, {"potential", FieldKind::WholeNumber},
};

} // namespace account_kind
} // namespace

// 2: the place pinned, and where the account is (account_places, account_place_tree).
constinit const KindIndex accountKind {"account",
                                       2,
                                       account_kind::schema,
                                       account_kind::tables,
                                       account_kind::index,
                                       account_kind::unindex,
                                       account_kind::fields};

Status refreshAccountActivity(sqlite::Database &db, std::string_view accountId)
{
    auto query = db.prepare(R"sql(
        UPDATE accounts SET last_visit = v.last,
                            lapses_on = date(v.last, '+' || )sql" CADENCE_OF_ACCOUNTS
                            R"sql( || ' days')
        FROM (SELECT max(date) AS last FROM visits WHERE planned = 0 AND account_id = ?1) v
        WHERE accounts.doc = (SELECT doc FROM docs WHERE id = ?1))sql");
    if (!query)
        return query.error();
    return query->bind(1, accountId).run();
}

Status noteAccountVisit(sqlite::Database &db, std::string_view accountId, std::string_view date)
{
    // Only a later date changes anything: the account's last visit is the latest already.
    auto query = db.prepare(R"sql(
        UPDATE accounts SET last_visit = ?2,
                            lapses_on = date(?2, '+' || )sql" CADENCE_OF_ACCOUNTS R"sql( || ' days')
        WHERE accounts.doc = (SELECT doc FROM docs WHERE id = ?1)
          AND (last_visit IS NULL OR last_visit < ?2))sql");
    if (!query)
        return query.error();
    return query->bind(1, accountId).bind(2, date).run();
}

Status refreshAllLapses(sqlite::Database &db)
{
    return db.exec("UPDATE accounts SET lapses_on = date(last_visit, '+' || " CADENCE_OF_ACCOUNTS
                   " || ' days') WHERE last_visit IS NOT NULL");
}

Status runForDocument(sqlite::Database &db, std::int64_t doc, std::string_view sql)
{
    auto query = db.prepare(sql);
    if (!query)
        return query.error();
    return query->bind(1, doc).run();
}

} // namespace rapport::notebook
