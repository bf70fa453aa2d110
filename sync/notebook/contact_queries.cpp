// The notebook's people: every contact by name, paged, and pairs that look like one person.
#include "core/fields.h"
#include "notebook/index_fields.h"
#include "notebook/notebook_queries.h"
#include "notebook/query_rows.h"
#include "store/sqlite.h"
#include "store/store.h"
#include "store/tuning.h"

#include <algorithm>
#include <set>

namespace rapport {

Result<std::vector<ContactRow>> NotebookQueries::contactsByName(const std::optional<PageKey> &after,
                                                                int limit)
{
    limit = std::clamp(limit, 1, tuning::maxPageSize);
    // Keyset paging: the page after (sort_name, id) of the previous page's last row, so the
    // hundredth page costs what the first one does.
    auto query
        = m_store.database().prepare(query_rows::withColumns(query_rows::contactColumns, R"sql(
        FROM contacts c JOIN docs d ON d.doc = c.doc
        WHERE ?1 IS NULL OR (c.sort_name COLLATE NOCASE, c.doc) > (?1, ?2)
        ORDER BY c.sort_name COLLATE NOCASE, c.doc
        LIMIT ?3)sql"));
    if (!query)
        return query.error();
    if (after)
        query->bind(1, after->sortKey).bind(2, after->position);
    query->bind(3, limit);
    return query_rows::collect<ContactRow>(*query, query_rows::readContact);
}

Result<std::vector<std::pair<std::string, std::string>>>
NotebookQueries::likelyDuplicateContacts(std::int64_t since)
{
    auto query = m_store.database().prepare(R"sql(
        SELECT a.id, b.id FROM docs a JOIN contacts ca ON ca.doc = a.doc
            JOIN contacts cb ON cb.email = ca.email AND cb.doc <> ca.doc
            JOIN docs b ON b.doc = cb.doc
        WHERE a.seq > ?1 AND ca.email IS NOT NULL
        UNION
        SELECT a.id, b.id FROM docs a JOIN contacts ca ON ca.doc = a.doc
            JOIN contacts cb ON cb.phone = ca.phone AND cb.doc <> ca.doc
            JOIN docs b ON b.doc = cb.doc
        WHERE a.seq > ?1 AND ca.phone IS NOT NULL
        UNION
        SELECT a.id, b.id FROM docs a JOIN contacts ca ON ca.doc = a.doc
            JOIN contacts cb ON cb.account_id = ca.account_id AND cb.doc <> ca.doc
                AND cb.display_name = ca.display_name COLLATE NOCASE
            JOIN docs b ON b.doc = cb.doc
        WHERE a.seq > ?1 AND ca.account_id IS NOT NULL)sql");
    if (!query)
        return query.error();
    query->bind(1, since);
    std::set<std::pair<std::string, std::string>> pairs;
    auto read = sqlite::forEachRow(*query, [&pairs](const sqlite::Query &row) {
        auto first = row.text(0);
        auto second = row.text(1);
        if (second < first)
            std::swap(first, second);
        pairs.emplace(std::move(first), std::move(second));
    });
    if (!read)
        return read.error();
    return std::vector<std::pair<std::string, std::string>>(pairs.begin(), pairs.end());
}

Result<std::optional<PersonMatch>>
NotebookQueries::personLike(const std::string &name, const std::vector<std::string> &emails,
                            const std::vector<std::string> &phones)
{
    struct Look
    {
        const char *sameWhat;
        const char *sql;
        std::vector<std::string> values;
    };
    std::vector<Look> looks {
        {"email",
         "SELECT d.id, 'contact', c.display_name FROM contacts c JOIN docs d ON d.doc = c.doc "
         "WHERE c.email = ?1 LIMIT 1",
         {}},
        {"phone",
         "SELECT d.id, 'contact', c.display_name FROM contacts c JOIN docs d ON d.doc = c.doc "
         "WHERE c.phone = ?1 LIMIT 1",
         {}},
        {"name",
         "SELECT d.id, 'contact', c.display_name FROM contacts c JOIN docs d ON d.doc = c.doc "
         "WHERE c.display_name = ?1 COLLATE NOCASE UNION ALL "
         "SELECT d.id, 'lead', l.name FROM leads l JOIN docs d ON d.doc = l.doc "
         "WHERE l.name = ?1 COLLATE NOCASE LIMIT 1",
         {}},
    };
    for (const auto &email : emails)
        if (auto normal = notebook::normalisedEmail(email))
            looks[0].values.push_back(*normal);
    for (const auto &phone : phones)
        if (auto normal = notebook::normalisedPhone(phone))
            looks[1].values.push_back(*normal);
    if (auto trimmedName = trimmed(name); !trimmedName.empty())
        looks[2].values.push_back(trimmedName);
    for (const auto &look : looks) {
        for (const auto &value : look.values) {
            auto query = m_store.database().prepare(look.sql);
            if (!query)
                return query.error();
            query->bind(1, value);
            std::optional<PersonMatch> found;
            auto read = sqlite::forEachRow(*query, [&](const sqlite::Query &row) {
                if (!found)
                    found = PersonMatch {row.text(0), row.text(1), row.text(2), look.sameWhat};
            });
            if (!read)
                return read.error();
            if (found)
                return found;
        }
    }
    return std::optional<PersonMatch>();
}

} // namespace rapport
