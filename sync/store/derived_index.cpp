#include "store/derived_index.h"

#include "core/fields.h"
#include "notebook/display_name.h"
#include "store/document.h"
#include "store/sqlite.h"
#include "store/tuning.h"

#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>

namespace rapport {

namespace {

std::string text(const Json &body, const char *key)
{
    return stringMember(body, key);
}

std::optional<std::string> optionalText(const Json &body, const char *key)
{
    auto found = body.find(key);
    if (found == body.end() || !found->is_string())
        return std::nullopt;
    return found->get<std::string>();
}

// Every string inside a value (arrays and nested objects included): a child's name and what
// the child collects are both things a salesperson searches by.
void appendStrings(const Json &value, std::string &out)
{
    if (value.is_string()) {
        out += value.get_ref<const std::string &>();
        out += '\n';
    } else if (value.is_structured()) {
        for (const auto &item : value)
            appendStrings(item, out);
    }
}

std::string joinFields(const Json &body, std::initializer_list<const char *> keys)
{
    std::string out;
    for (const char *key : keys) {
        if (auto found = body.find(key); found != body.end())
            appendStrings(*found, out);
    }
    return out;
}

std::string joinNames(const std::string &first, const std::string &second)
{
    if (first.empty())
        return second;
    if (second.empty())
        return first;
    return first + " " + second;
}

// "1984-02-29" or "--02-29" (no year known) -> "02-29": the key for "birthdays this week".
std::optional<std::string> monthDay(const std::optional<std::string> &date)
{
    if (!date || date->size() < 5)
        return std::nullopt;
    auto md = date->substr(date->size() - 5);
    if (md[2] != '-')
        return std::nullopt;
    return md;
}

// In a savepoint, the entry waits in the queue: `replaces` says the index holds an older entry
// for the document (the first queueing in the batch knows; later ones keep its answer), and a
// null title means the document leaves the index.
Status queueSearch(sqlite::Database &db, std::int64_t doc, bool replaces, const std::string *title,
                   const std::string *body)
{
    auto query = db.prepare(R"sql(
        INSERT INTO temp.search_queue(doc, replaces, title, body) VALUES (?, ?, ?, ?)
        ON CONFLICT(doc) DO UPDATE SET title = excluded.title, body = excluded.body)sql");
    if (!query)
        return query.error();
    query->bind(1, doc).bind(2, replaces);
    if (title)
        query->bind(3, *title).bind(4, *body);
    return query->run();
}

Status writeSearch(sqlite::Database &db, std::int64_t doc, const std::string &title,
                   const std::string &body)
{
    auto query = db.prepare("INSERT INTO search(rowid, title, body) VALUES (?, ?, ?)");
    if (!query)
        return query.error();
    if (auto added = query->bind(1, doc).bind(2, title).bind(3, body).run();
        !added || title.empty())
        return added;
    auto names = db.prepare("INSERT INTO search_names(rowid, title) VALUES (?, ?)");
    if (!names)
        return names.error();
    return names->bind(1, doc).bind(2, title).run();
}

Status eraseSearch(sqlite::Database &db, std::int64_t doc)
{
    for (const char *sql :
         {"DELETE FROM search WHERE rowid = ?", "DELETE FROM search_names WHERE rowid = ?"}) {
        auto query = db.prepare(sql);
        if (!query)
            return query.error();
        if (auto removed = query->bind(1, doc).run(); !removed)
            return removed;
    }
    return {};
}

Status addToSearch(sqlite::Database &db, std::int64_t doc, const std::string &title,
                   const std::string &body)
{
    if (db.savepointDepth() > 0)
        return queueSearch(db, doc, false, &title, &body);
    return writeSearch(db, doc, title, body);
}

// The contact cadence of an account: its own, else its segment's (from the cadence document).
#define CADENCE_OF_ACCOUNTS                                                                        \
    "coalesce(accounts.cadence_days, "                                                             \
    "(SELECT days FROM segment_cadence s WHERE s.segment = accounts.segment))"

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

Status indexAccount(sqlite::Database &db, std::int64_t doc, const Json &body)
{
    const auto name = text(body, "name");
    // The last visit comes from the visits already indexed (a visit may arrive before its
    // account does).
    auto query = db.prepare(R"sql(
        INSERT INTO accounts(doc, name, town, segment, tier, cadence_days, last_visit, lapses_on,
                             lapse_answered, size, potential)
        SELECT ?1, ?2, ?3, ?4, ?5, ?6, last,
               date(last, '+' || coalesce(?6, (SELECT days FROM segment_cadence
                                               WHERE segment = ?4)) || ' days'), ?7, ?8, ?9
        FROM (SELECT max(date) AS last FROM visits
              WHERE planned = 0 AND account_id = (SELECT id FROM docs WHERE doc = ?1)))sql");
    if (!query)
        return query.error();
    query->bind(1, doc).bind(2, name).bind(3, optionalText(body, "town"));
    query->bind(4, optionalText(body, "segment")).bind(5, optionalText(body, "tier"));
    auto cadence = body.find("cadenceDays");
    if (cadence != body.end() && cadence->is_number_integer() && cadence->get<std::int64_t>() > 0)
        query->bind(6, cadence->get<std::int64_t>());
    query->bind(7, lastLapseAnswer(body));
    for (const auto &[column, key] : {std::pair {8, "size"}, std::pair {9, "potential"}})
        if (auto value = body.find(key); value != body.end() && value->is_number_integer())
            query->bind(column, value->get<std::int64_t>());
    if (auto inserted = query->run(); !inserted)
        return inserted;
    return addToSearch(db, doc, name,
                       joinFields(body, {"town", "address", "segment", "tags", "notes"}));
}

// Every account's lapse day again, after the segments' cadences changed.
Status refreshAllLapses(sqlite::Database &db)
{
    return db.exec("UPDATE accounts SET lapses_on = date(last_visit, '+' || " CADENCE_OF_ACCOUNTS
                   " || ' days') WHERE last_visit IS NOT NULL");
}

// The one `cadence` document: days between visits per segment, {"segments":{"retail":30}}.
Status indexCadence(sqlite::Database &db, std::int64_t doc, const Json &body)
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

// The forms two devices' entries of one person's address and number are compared in (the
// migration that added these columns computes the same in SQL).
std::optional<std::string> normalisedEmail(const std::optional<std::string> &email)
{
    if (!email)
        return std::nullopt;
    const auto first = email->find_first_not_of(' ');
    if (first == std::string::npos)
        return std::nullopt;
    std::string out = email->substr(first, email->find_last_not_of(' ') - first + 1);
    for (char &c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a'); // ASCII only, as SQLite's lower()
    return out;
}

std::optional<std::string> normalisedPhone(const std::optional<std::string> &phone)
{
    if (!phone)
        return std::nullopt;
    std::string out;
    for (char c : *phone)
        if (std::string_view(" -()/.").find(c) == std::string_view::npos)
            out.push_back(c);
    return out.size() >= 6 ? std::optional(out) : std::nullopt;
}

Status indexContact(sqlite::Database &db, std::int64_t doc, const Json &body)
{
    const auto first = text(body, "firstName");
    const auto last = text(body, "lastName");
    const auto display = notebook::personName(body);
    const auto sortName = last.empty() ? display : joinNames(last, first);
    auto query = db.prepare("INSERT INTO contacts(doc, account_id, sort_name, display_name, role, "
                            "birthday_md, email, phone, anniversary_md) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!query)
        return query.error();
    query->bind(1, doc).bind(2, optionalText(body, "accountId")).bind(3, sortName);
    query->bind(4, display).bind(5, optionalText(body, "role"));
    query->bind(6, monthDay(optionalText(body, "birthday")));
    query->bind(7, normalisedEmail(optionalText(body, "email")));
    query->bind(8, normalisedPhone(optionalText(body, "phone")));
    query->bind(9, monthDay(optionalText(body, "anniversary")));
    if (auto inserted = query->run(); !inserted)
        return inserted;
    return addToSearch(
        db, doc, display,
        joinFields(body,
                   {"company", "title", "email", "phone", "town", "family", "hobbies", "likes",
                    "dislikes", "interests", "howWeMet", "tags", "notes"}));
}

// An account's last visit (planned ones do not count) and the day it lapses past its cadence,
// after a visit of it was written or removed.
Status refreshAccountActivity(sqlite::Database &db, const std::string &accountId)
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

Status indexVisit(sqlite::Database &db, std::int64_t doc, const Json &body)
{
    const auto accountId = optionalText(body, "accountId");
    if (auto date = optionalText(body, "date")) {
        auto query
            = db.prepare("INSERT INTO visits(doc, account_id, date, planned) VALUES (?, ?, ?, ?)");
        if (!query)
            return query.error();
        auto planned = body.find("planned");
        const bool isPlanned
            = planned != body.end() && planned->is_boolean() && planned->get<bool>();
        auto inserted
            = query->bind(1, doc).bind(2, accountId).bind(3, *date).bind(4, isPlanned).run();
        if (!inserted)
            return inserted;
        if (accountId) {
            if (auto refreshed = refreshAccountActivity(db, *accountId); !refreshed)
                return refreshed;
        }
    }
    if (auto contacts = body.find("contactIds"); contacts != body.end() && contacts->is_array()) {
        auto query
            = db.prepare("INSERT OR IGNORE INTO visit_contacts(contact_id, doc) VALUES (?, ?)");
        if (!query)
            return query.error();
        for (const auto &contact : *contacts) {
            if (!contact.is_string())
                continue;
            if (auto linked = query->bind(1, contact.get<std::string>()).bind(2, doc).run();
                !linked)
                return linked;
            query->reset();
        }
    }
    return addToSearch(db, doc, text(body, "title"),
                       joinFields(body, {"notes", "outcome", "nextSteps", "topics"}));
}

Status indexFollowup(sqlite::Database &db, std::int64_t doc, const Json &body)
{
    const auto title = text(body, "title");
    auto done = body.find("done");
    auto query = db.prepare("INSERT INTO followups(doc, title, due, done, account_id, contact_id, "
                            "visit_id, lead_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!query)
        return query.error();
    query->bind(1, doc).bind(2, title).bind(3, optionalText(body, "due"));
    query->bind(4, done != body.end() && done->is_boolean() && done->get<bool>());
    query->bind(5, optionalText(body, "accountId")).bind(6, optionalText(body, "contactId"));
    query->bind(7, optionalText(body, "visitId")).bind(8, optionalText(body, "leadId"));
    if (auto inserted = query->run(); !inserted)
        return inserted;
    return addToSearch(db, doc, title, joinFields(body, {"notes"}));
}

// What a customer said about how well their expectations were met: a score and words.
Status indexFeedback(sqlite::Database &db, std::int64_t doc, const Json &body)
{
    auto query
        = db.prepare("INSERT INTO feedback(doc, account_id, date, score) VALUES (?, ?, ?, ?)");
    if (!query)
        return query.error();
    query->bind(1, doc)
        .bind(2, optionalText(body, "accountId"))
        .bind(3, optionalText(body, "date"));
    if (auto score = body.find("score"); score != body.end() && score->is_number_integer())
        query->bind(4, score->get<std::int64_t>());
    if (auto inserted = query->run(); !inserted)
        return inserted;
    return addToSearch(db, doc, std::string(), joinFields(body, {"said", "needsNext"}));
}

// A conflict document waits in the review list until the person restores or dismisses it.
// A likely duplicate waits for review until the person merges the two or says they differ.
Status indexDuplicate(sqlite::Database &db, std::int64_t doc, const Json &body)
{
    if (text(body, "status") != "open")
        return {};
    auto query = db.prepare("INSERT INTO open_duplicates(doc) VALUES (?)");
    if (!query)
        return query.error();
    return query->bind(1, doc).run();
}

Status indexConflict(sqlite::Database &db, std::int64_t doc, const Json &body)
{
    if (text(body, "status") != "open")
        return {};
    auto query = db.prepare("INSERT INTO open_conflicts(doc) VALUES (?)");
    if (!query)
        return query.error();
    return query->bind(1, doc).run();
}

// A trade-show lead: who, from which company, how warm (1 cold to 3 hot), captured when and
// where, and the contact it became, if it was converted.
Status indexLead(sqlite::Database &db, std::int64_t doc, const Json &body)
{
    auto query = db.prepare("INSERT INTO leads(doc, name, company, warmth, captured_on, event, "
                            "contact_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!query)
        return query.error();
    query->bind(1, doc).bind(2, text(body, "name")).bind(3, optionalText(body, "company"));
    if (auto warmth = body.find("warmth"); warmth != body.end() && warmth->is_number_integer())
        query->bind(4, warmth->get<std::int64_t>());
    query->bind(5, optionalText(body, "capturedOn")).bind(6, optionalText(body, "event"));
    query->bind(7, optionalText(body, "contactId"));
    if (auto inserted = query->run(); !inserted)
        return inserted;
    return addToSearch(db, doc, text(body, "name"),
                       joinFields(body, {"company", "email", "phone", "interests", "notes"}));
}

// Which document types feed which tables. Types not listed (and unknown ones from a newer
// app) are stored and synced but not indexed.
struct TypeIndexer
{
    std::string_view type;
    Status (*index)(sqlite::Database &, std::int64_t, const Json &);
};

constexpr TypeIndexer indexers[] = {
    {"account", indexAccount},   {"contact", indexContact}, {"visit", indexVisit},
    {"followup", indexFollowup}, {"lead", indexLead},       {"conflict", indexConflict},
    {"feedback", indexFeedback}, {"cadence", indexCadence}, {"duplicate", indexDuplicate},
};

Status removeFromIndex(sqlite::Database &db, std::int64_t doc)
{
    // A visit that goes away may have been its account's last.
    auto visitAccount = db.prepare("SELECT account_id FROM visits WHERE doc = ?");
    if (!visitAccount)
        return visitAccount.error();
    auto visitRow = visitAccount->bind(1, doc).step();
    if (!visitRow)
        return visitRow.error();
    std::optional<std::string> accountId;
    if (*visitRow && !visitAccount->isNull(0))
        accountId = visitAccount->text(0);
    visitAccount->reset();

    static constexpr const char *statements[] = {
        "DELETE FROM accounts WHERE doc = ?",        "DELETE FROM contacts WHERE doc = ?",
        "DELETE FROM visits WHERE doc = ?",          "DELETE FROM visit_contacts WHERE doc = ?",
        "DELETE FROM followups WHERE doc = ?",       "DELETE FROM open_conflicts WHERE doc = ?",
        "DELETE FROM feedback WHERE doc = ?",        "DELETE FROM leads WHERE doc = ?",
        "DELETE FROM open_duplicates WHERE doc = ?",
    };
    for (const char *sql : statements) {
        auto query = db.prepare(sql);
        if (!query)
            return query.error();
        if (auto removed = query->bind(1, doc).run(); !removed)
            return removed;
    }
    if (accountId) {
        if (auto refreshed = refreshAccountActivity(db, *accountId); !refreshed)
            return refreshed;
    }
    // The cadence document: its segments' days go, and every lapse day with them.
    auto cadences = db.prepare("DELETE FROM segment_cadence WHERE doc = ?");
    if (!cadences)
        return cadences.error();
    if (auto removed = cadences->bind(1, doc).run(); !removed)
        return removed;
    if (db.changes() > 0) {
        if (auto refreshed = refreshAllLapses(db); !refreshed)
            return refreshed;
    }
    if (db.savepointDepth() > 0)
        return queueSearch(db, doc, true, nullptr, nullptr);
    return eraseSearch(db, doc);
}

} // namespace

Status DerivedIndex::update(sqlite::Database &db, std::int64_t doc, bool wasIndexed,
                            const Json *winnerBody)
{
    if (wasIndexed) {
        if (auto removed = removeFromIndex(db, doc); !removed)
            return removed;
    }
    if (!winnerBody)
        return {};
    const auto type = text(*winnerBody, "type");
    for (const auto &indexer : indexers) {
        if (indexer.type == type)
            return indexer.index(db, doc, *winnerBody);
    }
    return {};
}

Status DerivedIndex::prepareConnection(sqlite::Database &db)
{
    return db.exec(R"sql(
        CREATE TEMP TABLE IF NOT EXISTS search_queue (
            doc      INTEGER PRIMARY KEY,
            replaces INTEGER NOT NULL,
            title    TEXT,
            body     TEXT
        ))sql");
}

Status DerivedIndex::flushQueuedSearch(sqlite::Database &db)
{
    auto queued = db.prepare("SELECT doc, replaces, title, body FROM temp.search_queue");
    if (!queued)
        return queued.error();
    std::int64_t rows = 0;
    while (true) {
        auto row = queued->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const std::int64_t doc = queued->integer(0);
        ++rows;
        if (queued->integer(1) != 0) {
            if (auto erased = eraseSearch(db, doc); !erased)
                return erased;
        }
        if (!queued->isNull(2)) {
            if (auto written = writeSearch(db, doc, queued->text(2), queued->text(3)); !written)
                return written;
        }
    }
    queued->reset();
    if (rows > 0) {
        // The merge work the batch's writes call for, done now (see the migration to version 4).
        const std::int64_t pages = std::max<std::int64_t>(
            tuning::minSearchMergePages, rows * tuning::searchMergePagesPerDocument);
        const std::string merge = "INSERT INTO search(search, rank) VALUES ('merge', "
            + std::to_string(pages)
            + "); INSERT INTO search_names(search_names, rank) VALUES ('merge', "
            + std::to_string(pages) + ");";
        if (auto merged = db.exec(merge.c_str()); !merged)
            return merged;
    }
    return db.exec("DELETE FROM temp.search_queue");
}

Status DerivedIndex::rebuildAll(sqlite::Database &db)
{
    auto query = db.prepare("SELECT d.doc, r.body FROM docs d JOIN revs r ON r.rid = d.winner "
                            "WHERE d.deleted = 0");
    if (!query)
        return query.error();
    while (true) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        auto body = parseStoredBody(query->textView(1), "a document");
        if (!body)
            return body.error();
        if (auto updated = update(db, query->integer(0), false, &*body); !updated)
            return updated;
    }
}

} // namespace rapport
