// "Near me" and the day's route at size: the first screenful of the customers nearest a point over
// 20 and over 20,000 (or --accounts N) customers spread across Germany, through the R*Tree,
// beside the same answer by reading every customer's place and sorting (what the index saves);
// and the time to order a day of 12 stops.
//
//   places_bench [--accounts 20000] [--queries 300]
#include "bench_support.h"
#include "notebook/notebook_index.h"
#include "notebook/notebook_queries.h"
#include "places/route.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>
#include <string>
#include <unistd.h>
#include <vector>

using namespace rapport;
using places::GeoPoint;

namespace {

// A phone's screenful of rows: what the first answer must fill.
constexpr int pageSize = 12;

std::unique_ptr<Store> notebookOf(const std::filesystem::path &path, int accounts)
{
    auto store = notebook::openStore(path.string());
    if (!store) {
        std::fprintf(stderr, "cannot open: %s\n", store.error().describe().c_str());
        std::exit(1);
    }
    std::mt19937 random(2026);
    std::uniform_real_distribution<double> lat(47.3, 55.0), lon(5.9, 15.0);
    for (int first = 0; first < accounts; first += 2000) {
        auto written = (*store)->writeBatch([&]() -> Status {
            for (int i = first; i < std::min(first + 2000, accounts); ++i) {
                Document doc {
                    "account:" + std::to_string(i),
                    {},
                    false,
                    Json {{"type", "account"},
                          {"name", "Customer " + std::to_string(i)},
                          {"place", {{"latitude", lat(random)}, {"longitude", lon(random)}}}}};
                if (auto put = (*store)->put(doc); !put)
                    return put.error();
            }
            return {};
        });
        if (!written) {
            std::fprintf(stderr, "cannot write: %s\n", written.error().describe().c_str());
            std::exit(1);
        }
    }
    return std::move(*store);
}

struct Timing
{
    double p50 = 0, p95 = 0, mean = 0;
};

Timing timingOf(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    Timing t;
    t.p50 = ms[ms.size() / 2];
    t.p95 = ms[ms.size() * 95 / 100];
    for (double m : ms)
        t.mean += m / static_cast<double>(ms.size());
    return t;
}

// The nearest 30 by reading every place and sorting: what "near me" costs without the tree.
std::vector<std::int64_t> nearestByScan(sqlite::Database &db, const GeoPoint &here)
{
    auto query = db.prepare("SELECT doc, latitude, longitude FROM account_places");
    std::vector<std::pair<double, std::int64_t>> all;
    auto read = sqlite::forEachRow(*query, [&](const sqlite::Query &row) {
        all.emplace_back(places::distanceMetres(here, {row.real(1), row.real(2)}), row.integer(0));
    });
    (void)read;
    const auto page = std::min<std::size_t>(pageSize, all.size());
    std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(page), all.end());
    std::vector<std::int64_t> docs;
    for (std::size_t i = 0; i < page; ++i)
        docs.push_back(all[i].second);
    return docs;
}

struct Measured
{
    Timing tree, scan;
    double placesRead = 0;
};

Measured measure(Store &store, int queries)
{
    NotebookQueries notebookQueries(store);
    std::mt19937 random(7);
    std::uniform_real_distribution<double> lat(47.5, 54.8), lon(6.0, 14.8);
    std::vector<double> tree, scan;
    double read = 0;
    for (int i = 0; i < queries; ++i) {
        const GeoPoint here {lat(random), lon(random)};
        NearbySearchCost cost;
        auto start = bench::Clock::now();
        auto page = notebookQueries.accountsNear(here, "2026-12-07", 0, pageSize, &cost);
        tree.push_back(bench::millisecondsSince(start));
        if (!page) {
            std::fprintf(stderr, "near me failed: %s\n", page.error().describe().c_str());
            std::exit(1);
        }
        read += static_cast<double>(cost.placesRead) / queries;
        start = bench::Clock::now();
        auto scanned = nearestByScan(store.database(), here);
        scan.push_back(bench::millisecondsSince(start));
        if (scanned.size() != page->size()) {
            std::fprintf(stderr, "the scan and the tree disagree\n");
            std::exit(1);
        }
    }
    return {timingOf(tree), timingOf(scan), read};
}

} // namespace

int main(int argc, char **argv)
{
    int accounts = 20'000;
    int queries = 300;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--accounts"))
            accounts = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--queries"))
            queries = std::atoi(argv[i + 1]);
    }
    const auto dir
        = std::filesystem::temp_directory_path() / ("places-bench-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);

    std::printf(
        "near me, the first 30 of customers across Germany, %d queries from random points\n",
        queries);
    std::printf("%10s %12s %12s %12s %14s %14s\n", "customers", "p50 ms", "p95 ms", "places read",
                "scan p50 ms", "scan/tree");
    Measured small, large;
    for (int count : {20, accounts}) {
        auto store = notebookOf(dir / ("n" + std::to_string(count) + ".sqlite"), count);
        const auto m = measure(*store, queries);
        std::printf("%10d %12.3f %12.3f %12.0f %14.3f %13.1fx\n", count, m.tree.p50, m.tree.p95,
                    m.placesRead, m.scan.p50, m.scan.p50 / m.tree.p50);
        (count == 20 ? small : large) = m;
    }
    std::printf("%d customers against 20: p50 %.2fx, p95 %.2fx the time\n", accounts,
                large.tree.p50 / small.tree.p50, large.tree.p95 / small.tree.p95);

    // A day of 12 stops in a region, ordered from here.
    std::mt19937 random(12);
    std::uniform_real_distribution<double> lat(53.5, 54.2), lon(9.8, 11.2);
    std::vector<double> ms;
    double km = 0;
    for (int day = 0; day < 200; ++day) {
        const GeoPoint start {lat(random), lon(random)};
        std::vector<GeoPoint> stops;
        for (int i = 0; i < 12; ++i)
            stops.push_back({lat(random), lon(random)});
        const auto begun = bench::Clock::now();
        const auto route = places::shortRoute(start, stops);
        ms.push_back(bench::millisecondsSince(begun));
        km += route.metres / 1000 / 200;
    }
    const auto routeTiming = timingOf(ms);
    std::printf("today's route, 12 stops: p50 %.3f ms, p95 %.3f ms (mean %.0f km a day)\n",
                routeTiming.p50, routeTiming.p95, km);
    std::filesystem::remove_all(dir);
    return 0;
}
