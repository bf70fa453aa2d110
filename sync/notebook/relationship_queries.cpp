// NotebookQueries for the relationship features: visits that led to no follow-up, who at an
// account was seen when, trade-show leads, and cadences per segment.
#include "notebook/notebook_queries.h"
#include "notebook/query_rows.h"
#include "store/tuning.h"

#include <algorithm>

namespace rapport {

using query_rows::collect;
using query_rows::readVisit;
using query_rows::visitColumns;
using query_rows::withColumns;

Result<std::vector<VisitRow>> NotebookQueries::visitsWithoutFollowUp(const std::string &firstDay,
                                                                     const std::string &lastDay,
                                                                     int limit)
{
    auto query = m_store.database().prepare(withColumns(visitColumns, R"sql(
        FROM visits v JOIN docs d ON d.doc = v.doc
        WHERE v.date BETWEEN ?1 AND ?2 AND v.planned = 0 AND v.no_follow_up_needed = 0
          AND NOT EXISTS (SELECT 1 FROM followups f WHERE f.visit_id = d.id)
        ORDER BY v.date DESC, v.doc DESC LIMIT ?3)sql"));
    if (!query)
        return query.error();
    query->bind(1, firstDay).bind(2, lastDay).bind(3, std::clamp(limit, 1, tuning::maxPageSize));
    return collect<VisitRow>(*query, readVisit);
}

Result<std::vector<PersonActivity>>
NotebookQueries::peopleWithLastVisit(const std::string &accountId)
{
    auto query
        = m_store.database().prepare(query_rows::withColumns(query_rows::contactColumns, R"sql(,
               (SELECT max(v.date) FROM visit_contacts vc JOIN visits v ON v.doc = vc.doc
                WHERE vc.contact_id = d.id AND v.planned = 0) AS last_visit
        FROM contacts c JOIN docs d ON d.doc = c.doc
        WHERE c.account_id = ?1
        ORDER BY c.sort_name COLLATE NOCASE, c.doc LIMIT 1000)sql"));
    if (!query)
        return query.error();
    query->bind(1, accountId);
    return collect<PersonActivity>(*query, [](const sqlite::Query &row) {
        return PersonActivity {query_rows::readContact(row), row.text("last_visit")};
    });
}

Result<std::vector<LeadRow>> NotebookQueries::leads(LeadState state,
                                                    const std::optional<PageKey> &after, int limit)
{
    // Newest first: the key is the capture day, then the row (both descending).
    auto query = m_store.database().prepare(R"sql(
        SELECT d.id AS id, l.name AS name, l.company AS company, l.warmth AS warmth,
               l.captured_on AS captured_on, l.event AS event, l.contact_id AS contact_id,
               (SELECT count(*) FROM followups f WHERE f.lead_id = d.id) AS follow_ups,
               coalesce(l.captured_on, '') AS sort_key, l.doc AS position
        FROM leads l JOIN docs d ON d.doc = l.doc
        WHERE (?1 = 0 OR (l.contact_id IS NULL
                          AND NOT EXISTS (SELECT 1 FROM followups f WHERE f.lead_id = d.id)))
          AND (?2 IS NULL OR (coalesce(l.captured_on, ''), l.doc) < (?2, ?3))
        ORDER BY coalesce(l.captured_on, '') DESC, l.doc DESC LIMIT ?4)sql");
    if (!query)
        return query.error();
    query->bind(1, state == LeadState::NeverFollowedUp);
    if (after)
        query->bind(2, after->sortKey).bind(3, after->position);
    query->bind(4, std::clamp(limit, 1, tuning::maxPageSize));
    return collect<LeadRow>(*query, [](const sqlite::Query &row) {
        return LeadRow {row.text("id"),          row.text("name"),
                        row.text("company"),     static_cast<int>(row.integer("warmth")),
                        row.text("captured_on"), row.text("event"),
                        row.text("contact_id"),  static_cast<int>(row.integer("follow_ups")),
                        query_rows::pageKey(row)};
    });
}

Result<std::vector<DuplicateRow>> NotebookQueries::openDuplicates(int limit)
{
    auto query = m_store.database().prepare(R"sql(
        SELECT d.id AS id, a.id AS first_id, ca.display_name AS first_name, b.id AS second_id,
               cb.display_name AS second_name
        FROM open_duplicates o JOIN docs d ON d.doc = o.doc
             JOIN docs a ON a.id = o.first_id AND a.deleted = 0
             JOIN contacts ca ON ca.doc = a.doc
             JOIN docs b ON b.id = o.second_id AND b.deleted = 0
             JOIN contacts cb ON cb.doc = b.doc
        ORDER BY ca.sort_name COLLATE NOCASE, o.doc LIMIT ?1)sql");
    if (!query)
        return query.error();
    query->bind(1, std::clamp(limit, 1, tuning::maxPageSize));
    return collect<DuplicateRow>(*query, [](const sqlite::Query &row) {
        return DuplicateRow {row.text("id"), row.text("first_id"), row.text("first_name"),
                             row.text("second_id"), row.text("second_name")};
    });
}

Result<std::vector<std::string>>
NotebookQueries::documentsAboutContact(const std::string &contactId)
{
    auto query = m_store.database().prepare(R"sql(
        SELECT d.id FROM visit_contacts vc JOIN docs d ON d.doc = vc.doc WHERE vc.contact_id = ?1
        UNION SELECT d.id FROM followups f JOIN docs d ON d.doc = f.doc WHERE f.contact_id = ?1
        UNION SELECT d.id FROM leads l JOIN docs d ON d.doc = l.doc WHERE l.contact_id = ?1
        UNION SELECT d.id FROM feedback f JOIN docs d ON d.doc = f.doc WHERE f.contact_id = ?1)sql");
    if (!query)
        return query.error();
    query->bind(1, contactId);
    return collect<std::string>(*query, [](const sqlite::Query &row) { return row.text(0); });
}

Result<std::map<std::string, int>> NotebookQueries::segmentCadences()
{
    auto query = m_store.database().prepare("SELECT segment, days FROM segment_cadence");
    if (!query)
        return query.error();
    std::map<std::string, int> out;
    auto read = sqlite::forEachRow(*query, [&out](const sqlite::Query &row) {
        out[row.text(0)] = static_cast<int>(row.integer(1));
    });
    if (!read)
        return read.error();
    return out;
}

} // namespace rapport
