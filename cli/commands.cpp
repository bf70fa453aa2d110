#include "commands.h"

#include "merge/conflict_review.h"
#include "merge/local_editor.h"
#include "notebook/after_pull.h"
#include "notebook/notebook_queries.h"
#include "replicator/replicator.h"
#include "replicator/server_address.h"
#include "store/store.h"
#include "store/tuning.h"

#include <charconv>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>

namespace rapport::cli {

namespace {

Error usage(std::string message)
{
    return Error {Errc::BadRequest, std::move(message)};
}

Result<std::int64_t> integerOption(const Arguments &args, std::string_view name,
                                   std::int64_t fallback)
{
    const auto *text = args.option(name);
    if (!text)
        return fallback;
    std::int64_t value = 0;
    auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (ec != std::errc {} || end != text->data() + text->size() || value < 0)
        return usage("--" + std::string(name) + " needs a whole number, not '" + *text + "'");
    return value;
}

} // namespace

void print(std::ostream &out, const Json &json)
{
    out << json.dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
}

const std::string *Arguments::option(std::string_view name) const
{
    for (const auto &[key, value] : options) {
        if (key == name)
            return &value;
    }
    return nullptr;
}

bool Arguments::flag(std::string_view name) const
{
    for (const auto &item : flags) {
        if (item == name)
            return true;
    }
    return false;
}

Status runPut(Store &store, const Arguments &args, std::istream &in, std::ostream &out)
{
    std::string text;
    if (!args.positional.empty())
        text = args.positional.front();
    else
        text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    auto doc = Document::parse(text);
    if (!doc)
        return doc.error();
    // An edit of a synced document is stamped field by field, for the merge; _local ones stay
    // as given.
    Result<PutResult> written = Error {Errc::Internal, "not written"};
    if (isLocalId(doc->id)) {
        written = store.put(*doc);
    } else {
        auto editor = merge::LocalEditor::open(store);
        if (!editor)
            return editor.error();
        written = (*editor)->save(*doc);
    }
    if (!written)
        return written.error();
    print(out, Json {{"ok", true}, {"id", written->id}, {"rev", written->rev}});
    return {};
}

Status runGet(Store &store, const Arguments &args, std::ostream &out)
{
    if (args.positional.size() != 1)
        return usage("get takes one document id");
    const auto &id = args.positional.front();
    if (args.flag("leaves")) {
        auto leaves = store.getLeaves(id);
        if (!leaves)
            return leaves.error();
        Json all = Json::array();
        for (const auto &leaf : *leaves)
            all.push_back(leaf.toJson());
        print(out, all);
        return {};
    }
    auto doc = args.option("rev") ? store.getRevision(id, *args.option("rev")) : store.get(id);
    if (!doc)
        return doc.error();
    Json json = doc->toJson();
    if (args.flag("conflicts") && !isLocalId(id)) {
        auto conflicts = store.conflicts(id);
        if (!conflicts)
            return conflicts.error();
        if (!conflicts->empty())
            json["_conflicts"] = *conflicts;
    }
    print(out, json);
    return {};
}

Status runDelete(Store &store, const Arguments &args, std::ostream &out)
{
    if (args.positional.size() != 1)
        return usage("delete takes one document id");
    const auto *rev = args.option("rev");
    if (!rev && !isLocalId(args.positional.front()))
        return usage("delete needs --rev, the revision you are deleting");
    auto removed = store.remove(args.positional.front(), rev ? *rev : std::string());
    if (!removed)
        return removed.error();
    print(out, Json {{"ok", true}, {"id", removed->id}, {"rev", removed->rev}});
    return {};
}

Status runChanges(Store &store, const Arguments &args, std::ostream &out)
{
    auto since = integerOption(args, "since", 0);
    if (!since)
        return since.error();
    auto limit = integerOption(args, "limit", 100);
    if (!limit)
        return limit.error();
    auto page = store.changesSince(*since, static_cast<int>(std::min<std::int64_t>(*limit, 1000)));
    if (!page)
        return page.error();
    Json results = Json::array();
    for (const auto &change : page->changes) {
        Json revs = Json::array();
        for (const auto &rev : change.leafRevs)
            revs.push_back(Json {{"rev", rev}});
        Json row {{"seq", change.seq}, {"id", change.id}, {"changes", revs}};
        if (change.deleted)
            row["deleted"] = true;
        results.push_back(std::move(row));
    }
    print(out, Json {{"results", results}, {"last_seq", page->lastSeq}});
    return {};
}

Status runStats(Store &store, std::ostream &out)
{
    auto stats = store.stats();
    if (!stats)
        return stats.error();
    auto byType = NotebookQueries(store).recordsByType();
    if (!byType)
        return byType.error();
    print(out,
          Json {{"documents", stats->documents},
                {"deleted", stats->deleted},
                {"conflicted", stats->conflicted},
                {"local_documents", stats->localDocuments},
                {"last_seq", stats->lastSeq},
                {"file_bytes", stats->fileBytes},
                {"schema_version", stats->schemaVersion},
                {"attachments", stats->attachments},
                {"attachment_bytes", stats->attachmentBytes},
                {"free_bytes", stats->freeBytes},
                {"by_type", *byType}});
    return {};
}

Status runCompact(Store &store, std::ostream &out)
{
    auto freed = store.compact();
    if (!freed)
        return freed.error();
    auto stats = store.stats();
    if (!stats)
        return stats.error();
    print(out, Json {{"ok", true}, {"freed_bytes", *freed}, {"file_bytes", stats->fileBytes}});
    return {};
}

Status runSearch(Store &store, const Arguments &args, std::ostream &out)
{
    if (args.positional.size() != 1)
        return usage("search takes one argument: the text to look for");
    auto limit = integerOption(args, "limit", 20);
    if (!limit)
        return limit.error();
    auto hits = NotebookQueries(store).search(
        args.positional.front(), static_cast<int>(std::min<std::int64_t>(*limit, 1000)));
    if (!hits)
        return hits.error();
    Json results = Json::array();
    for (const auto &hit : *hits)
        results.push_back(Json {{"id", hit.id}, {"type", hit.type}, {"title", hit.title}});
    print(out, Json {{"results", results}});
    return {};
}

// Streams {"docs":[…]} one document at a time, so exporting a large database needs no
// more memory than one document.
// The password from --password-file (its first line) or RAPPORT_PASSWORD: never from the
// command line, where other users of the machine could read it.
Result<std::string> password(const Arguments &args)
{
    if (const auto *file = args.option("password-file")) {
        std::ifstream in(*file);
        std::string line;
        if (!in || !std::getline(in, line))
            return usage("cannot read the password from " + *file);
        return line;
    }
    if (const char *fromEnvironment = std::getenv("RAPPORT_PASSWORD"))
        return std::string(fromEnvironment);
    return usage("sync needs a password: --password-file FILE or RAPPORT_PASSWORD");
}

// The conflict documents still open: for each, the document and field, the kept and the lost
// value, and which device made each edit when.
Status runConflicts(Store &store, const Arguments &args, std::ostream &out)
{
    const auto *restore = args.option("restore");
    const auto *dismiss = args.option("dismiss");
    if (restore || dismiss) {
        auto editor = merge::LocalEditor::open(store);
        if (!editor)
            return editor.error();
        auto done = restore ? merge::restoreConflict(**editor, *restore)
                            : merge::dismissConflict(**editor, *dismiss);
        if (!done)
            return done;
        print(out, Json {{"ok", true}, {"id", restore ? *restore : *dismiss}});
        return {};
    }
    auto conflicts = NotebookQueries(store).openConflicts(tuning::maxPageSize);
    if (!conflicts)
        return conflicts.error();
    Json open = Json::array();
    for (const auto &conflict : *conflicts) {
        auto doc = store.get(conflict.id);
        if (!doc)
            return doc.error();
        open.push_back(doc->toJson());
    }
    print(out, open);
    return {};
}

Status runSync(Store &store, const Arguments &args, std::ostream &out, bool &partlyDone)
{
    const auto *server = args.option("server");
    const auto *user = args.option("user");
    if (!server || !user)
        return usage("sync needs --server URL and --user NAME");
    auto secret = password(args);
    if (!secret)
        return secret.error();
    // One address, or a cluster's nodes separated by commas, tried in order.
    auto address = replicator::parseServerAddress(*server);
    if (!address)
        return usage("--server: " + address.error().message);
    auto options = replicator::signInOptions(*address, *user, *secret);
    if (const auto *caFile = args.option("ca-file"))
        options.caFile = *caFile;
    http::Client client(options);
    std::string url = replicator::userDatabaseUrl(address->first(), *user);
    if (const auto *database = args.option("database"))
        url = address->first() + *database + "/";
    replicator::Replicator replicator(store, client, url, rapport::notebook::afterPull());
    const auto report = [&out, &partlyDone](const replicator::SyncSummary &summary) {
        partlyDone = summary.refused > 0 || summary.attachmentsFailed > 0;
        print(out,
              Json {{"ok", true},
                    {"pulled", summary.pulled},
                    {"pushed", summary.pushed},
                    {"rejected", summary.rejected},
                    {"resolved", summary.resolved},
                    {"valuesKept", summary.valuesKept},
                    {"deletionsRecorded", summary.deletionsRecorded},
                    {"duplicatesFlagged", summary.duplicatesFlagged},
                    {"refused", summary.refused},
                    {"attachmentsFetched", summary.attachmentsFetched},
                    {"attachmentsFailed", summary.attachmentsFailed},
                    {"erasedOnServer", summary.erasedOnServer},
                    {"requests", summary.requests},
                    {"problems", summary.problems}});
        out.flush();
    };
    if (args.flag("continuous")) // a line per sync, until the process is stopped
        return replicator.syncContinuously([] { return true; }, report);
    auto summary = replicator.syncOnce();
    if (!summary)
        return summary.error();
    report(*summary);
    return {};
}

} // namespace rapport::cli
