// Own your data, at size: a notebook of 100,000 contacts (at the default --contacts) taken out
// as vCards, CSV, JSON and a calendar, and brought into an empty notebook again from each; then
// everything about one person with 200 visits. Prints the time and the rate of each; asserts
// nothing.
//
//   build/bench/interchange_bench [--contacts 100000] [--dir DIR]
#include "bench_support.h"
#include "demo_data.h"
#include "interchange/contact_import.h"
#include "interchange/notebook_formats.h"
#include "merge/local_editor.h"
#include "notebook/notebook_index.h"
#include "notebook/subject_export.h"
#include "store/export.h"
#include "store/store.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double secondsOf(const std::function<void()> &work)
{
    const auto start = Clock::now();
    work();
    return std::chrono::duration<double>(Clock::now() - start).count();
}

std::unique_ptr<rapport::Store> openStore(const fs::path &path)
{
    auto store = rapport::notebook::openStore(path.string());
    if (!store) {
        std::fprintf(stderr, "cannot open %s: %s\n", path.c_str(), store.error().message.c_str());
        std::exit(1);
    }
    return std::move(*store);
}

void check(const rapport::Status &status, const char *what)
{
    if (!status) {
        std::fprintf(stderr, "%s failed: %s\n", what, status.error().message.c_str());
        std::exit(1);
    }
}

// Imports a file into a new, empty notebook and prints how long it took and the most memory
// the import held (the process's peak while it ran, less what was resident before).
void importInto(const fs::path &dir, const char *name, const fs::path &file, int records)
{
    rapport::bench::resetPeakMemory();
    const double residentBefore = rapport::bench::peakMemoryMiB();
    auto store = openStore(dir / (std::string("import-") + name + ".sqlite"));
    auto editor = rapport::merge::LocalEditor::open(*store);
    check(editor ? rapport::Status() : rapport::Status(editor.error()), "editor");
    std::ifstream in(file, std::ios::binary);
    rapport::Result<rapport::interchange::ImportReport> report = rapport::Error {};
    const double seconds = secondsOf([&] {
        report = rapport::interchange::importStream(**editor, in,
                                                    rapport::interchange::ImportMode::Write);
    });
    check(report ? rapport::Status() : rapport::Status(report.error()), name);
    std::printf("import %-7s %8d records %7.2f s  %9.0f records/s  %6.0f MB peak  (%zu skipped)\n",
                name, report->added, seconds, records / seconds,
                rapport::bench::peakMemoryMiB() - residentBefore, report->skipped.size());
}

// "What do you keep about me?" for a person with 200 visits, in the whole notebook: the time
// from the question to the page (the record gathered, then written as HTML).
void subjectExport(rapport::Store &store, int records)
{
    auto editor = rapport::merge::LocalEditor::open(store);
    check(editor ? rapport::Status() : rapport::Status(editor.error()), "editor");
    auto save = [&](rapport::Json body) {
        auto saved = (*editor)->save(rapport::Document {body.value("_id", ""), {}, false, body});
        check(saved ? rapport::Status() : rapport::Status(saved.error()), "save");
    };
    save(rapport::Json {{"_id", "contact-subject"},
                        {"type", "contact"},
                        {"firstName", "Mara"},
                        {"lastName", "Lind"},
                        {"birthday", "1984-03-17"}});
    constexpr int visits = 200;
    for (int i = 0; i < visits; ++i)
        save(rapport::Json {{"_id", "visit-subject-" + std::to_string(i)},
                            {"type", "visit"},
                            {"contactIds", {"contact-subject"}},
                            {"date", "2025-01-" + std::to_string(10 + i % 18)},
                            {"notes", "Talked about the oven line, visit " + std::to_string(i)}});
    std::size_t bytes = 0;
    std::size_t listed = 0;
    const double took = secondsOf([&] {
        auto record = rapport::notebook::subjectRecord(store, "contact-subject", "2026-11-25");
        check(record ? rapport::Status() : rapport::Status(record.error()), "subject");
        listed = (*record)["visits"].size();
        bytes = rapport::notebook::subjectHtml(*record).size();
    });
    std::printf("subject export: %zu of %d visits listed in %.0f ms (%zu KB of HTML), in a "
                "notebook of %d records\n",
                listed, visits, took * 1000, bytes / 1024, records + visits + 1);
}

} // namespace

int main(int argc, char **argv)
{
    int contacts = 100000;
    fs::path dir;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--contacts")
            contacts = std::atoi(argv[i + 1]);
        else if (flag == "--dir")
            dir = argv[i + 1];
    }
    const bool temporary = dir.empty();
    if (temporary)
        dir = fs::temp_directory_path() / ("interchange-bench-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const int accounts = std::max(1, contacts / 5);
    const int visits = contacts;
    {
        auto store = openStore(dir / "source.sqlite");
        const double seconds = secondsOf([&] {
            check(rapport::demo::writeNotebook(*store, 7, accounts, contacts, visits), "fill");
        });
        std::printf("notebook: %d accounts, %d contacts, %d visits (written in %.1f s)\n", accounts,
                    contacts, visits, seconds);
        const int all = accounts + contacts + visits;
        auto exportTo
            = [&](const char *name, const fs::path &file,
                  const std::function<rapport::Status(std::ostream &)> &write, int records) {
                  std::ofstream out(file, std::ios::binary);
                  const double took = secondsOf([&] { check(write(out), name); });
                  out.close();
                  std::printf("export %-7s %8d records %7.2f s  %9.0f records/s  %6.1f MB\n", name,
                              records, took, records / took,
                              static_cast<double>(fs::file_size(file)) / 1e6);
              };
        exportTo(
            "vCard", dir / "contacts.vcf",
            [&](std::ostream &out) { return rapport::interchange::writeContactCards(*store, out); },
            contacts);
        exportTo(
            "JSON", dir / "notebook.json",
            [&](std::ostream &out) { return rapport::exportJson(*store, out); }, all);
        exportTo(
            "iCal", dir / "calendar.ics",
            [&](std::ostream &out) {
                return rapport::interchange::writeCalendar(*store, out, "2026-11-25");
            },
            contacts);
        const double csvSeconds = secondsOf([&] {
            auto files = rapport::interchange::writeCsvTables(*store, dir / "csv");
            check(files ? rapport::Status() : rapport::Status(files.error()), "CSV");
        });
        std::printf("export %-7s %8d records %7.2f s  %9.0f records/s\n", "CSV", all, csvSeconds,
                    all / csvSeconds);
        importInto(dir, "vCard", dir / "contacts.vcf", contacts);
        importInto(dir, "CSV", dir / "csv" / "contacts.csv", contacts);
        importInto(dir, "JSON", dir / "notebook.json", all);
        subjectExport(*store, all);
    }
    if (temporary)
        fs::remove_all(dir);
    return 0;
}
