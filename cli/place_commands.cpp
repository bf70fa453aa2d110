// rapport-cli's places: the customers near a place, the day's route, a customer pinned.
// The same library functions as the app's Near me, Today's route and account page.
#include "commands.h"
#include "core/calendar_day.h"
#include "merge/local_editor.h"
#include "notebook/notebook_queries.h"
#include "notebook/operations.h"
#include "store/store.h"

#include <cmath>
#include <ostream>

namespace rapport::cli {

namespace {

Result<places::GeoPoint> placeArgument(const std::string &text, std::string_view what)
{
    auto place = places::parsePlace(text);
    if (!place)
        return Error {Errc::BadRequest,
                      std::string(what) + " '" + text
                          + "' is not a place: give LATITUDE,LONGITUDE (53.866,10.687), a geo: "
                            "URI or an OpenStreetMap address"};
    return *place;
}

Result<int> wholeOption(const Arguments &args, std::string_view name, int fallback)
{
    const auto *text = args.option(name);
    if (!text)
        return fallback;
    try {
        std::size_t used = 0;
        const int value = std::stoi(*text, &used);
        if (used == text->size() && value >= 0)
            return value;
    } catch (const std::exception &) { }
    return Error {Errc::BadRequest, "--" + std::string(name) + " needs a whole number"};
}

double kilometres(double metres)
{
    return std::round(metres / 100) / 10;
}

} // namespace

Status runNear(Store &store, const Arguments &args, std::ostream &out)
{
    if (args.positional.size() != 1)
        return Error {Errc::BadRequest, "near takes one place: LATITUDE,LONGITUDE"};
    auto here = placeArgument(args.positional.front(), "near");
    if (!here)
        return here.error();
    auto limit = wholeOption(args, "limit", 20);
    auto offset = wholeOption(args, "offset", 0);
    if (!limit)
        return limit.error();
    if (!offset)
        return offset.error();
    const auto *today = args.option("today");
    NotebookQueries queries(store);
    auto near = queries.accountsNear(*here, today ? *today : CalendarDay::localToday().iso(),
                                     *offset, *limit);
    if (!near)
        return near.error();
    auto rows = Json::array();
    for (const auto &account : *near)
        rows.push_back(Json {{"id", account.id},
                             {"name", account.name},
                             {"town", account.town},
                             {"km", kilometres(account.metres)},
                             {"bearing", std::round(account.bearing)},
                             {"lapsed", account.lapsed},
                             {"followUpsDue", account.followUpsDue},
                             {"lastVisit", account.lastVisit}});
    print(out, rows);
    return {};
}

Status runRoute(Store &store, const Arguments &args, std::ostream &out)
{
    std::optional<places::GeoPoint> start;
    if (const auto *from = args.option("from")) {
        auto place = placeArgument(*from, "--from");
        if (!place)
            return place.error();
        start = *place;
    }
    const auto *date = args.option("date");
    NotebookQueries queries(store);
    auto route = queries.routeOn(date ? *date : CalendarDay::localToday().iso(), start);
    if (!route)
        return route.error();
    auto unplaced = Json::array();
    for (const auto &stop : route->unplaced)
        unplaced.push_back(Json {
            {"visitId", stop.visitId}, {"accountId", stop.accountId}, {"name", stop.accountName}});
    auto stops = Json::array();
    for (const auto &[stop, legMetres] : route->stops) {
        Json row {{"visitId", stop.visitId},
                  {"accountId", stop.accountId},
                  {"name", stop.accountName},
                  {"title", stop.title},
                  {"map", places::openStreetMapAddress(*stop.place)}};
        if (legMetres)
            row["km"] = kilometres(*legMetres);
        stops.push_back(std::move(row));
    }
    print(out, Json {{"stops", stops}, {"km", kilometres(route->metres)}, {"unplaced", unplaced}});
    return {};
}

Status runPin(Store &store, const std::string &accountId, const std::string *placeText,
              std::ostream &out)
{
    std::optional<places::GeoPoint> place;
    if (placeText) {
        auto parsed = placeArgument(*placeText, "pin");
        if (!parsed)
            return parsed.error();
        place = *parsed;
    }
    auto editor = merge::LocalEditor::open(store);
    if (!editor)
        return editor.error();
    if (auto pinned = notebook::pinAccountPlace(**editor, accountId, place); !pinned)
        return pinned;
    Json answer {{"id", accountId}};
    if (place)
        answer["place"] = Json {{"latitude", place->latitude}, {"longitude", place->longitude}};
    else
        answer["place"] = nullptr;
    print(out, answer);
    return {};
}

} // namespace rapport::cli
