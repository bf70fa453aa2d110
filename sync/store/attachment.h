#pragma once

#include "core/error.h"
#include "core/json.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace rapport {

// A file attached to a revision (a photo of a card, a signed order), as CouchDB describes it in
// a document's _attachments. The bytes are kept once per digest, apart from the revisions that
// name them (Store::readAttachment); a revision holds only this description.
struct Attachment
{
    std::string contentType = "application/octet-stream";
    std::string digest; // "md5-<base64>" of the bytes as the server keeps them
    std::int64_t length = 0; // of the bytes as they were given
    std::int64_t revpos = 0; // the generation that added or last changed it
    // "gzip" when the server keeps it compressed (CouchDB does for text): the digest is then of
    // the compressed bytes, which are `encodedLength` long.
    std::string encoding;
    std::int64_t encodedLength = 0;
    // New bytes in hand (given inline as base64), not yet stored.
    std::optional<std::string> data;
    // New bytes in a file, not yet stored: the store streams them in when a revision adds them
    // (a 90 MB video is never held whole), and refuses the write if the file has changed since
    // its digest was taken.
    std::optional<std::filesystem::path> file;

    // A new attachment of these bytes (its digest and length computed); its revpos is set by
    // the store when a revision adds it.
    static Attachment ofBytes(std::string contentType, std::string bytes);
    // The same for a file's bytes, read a chunk at a time to take the digest and length.
    static Result<Attachment> ofFile(std::string contentType, const std::filesystem::path &path);

    // Bytes this attachment brings that the store does not have yet (data or a file).
    bool bringsBytes() const { return data || file; }

    // What a revision stores and a stub sends: everything but the bytes.
    Json description() const;
    friend bool operator==(const Attachment &, const Attachment &) = default;
};

using Attachments = std::map<std::string, Attachment>;

// A document's _attachments as CouchDB writes them: each a stub ({"stub": true, digest, ...}),
// inline data ({"data": base64}: its digest and length are computed, and a digest given with it
// must match), or a part of a multipart body that follows ({"follows": true}). Anything else is
// refused with the attachment's name.
Result<Attachments> parseAttachments(const Json &attachments);
// The descriptions, as stored beside a body and sent as stubs.
Json describeAttachments(const Attachments &attachments, bool asStubs);

} // namespace rapport
