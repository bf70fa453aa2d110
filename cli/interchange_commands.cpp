// rapport-cli import and export: the notebook in and out in formats other programs read.
#include "commands.h"
#include "core/calendar_day.h"
#include "interchange/contact_import.h"
#include "interchange/notebook_formats.h"
#include "merge/local_editor.h"
#include "store/export.h"
#include "store/store.h"

#include <chrono>
#include <fstream>
#include <iterator>
#include <sstream>

namespace rapport::cli {

namespace {

// Writes to --out when given (whole, or not at all: a temporary file renamed over it), else
// to standard output.
Status toFileOrOut(const Arguments &args, std::ostream &out,
                   const std::function<Status(std::ostream &)> &write)
{
    const auto *path = args.option("out");
    if (!path)
        return write(out);
    if (auto written = interchange::writeWholeFile(*path, write); !written)
        return written;
    out << Json {{"written", *path}}.dump() << '\n';
    return {};
}

} // namespace

Status runExport(Store &store, const Arguments &args, std::ostream &out)
{
    const auto *format = args.option("format");
    const std::string kind = format ? *format : "json";
    if (kind == "json")
        return toFileOrOut(args, out, [&](std::ostream &to) { return exportJson(store, to); });
    if (kind == "vcard")
        return toFileOrOut(
            args, out, [&](std::ostream &to) { return interchange::writeContactCards(store, to); });
    if (kind == "ical") {
        const auto *today = args.option("today");
        const auto day = today ? *today : CalendarDay::localToday().iso();
        return toFileOrOut(args, out, [&](std::ostream &to) {
            return interchange::writeCalendar(store, to, day);
        });
    }
    if (kind == "csv") {
        const auto *folder = args.option("out");
        if (!folder)
            return Error {Errc::BadRequest, "export --format csv needs --out FOLDER"};
        auto files = interchange::writeCsvTables(store, *folder);
        if (!files)
            return files.error();
        Json names = Json::array();
        for (const auto &file : *files)
            names.push_back(file.string());
        out << Json {{"written", names}}.dump() << '\n';
        return {};
    }
    return Error {Errc::BadRequest,
                  "unknown export format '" + kind + "' (json, vcard, ical or csv)"};
}

Status runImport(Store &store, const Arguments &args, std::ostream &out)
{
    if (args.positional.size() != 1)
        return Error {Errc::BadRequest, "import needs one FILE"};
    std::ifstream file(args.positional.front(), std::ios::binary);
    if (!file)
        return Error {Errc::NotFound, "cannot read " + args.positional.front()};
    auto editor = merge::LocalEditor::open(store);
    if (!editor)
        return editor.error();
    auto report = interchange::importStream(**editor, file,
                                            args.flag("preview") ? interchange::ImportMode::Preview
                                                                 : interchange::ImportMode::Write);
    if (!report)
        return report.error();
    out << report->toJson().dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
    return {};
}

} // namespace rapport::cli
