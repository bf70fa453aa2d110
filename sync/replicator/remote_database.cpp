#include "replicator/remote_database.h"

#include "core/fields.h"
#include "http/url.h"
#include "replicator/multipart_body.h"
#include "replicator/open_revs.h"
#include "replicator/replication_tuning.h"

#include <curl/curl.h>

namespace rapport::replicator {

namespace {

Error protocol(const std::string &what)
{
    return Error {Errc::Protocol, "unexpected answer from the server: " + what};
}

} // namespace

std::string encodeDocumentId(const std::string &id)
{
    // _design/ and _local/ keep their slash; everything else is escaped.
    for (const char *prefix : {"_design/", "_local/"}) {
        const std::string p(prefix);
        if (id.starts_with(p))
            return p + encodeDocumentId(id.substr(p.size()));
    }
    return http::percentEncoded(id);
}

Result<std::string> textToPush(const Json &json)
{
    try {
        return json.dump();
    } catch (const nlohmann::json::exception &) {
        return Error {Errc::BadRequest, "a document to push contains text that is not valid UTF-8"};
    }
}

RemoteDatabase::RemoteDatabase(http::Client &client, std::string databaseUrl)
    : m_client(client), m_url(std::move(databaseUrl))
{
    if (m_url.empty() || m_url.back() != '/')
        m_url += '/';
}

namespace {

// An answer's JSON, or the error its status or its shape means.
Result<Json> jsonAnswer(const http::Response &response, const std::string &request)
{
    if (auto error = http::errorForStatus(response))
        return *error;
    if (nestingExceeds(response.body, tuning::maxAnswerNesting))
        return protocol(request + " answered with JSON nested too deep");
    Json json = Json::parse(response.body, nullptr, false);
    if (json.is_discarded())
        return protocol(request + " did not answer with JSON");
    return json;
}

// The server's refusal of one document, with its error and reason ({"error":
// "attachment_too_large", "reason": "photo.jpg"}).
RejectedDocument refusalIn(const http::Response &response, const std::string &id,
                           const std::string &rev)
{
    const Json answer = Json::parse(response.body, nullptr, false);
    const auto *error = answer.is_object() ? findString(answer, "error") : nullptr;
    const auto *reason = answer.is_object() ? findString(answer, "reason") : nullptr;
    return RejectedDocument {id, rev, error ? *error : "HTTP " + std::to_string(response.status),
                             reason ? *reason : std::string()};
}

// The rows of a _bulk_docs answer that say the server refused a document.
std::vector<RejectedDocument> refusalsIn(const Json &rows)
{
    std::vector<RejectedDocument> rejected;
    for (const auto &row : rows) {
        if (!row.is_object() || !row.contains("error"))
            continue;
        const auto *id = findString(row, "id");
        const auto *rev = findString(row, "rev");
        const auto *error = findString(row, "error");
        const auto *reason = findString(row, "reason");
        rejected.push_back(RejectedDocument {id ? *id : std::string(), rev ? *rev : std::string(),
                                             error ? *error : std::string(),
                                             reason ? *reason : std::string()});
    }
    return rejected;
}

} // namespace

Result<Json> RemoteDatabase::call(const std::string &method, const std::string &path,
                                  const std::string &body, std::chrono::milliseconds timeout,
                                  std::size_t *answerBytes)
{
    auto response
        = m_client.send(http::Request {method, m_url + path, body, "application/json", timeout});
    if (!response)
        return response.error();
    if (answerBytes)
        *answerBytes = response->body.size();
    return jsonAnswer(*response, method + " " + path);
}

Result<Json> RemoteDatabase::info()
{
    auto json = call("GET", "");
    if (json && !json->is_object())
        return protocol("database info is not an object");
    return json;
}

Result<RemoteChanges> RemoteDatabase::changes(const Json &since, int limit, bool includeDocs)
{
    const std::string sinceText = since.is_string() ? since.get<std::string>() : since.dump();
    const std::string path = "_changes?style=all_docs&feed=normal&limit=" + std::to_string(limit)
        + "&since=" + http::percentEncoded(sinceText) + (includeDocs ? "&include_docs=true" : "");
    std::size_t bytes = 0;
    auto json = call("GET", path, {}, {}, &bytes);
    if (!json)
        return json.error();
    if (!json->is_object() || !json->contains("results") || !(*json)["results"].is_array()
        || !json->contains("last_seq"))
        return protocol("_changes without results and last_seq");
    RemoteChanges changes;
    changes.lastSeq = (*json)["last_seq"];
    changes.limit = limit;
    changes.bytes = bytes;
    for (auto &row : (*json)["results"]) {
        const auto *id = row.is_object() ? findString(row, "id") : nullptr;
        auto revs = row.is_object() ? row.find("changes") : row.end();
        if (!id || revs == row.end() || !revs->is_array())
            return protocol("a _changes row without id or changes");
        auto deleted = row.find("deleted");
        if (deleted != row.end() && !deleted->is_boolean())
            return protocol("a _changes row with a malformed deleted flag");
        RemoteChange change {*id, {}, deleted != row.end() && deleted->get<bool>(), std::nullopt};
        for (const auto &rev : *revs) {
            const auto *text = rev.is_object() ? findString(rev, "rev") : nullptr;
            if (!text)
                return protocol("a _changes row with a malformed rev");
            change.revs.push_back(*text);
        }
        if (auto doc = row.find("doc"); doc != row.end() && doc->is_object())
            change.doc = std::move(*doc); // the answer is read once: its documents move out
        changes.changes.push_back(std::move(change));
    }
    return changes;
}

Result<bool> RemoteDatabase::waitForChanges(const Json &since, std::chrono::milliseconds timeout)
{
    const std::string sinceText = since.is_string() ? since.get<std::string>() : since.dump();
    // No heartbeat: CouchDB's heartbeat "overrides any timeout to keep the feed alive
    // indefinitely" (its API reference), so a longpoll with both would be held until the next
    // change, however long. With a timeout alone the server answers by then.
    const std::string path = "_changes?feed=longpoll&limit=1&timeout="
        + std::to_string(timeout.count()) + "&since=" + http::percentEncoded(sinceText);
    // The server answers by `timeout`; the margin covers a slow network, not a dead one.
    auto json = call("GET", path, {}, timeout + std::chrono::milliseconds(15000));
    if (!json)
        return json.error();
    if (!json->is_object() || !json->contains("results") || !(*json)["results"].is_array())
        return protocol("longpoll _changes without results");
    return !(*json)["results"].empty();
}

Result<RevisionMap> RemoteDatabase::revsDiff(const RevisionMap &revisions)
{
    Json request = Json::object();
    for (const auto &[id, revs] : revisions)
        request[id] = revs;
    auto json = call("POST", "_revs_diff", request.dump());
    if (!json)
        return json.error();
    if (!json->is_object())
        return protocol("_revs_diff is not an object");
    RevisionMap missing;
    for (const auto &[id, entry] : json->items()) {
        auto revs = entry.is_object() ? entry.find("missing") : entry.end();
        if (revs == entry.end() || !revs->is_array())
            return protocol("_revs_diff entry without missing");
        for (const auto &rev : *revs) {
            if (!rev.is_string())
                return protocol("_revs_diff with a malformed rev");
            missing[id].push_back(rev.get<std::string>());
        }
    }
    return missing;
}

Result<std::vector<FetchedRevision>> RemoteDatabase::openRevs(const std::string &id,
                                                              const std::vector<std::string> &revs,
                                                              std::size_t *answerBytes)
{
    const std::string list = Json(revs).dump();
    return openRevsAnswer(id, "revs=true&latest=true&open_revs=" + http::percentEncoded(list),
                          answerBytes);
}

Result<std::vector<FetchedRevision>> RemoteDatabase::openRevsAnswer(const std::string &id,
                                                                    const std::string &query,
                                                                    std::size_t *answerBytes)
{
    // Multipart is what CouchDB's own replicator asks for; a server may answer JSON instead.
    http::Request request {"GET", m_url + encodeDocumentId(id) + "?" + query, {}};
    request.accept = "multipart/mixed, application/json";
    auto response = m_client.send(request);
    if (!response)
        return response.error();
    if (auto error = http::errorForStatus(*response))
        return *error;
    if (answerBytes)
        *answerBytes += response->body.size();
    const auto type = response->headers.find("content-type");
    return parseOpenRevs(id, type != response->headers.end() ? type->second : "application/json",
                         response->body);
}

Result<std::vector<FetchedRevision>> RemoteDatabase::leaves(const std::string &id)
{
    auto fetched = openRevsAnswer(id, "open_revs=all", nullptr);
    // A document the server never had is answered 404.
    if (!fetched && fetched.error().code == Errc::NotFound)
        return std::vector<FetchedRevision> {};
    return fetched;
}

Result<std::vector<FetchedRevision>> RemoteDatabase::bulkGet(const RevisionMap &wanted,
                                                             std::size_t *answerBytes)
{
    if (answerBytes)
        *answerBytes = 0;
    if (!m_serverHasBulkGet) {
        std::vector<FetchedRevision> fetched;
        for (const auto &[id, revs] : wanted) {
            auto one = openRevs(id, revs, answerBytes);
            if (!one)
                return one.error();
            std::move(one->begin(), one->end(), std::back_inserter(fetched));
        }
        return fetched;
    }
    Json docs = Json::array();
    for (const auto &[id, revs] : wanted) {
        for (const auto &rev : revs)
            docs.push_back(Json {{"id", id}, {"rev", rev}});
    }
    auto json = call("POST", "_bulk_get?revs=true&attachments=false", Json {{"docs", docs}}.dump(),
                     {}, answerBytes);
    if (!json && (json.error().code == Errc::NotFound || json.error().code == Errc::BadRequest)) {
        // A server older than CouchDB 2.1 has no _bulk_get (404, or 400/405 for an unknown
        // method); open_revs does the same work a document at a time. (A database that is gone
        // answers open_revs with 404 too, so that error still surfaces.)
        m_serverHasBulkGet = false;
        return bulkGet(wanted, answerBytes);
    }
    if (!json)
        return json.error();
    if (!json->is_object() || !json->contains("results") || !(*json)["results"].is_array())
        return protocol("_bulk_get without results");
    std::vector<FetchedRevision> fetched;
    for (const auto &result : (*json)["results"]) {
        const auto *id = result.is_object() ? findString(result, "id") : nullptr;
        auto entries = result.is_object() ? result.find("docs") : result.end();
        if (!id || entries == result.end() || !entries->is_array())
            return protocol("a _bulk_get result without id or docs");
        for (const auto &entry : *entries) {
            FetchedRevision revision {*id, {}, std::nullopt, {}};
            if (entry.is_object() && entry.contains("ok") && entry["ok"].is_object()) {
                const auto *rev = findString(entry["ok"], "_rev");
                if (!rev)
                    return protocol("a _bulk_get document without _rev");
                revision.rev = *rev;
                revision.doc = entry["ok"];
            } else if (entry.is_object() && entry.contains("error") && entry["error"].is_object()) {
                const auto *rev = findString(entry["error"], "rev");
                const auto *error = findString(entry["error"], "error");
                revision.rev = rev ? *rev : std::string();
                revision.error = error ? *error : std::string("unknown");
            } else if (entry.is_object() && findString(entry, "missing")) {
                // open_revs' form for a revision the server does not have (PouchDB Server
                // answers _bulk_get this way too).
                revision.rev = *findString(entry, "missing");
                revision.error = "not_found";
            } else {
                return protocol("a _bulk_get entry that is neither ok, error nor missing");
            }
            fetched.push_back(std::move(revision));
        }
    }
    return fetched;
}

Result<std::vector<RejectedDocument>>
RemoteDatabase::bulkDocs(const std::vector<Json> &docsWithRevisions)
{
    auto body = textToPush(Json {{"new_edits", false}, {"docs", docsWithRevisions}});
    if (!body)
        return body.error();
    auto response = m_client.send(http::Request {"POST", m_url + "_bulk_docs", *body});
    if (!response)
        return response.error();
    // A request over the server's size limits is refused whole (413): for one document, that
    // is its refusal; for several, the caller sends fewer at a time.
    if (response->status == 413 && docsWithRevisions.size() == 1) {
        const auto &doc = docsWithRevisions.front();
        const auto *id = findString(doc, "_id");
        const auto *rev = findString(doc, "_rev");
        return std::vector<RejectedDocument> {
            refusalIn(*response, id ? *id : std::string(), rev ? *rev : std::string())};
    }
    auto json = jsonAnswer(*response, "POST _bulk_docs");
    if (!json)
        return json.error();
    if (!json->is_array())
        return protocol("_bulk_docs did not answer with a list");
    // With new_edits:false CouchDB lists only the documents it refused.
    return refusalsIn(*json);
}

Result<std::vector<RejectedDocument>>
RemoteDatabase::deleteLeaves(const std::vector<std::pair<std::string, std::string>> &leaves)
{
    Json docs = Json::array();
    for (const auto &[id, rev] : leaves)
        docs.push_back(Json {{"_id", id}, {"_rev", rev}, {"_deleted", true}});
    auto json = call("POST", "_bulk_docs", Json {{"docs", docs}}.dump());
    if (!json)
        return json.error();
    if (!json->is_array())
        return protocol("_bulk_docs did not answer with a list");
    return refusalsIn(*json);
}

Status RemoteDatabase::compact()
{
    auto json = call("POST", "_compact", "{}");
    if (!json)
        return json.error();
    return {};
}

Result<std::optional<RejectedDocument>>
RemoteDatabase::putRevision(const std::string &id, const std::string &rev, MultipartBody &body)
{
    http::Request request;
    request.method = "PUT";
    request.url = m_url + encodeDocumentId(id) + "?new_edits=false";
    request.contentType = body.contentType();
    request.bodyLength = body.length();
    request.bodySource = [&body](std::int64_t at, char *into, std::size_t room) {
        return body.read(at, into, room);
    };
    auto response = m_client.send(request);
    if (!response)
        return response.error();
    // 400 (malformed), 403 (a validate_doc_update), 409, 412, 413 (over a size limit) refuse this
    // document; 401 and 5xx are about the whole sync and go up as errors.
    const long status = response->status;
    if (status == 400 || status == 403 || status == 409 || status == 412 || status == 413)
        return std::optional<RejectedDocument>(refusalIn(*response, id, rev));
    if (auto error = http::errorForStatus(*response))
        return *error;
    return std::optional<RejectedDocument>();
}

Result<std::optional<Json>> RemoteDatabase::getLocal(const std::string &id)
{
    auto json = call("GET", encodeDocumentId(id));
    if (!json) {
        if (json.error().code == Errc::NotFound)
            return std::optional<Json>();
        return json.error();
    }
    if (!json->is_object())
        return protocol("a _local document that is not an object");
    return std::optional<Json>(std::move(*json));
}

Result<std::string> RemoteDatabase::putLocal(const std::string &id, const Json &body)
{
    auto json = call("PUT", encodeDocumentId(id), body.dump());
    if (!json)
        return json.error();
    const auto *rev = json->is_object() ? findString(*json, "rev") : nullptr;
    if (!rev)
        return protocol("saving a _local document did not answer with its rev");
    return *rev;
}

Status RemoteDatabase::fetchAttachment(const std::string &id, const std::string &rev,
                                       const std::string &name,
                                       const std::function<bool(std::string_view)> &receive)
{
    http::Request request;
    request.url = m_url + encodeDocumentId(id) + "/" + http::percentEncoded(name)
        + "?rev=" + http::percentEncoded(rev);
    request.accept = "*/*";
    request.receive = receive;
    // A photo over a slow network takes what it takes; the connection's own timeout still
    // notices a dead one.
    request.timeout = std::chrono::milliseconds(30 * 60 * 1000);
    auto response = m_client.send(request);
    if (!response)
        return response.error();
    if (auto error = http::errorForStatus(*response))
        return *error;
    return {};
}

} // namespace rapport::replicator
