#pragma once

#include "core/error.h"
#include "core/json.h"
#include "store/attachment.h"

#include <string>
#include <string_view>

namespace rapport {

// One revision of a document: its id and revision, whether it is a tombstone, the body (every
// member except CouchDB's underscore members, kept in the order it was written) and its
// attachments (described; their bytes are in the store, or in `data` when new).
struct Document
{
    std::string id;
    std::string rev;
    bool deleted = false;
    Json body = Json::object();
    Attachments attachments {};

    // {"_id":…, "_rev":…, body members…, "_attachments": stubs, "_deleted":true when deleted}
    Json toJson() const;
    std::string type() const;

    // Takes a CouchDB-style JSON document apart. Refuses underscore members that CouchDB
    // would refuse, and bodies over the size limit, with a message saying which.
    static Result<Document> fromJson(const Json &json);
    // The same for a document on its way into the store, taking the JSON's body over instead
    // of copying it, and leaving the size and text checks to the store, which makes them as it
    // serializes the body (a pulled document's: serializing it twice was 4% of a pull).
    static Result<Document> takeApart(Json &&json);
    static Result<Document> parse(std::string_view text);
};

// A document id CouchDB would accept: a non-empty string, no leading underscore except the
// _design/ and _local/ namespaces. Anything else a user types (quotes, slashes, emoji) is fine.
Status validateDocumentId(std::string_view id);
// A body the store can keep: a JSON object nested no deeper than a person's data ever is
// (deeper input is hostile, and would exhaust the stack of every recursive reader).
Status validateBody(const Json &body);
// A body read back from the database; anything but a JSON object there means the file is damaged.
Result<Json> parseStoredBody(std::string_view text, std::string_view id);
// The body as stored: validated, serialized, and within the size limit.
Result<std::string> serializeBody(std::string_view id, const Json &body);
// A revision's body as the store keeps it: the body with its attachments' descriptions as the
// member "_attachments" (so they are kept and dropped with the body, as revisions are).
Result<std::string> serializeRevision(std::string_view id, const Json &body,
                                      const Attachments &attachments);
// What a revision's id is the hash of: its body, with its attachments' descriptions if any.
Json revisionContent(const Json &body, const Attachments &attachments);
// A revision read back: the body, and its attachments taken out of it.
Result<Document> revisionFromStored(std::string id, std::string rev, bool deleted,
                                    std::string_view text);
bool isLocalId(std::string_view id);

} // namespace rapport
