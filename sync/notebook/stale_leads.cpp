#include "notebook/stale_leads.h"

#include "core/calendar_day.h"
#include "core/fields.h"
#include "merge/local_editor.h"
#include "notebook/query_rows.h"
#include "store/sqlite.h"
#include "store/store.h"

namespace rapport::notebook {

Result<std::vector<StaleLead>> staleLeads(Store &store, std::string_view today, int limit)
{
    const std::string yearAgo = addDays(std::string(today), -365);
    auto query = store.database().prepare(R"sql(
        SELECT d.id AS id, l.name AS name, coalesce(l.company, '') AS company,
               l.captured_on AS captured_on, coalesce(l.event, '') AS event
        FROM leads l JOIN docs d ON d.doc = l.doc JOIN revs r ON r.rid = d.winner
        WHERE l.contact_id IS NULL AND l.captured_on IS NOT NULL AND l.captured_on <= ?1
          AND NOT EXISTS (SELECT 1 FROM followups f WHERE f.lead_id = d.id)
          AND coalesce(r.body ->> '$.keptOn', '') <= ?1
        ORDER BY l.captured_on, l.doc LIMIT ?2)sql");
    if (!query)
        return query.error();
    query->bind(1, yearAgo).bind(2, limit);
    return query_rows::collect<StaleLead>(*query, [](const sqlite::Query &row) {
        return StaleLead {row.text("id"), row.text("name"), row.text("company"),
                          row.text("captured_on"), row.text("event")};
    });
}

Status keepLead(merge::LocalEditor &editor, const std::string &leadId, std::string_view today)
{
    auto lead = editor.store().get(leadId);
    if (!lead)
        return lead.error();
    if (stringMember(lead->body, "type") != "lead")
        return Error {Errc::BadRequest, leadId + " is not a lead"};
    lead->body["keptOn"] = std::string(today);
    auto saved = editor.save(*lead);
    if (!saved)
        return saved.error();
    return {};
}

} // namespace rapport::notebook
