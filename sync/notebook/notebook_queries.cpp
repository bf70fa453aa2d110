#include "notebook/notebook_queries.h"

#include "core/calendar_day.h"
#include "notebook/display_name.h"
#include "notebook/query_rows.h"
#include "store/document.h"
#include "store/sqlite.h"
#include "store/tuning.h"

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace rapport {

using query_rows::collect;
using query_rows::readVisit;
using query_rows::visitColumns;
using query_rows::withColumns;

namespace {

AccountRow readAccount(const sqlite::Query &row)
{
    return AccountRow {row.text("id"),          row.text("name"),         row.text("town"),
                       row.text("segment"),     row.text("tier"),         row.text("last_visit"),
                       row.text("lapses_on"),   query_rows::pageKey(row), row.integer("size"),
                       row.integer("potential")};
}

FollowUpRow readFollowUp(const sqlite::Query &row)
{
    return FollowUpRow {row.text("id"),           row.text("title"),       row.text("due"),
                        row.integer("done") != 0, row.text("account_id"),  row.text("account_name"),
                        row.text("contact_id"),   query_rows::pageKey(row)};
}

// "MM-DD" of the day `offset` days after the ISO date `day`.
std::string monthDayAfter(const std::string &day, int offset)
{
    const auto shifted = addDays(day, offset);
    return shifted.empty() ? shifted : shifted.substr(5);
}

} // namespace

// The columns readFollowUp reads; each statement adds its sort_key and position.
constexpr std::string_view followUpColumns
    = "SELECT d.id AS id, f.title AS title, f.due AS due, f.done AS done, f.account_id AS "
      "account_id, (SELECT a.name FROM accounts a JOIN docs ad ON ad.doc = a.doc WHERE ad.id = "
      "f.account_id) AS account_name, f.contact_id AS contact_id, ";

Result<std::vector<VisitRow>> NotebookQueries::visitsOn(const std::string &day)
{
    auto query = m_store.database().prepare(withColumns(visitColumns, R"sql(
        FROM visits v JOIN docs d ON d.doc = v.doc JOIN revs r ON r.rid = d.winner
        WHERE v.date >= ?1 AND v.date < ?1 || 'z'
        ORDER BY v.date, v.doc)sql"));
    if (!query)
        return query.error();
    query->bind(1, day);
    return collect<VisitRow>(*query, readVisit);
}

Result<std::vector<FollowUpRow>>
NotebookQueries::followUps(FollowUpState state, const std::optional<PageKey> &after, int limit)
{
    limit = std::clamp(limit, 1, tuning::maxPageSize);
    // Open: soonest due first, undated last. Done: latest due first. Keyset paging on the
    // sort key and the row, so that the hundredth page costs what the first does.
    auto open = m_store.database().prepare(withColumns(followUpColumns, R"sql(
            coalesce(f.due, '9999') AS sort_key, f.doc AS position
        FROM followups f JOIN docs d ON d.doc = f.doc
        WHERE f.done = 0 AND (?1 IS NULL OR (coalesce(f.due, '9999'), f.doc) > (?1, ?2))
        ORDER BY sort_key, f.doc LIMIT ?3)sql"));
    auto done = m_store.database().prepare(withColumns(followUpColumns, R"sql(
            coalesce(f.due, '') AS sort_key, f.doc AS position
        FROM followups f JOIN docs d ON d.doc = f.doc
        WHERE f.done = 1 AND (?1 IS NULL OR (coalesce(f.due, ''), f.doc) < (?1, ?2))
        ORDER BY sort_key DESC, f.doc DESC LIMIT ?3)sql"));
    if (!open)
        return open.error();
    if (!done)
        return done.error();
    auto &query = state == FollowUpState::Open ? *open : *done;
    if (after)
        query.bind(1, after->sortKey).bind(2, after->position);
    query.bind(3, limit);
    return collect<FollowUpRow>(query, readFollowUp);
}

Result<std::vector<FollowUpRow>> NotebookQueries::openFollowUpsDueBy(const std::string &day,
                                                                     int limit)
{
    auto query = m_store.database().prepare(withColumns(followUpColumns, R"sql(
            f.due AS sort_key, f.doc AS position
        FROM followups f JOIN docs d ON d.doc = f.doc
        WHERE f.done = 0 AND f.due <= ?1
        ORDER BY f.due, f.doc LIMIT ?2)sql"));
    if (!query)
        return query.error();
    query->bind(1, day).bind(2, std::clamp(limit, 1, tuning::maxPageSize));
    return collect<FollowUpRow>(*query, readFollowUp);
}

// A birthday or anniversary with the greetings sent for it: the first line of both statements
// that read them, and the reader of their rows.
constexpr std::string_view occasionColumns
    = "SELECT d.id AS id, c.display_name AS name, o.kind AS kind, o.md AS md, "
      "coalesce(c.greetings, '') AS greetings, c.email IS NOT NULL AS has_email, "
      "c.phone IS NOT NULL AS has_phone FROM (";

namespace {

OccasionRow readOccasion(const sqlite::Query &row)
{
    return OccasionRow {row.text("id"),
                        row.text("name"),
                        row.text("kind"),
                        row.text("md"),
                        row.text("greetings"),
                        row.integer("has_email") != 0,
                        row.integer("has_phone") != 0};
}

} // namespace

Result<std::vector<OccasionRow>> NotebookQueries::occasions(const std::string &firstDay, int days)
{
    const auto from = monthDayAfter(firstDay, 0);
    // A year or more is every day: the window ends the day before it starts.
    const auto to = days >= 366 ? monthDayAfter(firstDay, -1)
                                : monthDayAfter(firstDay, std::max(days - 1, 0));
    if (from.empty())
        return Error {Errc::BadRequest, "not a date: " + firstDay};
    // A window that crosses New Year is two ranges: from.. and ..to; one that does not is one
    // range and an empty one ("1" > "0"). Each range is a search of its column's index: with
    // the window's two cases in one WHERE, SQLite read every contact (28 ms at 100,000 on
    // Today's first frame). Rows sort by where they fall in the window, then by name.
    // The indexes hold the name: the week's 3,800 occasions of 100,000 people are sorted and cut
    // to the page in them, and only the page's rows are read (on a cold start, each row read
    // is a page from the disk: 44 ms when every occasion's row was read before the cut).
    const bool crossesNewYear = from > to;
    auto query = m_store.database().prepare(withColumns(occasionColumns, R"sql(
            SELECT doc, kind, md, sort_name FROM (
                SELECT doc, 'birthday' AS kind, birthday_md AS md, sort_name FROM contacts
                WHERE birthday_md BETWEEN ?2 AND ?3
                UNION ALL
                SELECT doc, 'birthday', birthday_md, sort_name FROM contacts
                WHERE birthday_md BETWEEN ?4 AND ?5
                UNION ALL
                SELECT doc, 'anniversary', anniversary_md, sort_name FROM contacts
                WHERE anniversary_md BETWEEN ?2 AND ?3
                UNION ALL
                SELECT doc, 'anniversary', anniversary_md, sort_name FROM contacts
                WHERE anniversary_md BETWEEN ?4 AND ?5)
            ORDER BY md < ?1, md, sort_name COLLATE NOCASE LIMIT 200
        ) o JOIN contacts c ON c.doc = o.doc JOIN docs d ON d.doc = o.doc
        ORDER BY o.md < ?1, o.md, o.sort_name COLLATE NOCASE)sql"));
    if (!query)
        return query.error();
    query->bind(1, from).bind(2, from).bind(3, crossesNewYear ? std::string("99") : to);
    query->bind(4, crossesNewYear ? std::string() : std::string("1"))
        .bind(5, crossesNewYear ? to : std::string("0"));
    return collect<OccasionRow>(*query, [](const sqlite::Query &row) { return readOccasion(row); });
}

Status NotebookQueries::forEachOccasion(const std::function<void(const OccasionRow &)> &visit)
{
    auto query = m_store.database().prepare(withColumns(occasionColumns, R"sql(
            SELECT doc, 'birthday' AS kind, birthday_md AS md FROM contacts
            WHERE birthday_md IS NOT NULL
            UNION ALL
            SELECT doc, 'anniversary', anniversary_md FROM contacts
            WHERE anniversary_md IS NOT NULL
        ) o JOIN contacts c ON c.doc = o.doc JOIN docs d ON d.doc = o.doc
        ORDER BY o.md, o.doc)sql"));
    if (!query)
        return query.error();
    return sqlite::forEachRow(*query,
                              [&visit](const sqlite::Query &row) { visit(readOccasion(row)); });
}

// The columns readAccount reads; each statement adds its sort_key and position.
constexpr std::string_view accountColumns
    = "SELECT d.id AS id, a.name AS name, a.town AS town, a.segment AS segment, a.tier AS tier, "
      "a.last_visit AS last_visit, a.lapses_on AS lapses_on, a.size AS size, a.potential AS "
      "potential, ";

Result<std::vector<AccountRow>> NotebookQueries::lapsedAccounts(const std::string &day, int limit)
{
    auto query = m_store.database().prepare(withColumns(accountColumns, R"sql(
            a.lapses_on AS sort_key, a.doc AS position
        FROM accounts a JOIN docs d ON d.doc = a.doc
        WHERE a.lapses_on IS NOT NULL AND a.lapses_on < ?1
          AND (a.lapse_answered IS NULL OR a.lapse_answered < a.lapses_on)
        ORDER BY a.lapses_on, a.doc LIMIT ?2)sql"));
    if (!query)
        return query.error();
    query->bind(1, day).bind(2, std::clamp(limit, 1, tuning::maxPageSize));
    return collect<AccountRow>(*query, readAccount);
}

Result<std::optional<AccountRow>> NotebookQueries::account(const std::string &accountId)
{
    auto query = m_store.database().prepare(withColumns(accountColumns, R"sql(
            a.name AS sort_key, a.doc AS position
        FROM accounts a JOIN docs d ON d.doc = a.doc WHERE d.id = ?1)sql"));
    if (!query)
        return query.error();
    query->bind(1, accountId);
    auto rows = collect<AccountRow>(*query, readAccount);
    if (!rows)
        return rows.error();
    return rows->empty() ? std::nullopt : std::optional<AccountRow>(rows->front());
}

Result<std::vector<AccountRow>> NotebookQueries::accounts(const AccountFilter &filter,
                                                          const std::optional<PageKey> &after,
                                                          int limit)
{
    limit = std::clamp(limit, 1, tuning::maxPageSize);
    // The text is matched as a plain substring (instr), never as a LIKE or FTS pattern.
    auto byName = m_store.database().prepare(withColumns(accountColumns, R"sql(
            a.name AS sort_key, a.doc AS position
        FROM accounts a JOIN docs d ON d.doc = a.doc
        WHERE (?1 IS NULL OR (a.name COLLATE NOCASE, a.doc) > (?1, ?2))
          AND (?4 = '' OR instr(lower(a.name), lower(?4)) > 0)
          AND (?5 = '' OR a.segment = ?5) AND (?6 = '' OR a.tier = ?6)
        ORDER BY a.name COLLATE NOCASE, a.doc LIMIT ?3)sql"));
    // Last contact: most recent first, never-visited accounts last.
    auto byLastContact = m_store.database().prepare(withColumns(accountColumns, R"sql(
            coalesce(a.last_visit, '') AS sort_key, a.doc AS position
        FROM accounts a JOIN docs d ON d.doc = a.doc
        WHERE (?1 IS NULL OR (coalesce(a.last_visit, ''), a.doc) < (?1, ?2))
          AND (?4 = '' OR instr(lower(a.name), lower(?4)) > 0)
          AND (?5 = '' OR a.segment = ?5) AND (?6 = '' OR a.tier = ?6)
        ORDER BY coalesce(a.last_visit, '') DESC, a.doc DESC LIMIT ?3)sql"));
    // Room to grow: the largest gap between potential and size first.
    auto byRoom = m_store.database().prepare(withColumns(accountColumns, R"sql(
            a.room AS sort_key, a.doc AS position
        FROM accounts a JOIN docs d ON d.doc = a.doc
        WHERE (?1 IS NULL OR (a.room, a.doc) < (CAST(?1 AS INTEGER), ?2))
          AND (?4 = '' OR instr(lower(a.name), lower(?4)) > 0)
          AND (?5 = '' OR a.segment = ?5) AND (?6 = '' OR a.tier = ?6)
        ORDER BY a.room DESC, a.doc DESC LIMIT ?3)sql"));
    if (!byName)
        return byName.error();
    if (!byLastContact)
        return byLastContact.error();
    if (!byRoom)
        return byRoom.error();
    auto &query = filter.sort == AccountFilter::Sort::ByName ? *byName
        : filter.sort == AccountFilter::Sort::ByLastContact  ? *byLastContact
                                                             : *byRoom;
    if (after)
        query.bind(1, after->sortKey).bind(2, after->position);
    query.bind(3, limit).bind(4, filter.text).bind(5, filter.segment).bind(6, filter.tier);
    return collect<AccountRow>(query, readAccount);
}

Result<std::vector<std::string>> NotebookQueries::segments()
{
    auto query
        = m_store.database().prepare("SELECT DISTINCT segment FROM accounts "
                                     "WHERE segment IS NOT NULL AND segment <> '' ORDER BY 1");
    if (!query)
        return query.error();
    return collect<std::string>(*query, [](const sqlite::Query &row) { return row.text(0); });
}

Result<std::optional<std::string>> NotebookQueries::accountNamed(const std::string &name)
{
    auto query = m_store.database().prepare(R"sql(
        SELECT d.id FROM accounts a JOIN docs d ON d.doc = a.doc
        WHERE a.name = ?1 COLLATE NOCASE AND d.deleted = 0 ORDER BY a.doc LIMIT 1)sql");
    if (!query)
        return query.error();
    query->bind(1, name);
    auto row = query->step();
    if (!row)
        return row.error();
    return *row ? std::optional<std::string>(query->text(0)) : std::nullopt;
}

Result<std::vector<std::string>> NotebookQueries::tiers()
{
    auto query = m_store.database().prepare("SELECT DISTINCT tier FROM accounts "
                                            "WHERE tier IS NOT NULL AND tier <> '' ORDER BY 1");
    if (!query)
        return query.error();
    return collect<std::string>(*query, [](const sqlite::Query &row) { return row.text(0); });
}

Result<std::vector<FeedbackRow>> NotebookQueries::feedbackOfAccount(const std::string &accountId,
                                                                    int limit)
{
    auto query = m_store.database().prepare(R"sql(
        SELECT d.id AS id, f.date AS date, f.score AS score, f.said AS said,
               f.needs_next AS needs_next
        FROM feedback f JOIN docs d ON d.doc = f.doc
        WHERE f.account_id = ?1
        ORDER BY f.date DESC, f.doc DESC LIMIT ?2)sql");
    if (!query)
        return query.error();
    query->bind(1, accountId).bind(2, std::clamp(limit, 1, tuning::maxPageSize));
    return collect<FeedbackRow>(*query, [](const sqlite::Query &row) {
        return FeedbackRow {row.text("id"), row.text("date"),
                            static_cast<int>(row.integer("score")), row.text("said"),
                            row.text("needs_next")};
    });
}

Result<std::vector<ContactRow>> NotebookQueries::contactsOfAccount(const std::string &accountId)
{
    auto query
        = m_store.database().prepare(query_rows::withColumns(query_rows::contactColumns, R"sql(
        FROM contacts c JOIN docs d ON d.doc = c.doc
        WHERE c.account_id = ?1
        ORDER BY c.sort_name COLLATE NOCASE, c.doc LIMIT 1000)sql"));
    if (!query)
        return query.error();
    query->bind(1, accountId);
    return collect<ContactRow>(*query, query_rows::readContact);
}

Result<std::vector<VisitRow>> NotebookQueries::visitsOfAccount(const std::string &accountId,
                                                               int limit)
{
    auto query = m_store.database().prepare(withColumns(visitColumns, R"sql(
        FROM visits v JOIN docs d ON d.doc = v.doc JOIN revs r ON r.rid = d.winner
        WHERE v.account_id = ?1
        ORDER BY v.date DESC, v.doc DESC LIMIT ?2)sql"));
    if (!query)
        return query.error();
    query->bind(1, accountId).bind(2, std::clamp(limit, 1, tuning::maxPageSize));
    return collect<VisitRow>(*query, readVisit);
}

Result<std::optional<VisitRow>> NotebookQueries::latestVisitWith(const std::string &contactId)
{
    auto query = m_store.database().prepare(withColumns(visitColumns, R"sql(
        FROM visit_contacts vc JOIN visits v ON v.doc = vc.doc
            JOIN docs d ON d.doc = v.doc JOIN revs r ON r.rid = d.winner
        WHERE vc.contact_id = ?1 AND v.planned = 0
        ORDER BY v.date DESC, v.doc DESC LIMIT 1)sql"));
    if (!query)
        return query.error();
    query->bind(1, contactId);
    auto rows = collect<VisitRow>(*query, readVisit);
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<VisitRow>();
    return std::optional<VisitRow>(std::move(rows->front()));
}

namespace {

// The open follow-ups of one record (`column` names which: a person, an account), soonest due
// first, undated last.
Result<std::vector<FollowUpRow>> openFollowUpsOf(sqlite::Database &db, std::string_view column,
                                                 const std::string &id, int limit)
{
    auto query = db.prepare(withColumns(followUpColumns,
                                        R"sql(
            coalesce(f.due, '9999') AS sort_key, f.doc AS position
        FROM followups f JOIN docs d ON d.doc = f.doc
        WHERE f.done = 0 AND f.)sql" + std::string(column)
                                            + R"sql( = ?1
        ORDER BY coalesce(f.due, '9999'), f.doc LIMIT ?2)sql"));
    if (!query)
        return query.error();
    query->bind(1, id).bind(2, limit);
    return collect<FollowUpRow>(*query, readFollowUp);
}

} // namespace

Result<std::vector<FollowUpRow>>
NotebookQueries::openFollowUpsOfContact(const std::string &contactId)
{
    return openFollowUpsOf(m_store.database(), "contact_id", contactId, 100);
}

Result<std::vector<FollowUpRow>>
NotebookQueries::openFollowUpsOfAccount(const std::string &accountId)
{
    return openFollowUpsOf(m_store.database(), "account_id", accountId, 1000);
}

// The few open conflicts first (CROSS JOIN keeps that order), then their documents: SQLite
// otherwise walked every document newest first to find them, for the sort (36 ms at 620,000
// documents, on Today's first frame).
Result<std::vector<ConflictRow>> NotebookQueries::openConflicts(int limit)
{
    auto query = m_store.database().prepare(R"sql(
        SELECT d.id, r.body,
               (SELECT t.body FROM docs td JOIN revs t ON t.rid = td.winner
                WHERE td.id = c.about_id)
        FROM open_conflicts c CROSS JOIN docs d ON d.doc = c.doc JOIN revs r ON r.rid = d.winner
        ORDER BY d.seq DESC LIMIT ?1)sql");
    if (!query)
        return query.error();
    query->bind(1, std::clamp(limit, 1, tuning::maxPageSize));
    std::vector<ConflictRow> rows;
    auto read = sqlite::forEachRow(*query, [&rows](const sqlite::Query &row) -> Status {
        auto body = parseStoredBody(row.textView(1), "a conflict document");
        if (!body)
            return body.error();
        // The record it is about, named as every page names it (that record may be gone).
        std::string title;
        if (!row.isNull(2)) {
            auto about = parseStoredBody(row.textView(2), "a document in conflict");
            if (about)
                title = notebook::displayName(*about);
        }
        rows.push_back(ConflictRow {row.text(0), std::move(*body), std::move(title)});
        return {};
    });
    if (!read)
        return read.error();
    return rows;
}

// Through the index of the documents that wait (migration 14), which this condition names.
Result<std::int64_t> NotebookQueries::changesWaitingToGo()
{
    return sqlite::singleInteger(
        m_store.database(), "SELECT count(*) FROM docs WHERE base_rev IS NULL OR base_rev <> rev");
}

Result<std::int64_t> NotebookQueries::liveDocuments()
{
    return sqlite::singleInteger(m_store.database(), "SELECT count(*) FROM docs WHERE deleted = 0");
}

} // namespace rapport
