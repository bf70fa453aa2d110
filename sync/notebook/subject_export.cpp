#include "notebook/subject_export.h"

#include "core/fields.h"
#include "merge/hybrid_clock.h"
#include "notebook/display_name.h"
#include "notebook/index_fields.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <algorithm>
#include <chrono>
#include <map>

namespace rapport::notebook {

namespace {

// "2026-11-25 14:03 UTC" for a clock's wall-clock milliseconds.
std::string utcMinute(std::int64_t millis)
{
    using namespace std::chrono;
    const sys_time<milliseconds> at {milliseconds(millis)};
    const auto day = floor<days>(at);
    const year_month_day date {day};
    const hh_mm_ss time {floor<minutes>(at - day)};
    char text[48]; // room for any year the type holds, which GCC counts with
    std::snprintf(text, sizeof text, "%04d-%02u-%02u %02ld:%02ld UTC", int(date.year()),
                  unsigned(date.month()), unsigned(date.day()), long(time.hours().count()),
                  long(time.minutes().count()));
    return text;
}

// When and where the record was last changed: its latest field clock.
Json writtenOf(const Json &body)
{
    std::optional<merge::Stamp> latest;
    if (const auto clocks = body.find("clocks"); clocks != body.end() && clocks->is_object()) {
        for (const auto &[path, text] : clocks->items()) {
            if (!text.is_string())
                continue;
            auto stamp = merge::Stamp::parse(text.get<std::string>());
            if (stamp && (!latest || *latest < *stamp))
                latest = stamp;
        }
    }
    if (!latest)
        return Json {{"on", ""}, {"device", ""}};
    return Json {{"on", utcMinute(latest->millis)}, {"device", latest->device}};
}

Json entryOf(const std::string &id, const Json &body)
{
    Json fields = body;
    fields.erase("clocks");
    fields.erase("type");
    return Json {{"id", id},
                 {"type", stringMember(body, "type")},
                 {"name", displayName(body)},
                 {"fields", fields},
                 {"written", writtenOf(body)}};
}

// The section a record belongs in, or nullptr when it is not about the person.
const char *sectionOf(const std::string &type, const Json &body, const std::string &id)
{
    if (type == "visit" && listHolds(body, "contactIds", id))
        return "visits";
    if (type == "followup" && stringMember(body, "contactId") == id)
        return "followUps";
    if (type == "feedback" && stringMember(body, "contactId") == id)
        return "feedback";
    if (type == "lead" && stringMember(body, "contactId") == id)
        return "leads";
    if (type == "conflict" && stringMember(body, "docId") == id)
        return "conflicts";
    return nullptr;
}

} // namespace

Result<Json> subjectRecord(Store &store, std::string_view contactId, std::string_view today)
{
    auto contact = store.get(contactId);
    if (!contact)
        return contact.error();
    if (stringMember(contact->body, "type") != "contact")
        return Error {Errc::BadRequest, std::string(contactId) + " is not a person"};
    const std::string id(contactId);
    Json person = entryOf(id, contact->body);
    person["name"] = personName(contact->body);
    Json greetings = person["fields"].value("greetings", Json::array());
    person["fields"].erase("greetings");

    std::map<std::string, Json> sections;
    for (const char *name : {"visits", "followUps", "feedback", "leads", "conflicts"})
        sections[name] = Json::array();
    std::map<std::string, std::string> accountNames;
    // The records about the person, found through the notebook's indexes (so the time grows
    // with what is kept about them, not with the notebook): visits they were at, follow-ups,
    // leads, feedback, and the conflicts recorded about their record.
    auto records = store.database().prepare(R"sql(
        SELECT d.id AS id, r.body AS body FROM docs d JOIN revs r ON r.rid = d.winner
        WHERE d.deleted = 0 AND d.doc IN (
            SELECT doc FROM visit_contacts WHERE contact_id = ?1
            UNION SELECT doc FROM followups WHERE contact_id = ?1
            UNION SELECT doc FROM leads WHERE contact_id = ?1
            UNION SELECT doc FROM feedback WHERE contact_id = ?1
            UNION SELECT t.doc FROM record_types t JOIN docs cd ON cd.doc = t.doc
                  JOIN revs cr ON cr.rid = cd.winner
                  WHERE t.type = 'conflict' AND cr.body ->> '$.docId' = ?1)
        ORDER BY d.id)sql");
    if (!records)
        return records.error();
    records->bind(1, id);
    auto read = sqlite::forEachRow(*records, [&](const sqlite::Query &row) {
        const Json body = Json::parse(row.text("body"), nullptr, false);
        if (!body.is_object())
            return;
        if (const char *section = sectionOf(stringMember(body, "type"), body, id))
            sections[section].push_back(entryOf(row.text("id"), body));
    });
    if (!read)
        return read.error();
    for (auto &visit : sections["visits"]) {
        const std::string account = stringMember(visit["fields"], "accountId");
        if (account.empty())
            continue;
        if (!accountNames.contains(account)) {
            auto found = store.get(account);
            accountNames[account] = found ? displayName(found->body) : std::string();
        }
        if (!accountNames[account].empty())
            visit["account"] = accountNames[account];
    }
    std::stable_sort(
        sections["visits"].begin(), sections["visits"].end(), [](const Json &a, const Json &b) {
            return stringMember(a["fields"], "date") < stringMember(b["fields"], "date");
        });
    Json record {{"person", person}, {"greetings", greetings}, {"producedOn", std::string(today)}};
    Json counts = Json::object();
    for (auto &[name, list] : sections) {
        counts[name] = list.size();
        record[name] = std::move(list);
    }
    counts["greetings"] = greetings.size();
    record["counts"] = counts;
    return record;
}

namespace {

std::string escaped(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

// "accountId" -> "Account id", "firstName" -> "First name": the field's own name, readable.
// "%1 at %2" with its parts put in.
std::string filled(std::string pattern, std::initializer_list<std::string> parts)
{
    int n = 1;
    for (const auto &part : parts) {
        const auto marker = "%" + std::to_string(n++);
        if (const auto at = pattern.find(marker); at != std::string::npos)
            pattern.replace(at, marker.size(), part);
    }
    return pattern;
}

} // namespace

std::string spelledOut(const std::string &key)
{
    std::string label;
    for (char c : key) {
        if (c >= 'A' && c <= 'Z') {
            label += ' ';
            label += static_cast<char>(c - 'A' + 'a');
        } else {
            label += c == '_' ? ' ' : c;
        }
    }
    if (!label.empty() && label[0] >= 'a' && label[0] <= 'z')
        label[0] = static_cast<char>(label[0] - 'a' + 'A');
    return label;
}

namespace {

void appendValue(std::string &html, const Json &value, const SubjectWords &words);

void appendFields(std::string &html, const Json &fields, const SubjectWords &words)
{
    html += "<dl>";
    for (const auto &[key, value] : fields.items()) {
        if (key.starts_with('_'))
            continue;
        html += "<dt>" + escaped(words.label ? words.label(key) : spelledOut(key)) + "</dt><dd>";
        appendValue(html, value, words);
        html += "</dd>";
    }
    html += "</dl>";
}

void appendValue(std::string &html, const Json &value, const SubjectWords &words)
{
    if (value.is_object()) {
        appendFields(html, value, words);
    } else if (value.is_array()) {
        html += "<ul>";
        for (const auto &item : value) {
            html += "<li>";
            appendValue(html, item, words);
            html += "</li>";
        }
        html += "</ul>";
    } else if (value.is_string()) {
        html += escaped(value.get<std::string>());
    } else if (value.is_boolean()) {
        html += escaped(value.get<bool>() ? words.yes : words.no);
    } else if (!value.is_null()) {
        html += escaped(value.dump());
    }
}

// "Last changed 2026-11-25 14:03 UTC on device …", where the record has field clocks.
void appendWritten(std::string &html, const Json &written, const SubjectWords &words)
{
    if (!stringMember(written, "on").empty())
        html += "<p class=\"written\">"
            + escaped(filled(words.lastChanged,
                             {stringMember(written, "on"), stringMember(written, "device")}))
            + "</p>";
}

void appendSection(std::string &html, const std::string &heading, const Json &entries,
                   const SubjectWords &words)
{
    html += "<h2>" + escaped(heading) + " (" + std::to_string(entries.size()) + ")</h2>";
    if (entries.empty()) {
        html += "<p>" + escaped(words.none) + "</p>";
        return;
    }
    for (const auto &entry : entries) {
        std::string title = entry.value("name", "");
        if (const std::string date = stringMember(entry["fields"], "date"); !date.empty())
            title = entry.contains("account")
                ? filled(words.dateAtAccount, {date, stringMember(entry, "account")})
                : date;
        html += "<section><h3>" + escaped(title.empty() ? entry.value("id", "") : title) + "</h3>";
        appendFields(html, entry["fields"], words);
        appendWritten(html, entry["written"], words);
        html += "</section>";
    }
}

} // namespace

std::string subjectHtml(const Json &record, const SubjectWords &words)
{
    const Json &person = record["person"];
    const std::string title = filled(words.title, {stringMember(person, "name")});
    std::string html = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
        + escaped(title)
        + "</title><style>body{font-family:sans-serif;max-width:48em;margin:2em auto;line-height:"
          "1.4}dt{font-weight:bold}dd{margin:0 0 .4em 1em}section{border-top:1px solid "
          "#ccc}.written{color:#555;font-size:.9em}</style></head><body>";
    html += "<h1>" + escaped(title) + "</h1>";
    html += "<p>" + escaped(filled(words.intro, {stringMember(record, "producedOn")})) + "</p>";
    html += "<h2>" + escaped(words.yourDetails) + "</h2>";
    appendFields(html, person["fields"], words);
    appendWritten(html, person["written"], words);
    appendSection(html, words.visits, record["visits"], words);
    appendSection(html, words.followUps, record["followUps"], words);
    appendSection(html, words.feedback, record["feedback"], words);
    appendSection(html, words.leads, record["leads"], words);
    html += "<h2>" + escaped(words.greetings) + " (" + std::to_string(record["greetings"].size())
        + ")</h2>";
    if (record["greetings"].empty())
        html += "<p>" + escaped(words.none) + "</p>";
    else
        appendValue(html, record["greetings"], words);
    appendSection(html, words.conflicts, record["conflicts"], words);
    html += "</body></html>\n";
    return html;
}

} // namespace rapport::notebook
