#pragma once

#include "core/error.h"
#include "core/json.h"
#include "http/http_client.h"

#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace rapport::replicator {

class MultipartBody;

// One row of a remote _changes feed (style=all_docs): every leaf revision of the document.
struct RemoteChange
{
    std::string id;
    std::vector<std::string> revs;
    bool deleted = false;
    std::optional<Json> doc; // the winning revision, when asked for with include_docs
};

struct RemoteChanges
{
    std::vector<RemoteChange> changes;
    Json lastSeq; // opaque: CouchDB 3 sends strings, PouchDB Server numbers
    int limit = 0; // the batch asked for: fewer rows than this means the feed is read to its end
    std::size_t bytes = 0; // the answer's size, which the next batch's size follows
};

// A revision fetched with its history: the document (with _revisions) or the server's error.
struct FetchedRevision
{
    std::string id;
    std::string rev;
    std::optional<Json> doc;
    std::string error;
};

// revs_diff's answer: for each document, the revisions the other side lacks.
using RevisionMap = std::map<std::string, std::vector<std::string>>;

// A document the server refused in _bulk_docs, with its reason ("forbidden: Every document
// needs a type").
struct RejectedDocument
{
    std::string id;
    std::string rev;
    std::string error;
    std::string reason;
};

// The replication endpoints of one database on a CouchDB-compatible server. Every answer is
// checked against the protocol's shape; anything else is a Protocol error, never a crash.
class RemoteDatabase
{
public:
    RemoteDatabase(http::Client &client, std::string databaseUrl);

    const std::string &url() const { return m_url; }

    Result<Json> info();
    // One batch of the changes feed after `since`; with includeDocs, each winning revision's
    // body comes along (no history: only a first-generation revision is complete that way).
    Result<RemoteChanges> changes(const Json &since, int limit, bool includeDocs = false);
    // Longpoll: returns when something changed after `since` (true), or after `timeout` with
    // nothing new (false). A connection that died meanwhile shows as a Network error a little
    // after `timeout`.
    Result<bool> waitForChanges(const Json &since, std::chrono::milliseconds timeout);
    Result<RevisionMap> revsDiff(const RevisionMap &revisions);
    // The wanted revisions with their history: one _bulk_get where the server has it (CouchDB
    // 2.1 and later, PouchDB Server), else one open_revs request per document.
    // `answerBytes`, when given, learns how many bytes the answers took.
    Result<std::vector<FetchedRevision>> bulkGet(const RevisionMap &wanted,
                                                 std::size_t *answerBytes = nullptr);
    // One attachment's bytes as the server gives them (decoded, if it keeps them compressed),
    // handed to `receive` a chunk at a time as they arrive; false from it stops the transfer.
    Status fetchAttachment(const std::string &id, const std::string &rev, const std::string &name,
                           const std::function<bool(std::string_view)> &receive);
    // The revisions sent with new_edits:false; the server's refusals of some of them. A request
    // the server refuses whole for its size (413: a document or an attachment over its limits)
    // is, for one document, that document's refusal, and for several the TooLarge error, for
    // the caller to send fewer at a time.
    Result<std::vector<RejectedDocument>> bulkDocs(const std::vector<Json> &docsWithRevisions);
    // One revision with its attachments' bytes as a multipart/related PUT ?new_edits=false
    // (MultipartBody). The server's refusal of it (its rules, its size limits), or nothing when
    // it took it.
    Result<std::optional<RejectedDocument>>
    putRevision(const std::string &id, const std::string &rev, MultipartBody &body);
    // Every leaf revision the server holds of a document, live and deleted, with its body and
    // without history; none when the server never had it.
    Result<std::vector<FetchedRevision>> leaves(const std::string &id);
    // A tombstone on each of these leaves (id, rev), the server naming the new revisions; the
    // documents it refused.
    Result<std::vector<RejectedDocument>>
    deleteLeaves(const std::vector<std::pair<std::string, std::string>> &leaves);
    // Asks the server to compact the database, which it does in the background: every
    // revision's body but the leaves' is dropped. CouchDB lets the database's admins ask.
    Status compact();
    // _local documents: a missing one is std::nullopt, not an error.
    Result<std::optional<Json>> getLocal(const std::string &id);
    // Writes a _local document (body with its current _rev, if any); returns the new _rev.
    Result<std::string> putLocal(const std::string &id, const Json &body);

private:
    Result<std::vector<FetchedRevision>>
    openRevs(const std::string &id, const std::vector<std::string> &revs, std::size_t *answerBytes);
    Result<std::vector<FetchedRevision>>
    openRevsAnswer(const std::string &id, const std::string &query, std::size_t *answerBytes);
    Result<Json> call(const std::string &method, const std::string &path,
                      const std::string &body = {}, std::chrono::milliseconds timeout = {},
                      std::size_t *answerBytes = nullptr);

    http::Client &m_client;
    std::string m_url; // ends with '/'
    bool m_serverHasBulkGet = true; // until it says otherwise
};

// The JSON text of what a push sends; BadRequest for text that is not valid UTF-8 (which the
// store refuses, but a document from an older version may hold).
Result<std::string> textToPush(const Json &json);

// Percent-encodes a document id for a URL path (a slash too: "a/b" is one id).
std::string encodeDocumentId(const std::string &id);

} // namespace rapport::replicator
