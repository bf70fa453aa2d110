#include "interchange/notebook_formats.h"

#include "core/calendar_day.h"
#include "core/fields.h"
#include "interchange/content_line.h"
#include "interchange/csv.h"
#include "interchange/personal_date.h"
#include "interchange/vcard.h"
#include "notebook/notebook_queries.h"
#include "store/store.h"

#include <cstdio>
#include <fstream>
#include <map>
#include <memory>

namespace rapport::interchange {

namespace {

Status written(const std::ostream &out)
{
    return out ? Status() : Status(Error {Errc::Io, "the export could not be written in full"});
}

// "20261125" from "2026-11-25".
std::string compactDate(const std::string &day)
{
    std::string out;
    for (const char c : day)
        if (c != '-')
            out += c;
    return out;
}

std::string eventBlock(const std::string &uid, const std::string &stamp, const std::string &start,
                       const std::string &summary, const std::string &rule)
{
    std::string out;
    appendFolded(out, "BEGIN:VEVENT");
    appendFolded(out, "UID:" + escapeText(uid) + "@rapport");
    appendFolded(out, "DTSTAMP:" + stamp + "T000000Z");
    appendFolded(out, "DTSTART;VALUE=DATE:" + start);
    if (!rule.empty())
        appendFolded(out, "RRULE:" + rule);
    appendFolded(out, "SUMMARY:" + escapeText(summary));
    appendFolded(out, "TRANSP:TRANSPARENT");
    appendFolded(out, "END:VEVENT");
    return out;
}

} // namespace

Status writeWholeFile(const std::filesystem::path &path,
                      const std::function<Status(std::ostream &)> &write)
{
    auto partial = path;
    partial += ".partial";
    std::error_code ignored;
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        if (!out)
            return Error {Errc::Io, "cannot write " + path.string()};
        if (auto status = write(out); !status) {
            std::filesystem::remove(partial, ignored);
            return status;
        }
        out.close();
        if (!out) {
            std::filesystem::remove(partial, ignored);
            return Error {Errc::Io, "the export could not be written in full"};
        }
    }
    std::error_code failed;
    std::filesystem::rename(partial, path, failed);
    if (failed)
        return Error {Errc::Io, "cannot write " + path.string() + ": " + failed.message()};
    return {};
}

Status writeContactCards(Store &store, std::ostream &out)
{
    std::map<std::string, std::string> accountNames;
    auto read = store.forEachDocument([&](const Document &doc) {
        if (doc.body.value("type", std::string()) == "account")
            accountNames[doc.id] = stringMember(doc.body, "name");
    });
    if (!read)
        return read;
    read = store.forEachDocument([&](const Document &doc) {
        if (doc.body.value("type", std::string()) != "contact")
            return;
        const auto account = accountNames.find(stringMember(doc.body, "accountId"));
        out << writeVCard(doc.id, doc.body,
                          account == accountNames.end() ? std::string() : account->second);
    });
    if (!read)
        return read;
    return written(out);
}

Status writeCalendar(Store &store, std::ostream &out, const std::string &today)
{
    const auto firstDay = CalendarDay::parse(std::string_view(today).substr(0, 10));
    if (!firstDay)
        return Error {Errc::BadRequest, "today is not a day: " + today};
    const auto stamp = compactDate(today);
    std::string text;
    appendFolded(text, "BEGIN:VCALENDAR");
    appendFolded(text, "VERSION:2.0");
    appendFolded(text, "PRODID:-//Rapport//Rapport notebook//EN");
    appendFolded(text, "CALSCALE:GREGORIAN");
    appendFolded(text, "X-WR-CALNAME:Rapport");
    out << text;
    NotebookQueries queries(store);
    std::optional<PageKey> after;
    while (true) {
        auto page = queries.followUps(FollowUpState::Open, after, 500);
        if (!page)
            return page.error();
        for (const auto &row : *page) {
            if (row.due.empty())
                continue;
            auto summary = "Follow up: " + row.title;
            if (!row.accountName.empty())
                summary += " (" + row.accountName + ")";
            out << eventBlock(row.id, stamp, compactDate(row.due), summary, {});
        }
        if (page->size() < 500)
            break;
        after = page->back().key;
    }
    auto occasions = queries.forEachOccasion([&](const OccasionRow &occasion) {
        const auto date = parseMonthDay(occasion.monthDay);
        if (!date)
            return;
        // The first one on or after today; 29 February is on the last day of February.
        const auto start = nextAnniversary(*date, *firstDay).iso();
        const std::string rule = date->month == 2 && date->day == 29
            ? "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1"
            : "FREQ=YEARLY";
        const auto summary
            = (occasion.kind == "birthday" ? "Birthday: " : "Anniversary: ") + occasion.displayName;
        out << eventBlock(occasion.contactId + "-" + occasion.kind, stamp, compactDate(start),
                          summary, rule);
    });
    if (!occasions)
        return occasions;
    text.clear();
    appendFolded(text, "END:VCALENDAR");
    out << text;
    return written(out);
}

Result<std::vector<std::filesystem::path>> writeCsvTables(Store &store,
                                                          const std::filesystem::path &folder)
{
    // First the columns of each type (every field any of its records has, in the order first
    // seen), then the rows: two reads, so that a large notebook never sits in memory.
    std::map<std::string, std::vector<std::string>> columns;
    auto read = store.forEachDocument([&](const Document &doc) {
        auto type = doc.body.value("type", std::string());
        auto &names = columns[type.empty() ? "other" : type];
        for (const auto &[key, value] : doc.body.items())
            if (std::find(names.begin(), names.end(), key) == names.end())
                names.push_back(key);
    });
    if (!read)
        return read.error();
    std::error_code failed;
    std::filesystem::create_directories(folder, failed);
    if (failed)
        return Error {Errc::Io,
                      "cannot make the folder " + folder.string() + ": " + failed.message()};
    std::map<std::string, std::unique_ptr<std::ofstream>> files;
    std::vector<std::filesystem::path> paths;
    for (const auto &[type, names] : columns) {
        // A type is a document's own word: only letters and digits make a file name.
        std::string safe;
        for (const char c : type)
            safe += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
        paths.push_back(folder / (safe + (safe.ends_with('s') ? ".csv" : "s.csv")));
        auto file
            = std::make_unique<std::ofstream>(paths.back(), std::ios::binary | std::ios::trunc);
        if (!*file)
            return Error {Errc::Io, "cannot write " + paths.back().string()};
        std::vector<std::string> header {"_id", "_rev"};
        header.insert(header.end(), names.begin(), names.end());
        *file << "\xEF\xBB\xBF" << csvRow(header); // the mark tells Excel the text is UTF-8
        files[type] = std::move(file);
    }
    read = store.forEachDocument([&](const Document &doc) {
        auto type = doc.body.value("type", std::string());
        if (type.empty())
            type = "other";
        std::vector<std::string> cells {doc.id, doc.rev};
        for (const auto &name : columns[type]) {
            auto found = doc.body.find(name);
            if (found == doc.body.end() || found->is_null())
                cells.emplace_back();
            else if (found->is_string())
                cells.push_back(found->get<std::string>());
            else
                cells.push_back(found->dump(-1, ' ', false, Json::error_handler_t::replace));
        }
        *files[type] << csvRow(cells);
    });
    if (!read)
        return read.error();
    for (auto &[type, file] : files) {
        file->close();
        if (!*file)
            return Error {Errc::Io, "the export could not be written in full"};
    }
    return paths;
}

} // namespace rapport::interchange
