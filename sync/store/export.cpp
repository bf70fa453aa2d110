#include "store/export.h"

#include "core/base64.h"
#include "store/store.h"

namespace rapport {

namespace {

// An attachment's bytes as base64, written as they are read: a 20 MB video never sits in
// memory whole, its base64 neither. Chunks are encoded three bytes to four letters; what does
// not fill three waits for the next chunk.
Status writeBase64(Store &store, const std::string &digest, std::ostream &out)
{
    std::string carry;
    auto read = store.readAttachment(digest, [&](std::string_view chunk) {
        carry.append(chunk);
        const std::size_t whole = carry.size() - carry.size() % 3;
        out << base64Encoded(std::string_view(carry).substr(0, whole));
        carry.erase(0, whole);
        return Status {};
    });
    if (!read)
        return read;
    out << base64Encoded(carry);
    return {};
}

// One record as CouchDB gives it with attachments=true: its files inline, as base64 "data",
// so that the export alone brings every photo back. A file whose bytes have not arrived from
// the server yet is written as the stub the server knows it by.
Status writeRecord(Store &store, const Document &doc, std::ostream &out)
{
    Json json = doc.toJson();
    json.erase("_attachments");
    std::string text = json.dump(-1, ' ', false, Json::error_handler_t::replace);
    if (doc.attachments.empty()) {
        out << text;
        return {};
    }
    text.pop_back(); // the closing brace: the files go in before it (after _id, always there)
    out << text << ",\"_attachments\":{";
    bool first = true;
    for (const auto &[name, attachment] : doc.attachments) {
        out << (first ? "" : ",") << Json(name).dump(-1, ' ', false, Json::error_handler_t::replace)
            << ':';
        first = false;
        auto here = store.hasAttachmentBytes(attachment.digest);
        if (!here)
            return here.error();
        if (!*here || !attachment.encoding.empty()) {
            // Not here yet, or kept compressed by the server: its description, as a stub.
            Json stub = attachment.description();
            stub["stub"] = true;
            out << stub.dump(-1, ' ', false, Json::error_handler_t::replace);
            continue;
        }
        out << "{\"content_type\":"
            << Json(attachment.contentType).dump(-1, ' ', false, Json::error_handler_t::replace)
            << ",\"data\":\"";
        if (auto written = writeBase64(store, attachment.digest, out); !written)
            return written;
        out << "\"}";
    }
    out << "}}";
    return {};
}

} // namespace

Status exportJson(Store &store, std::ostream &out)
{
    out << "{\"docs\":[";
    bool first = true;
    Status failed;
    auto status = store.forEachDocument([&](const Document &doc) {
        if (!failed)
            return;
        out << (first ? "\n" : ",\n");
        first = false;
        failed = writeRecord(store, doc, out);
    });
    out << "\n]}\n";
    if (!status)
        return status;
    if (!failed)
        return failed;
    if (!out)
        return Error {Errc::Io, "the export could not be written in full"};
    return {};
}

} // namespace rapport
