#include "replicator/open_revs.h"

#include "core/fields.h"
#include "replicator/replication_tuning.h"

#include <algorithm>
#include <cctype>
#include <optional>

namespace rapport::replicator {

namespace {

Error unexpectedOpenRevs(const std::string &what)
{
    return Error {Errc::Protocol, "unexpected open_revs answer from the server: " + what};
}

std::string lowercase(std::string_view text)
{
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return result;
}

// The value of one parameter of a Content-Type ("boundary", "error"), unquoted.
std::optional<std::string> parameter(std::string_view contentType, std::string_view name)
{
    const std::string lower = lowercase(contentType);
    std::size_t at = 0;
    while ((at = lower.find(';', at)) != std::string::npos) {
        ++at;
        while (at < lower.size() && lower[at] == ' ')
            ++at;
        if (lower.compare(at, name.size(), name) != 0 || at + name.size() >= lower.size()
            || lower[at + name.size()] != '=')
            continue;
        std::string_view value = contentType.substr(at + name.size() + 1);
        value = value.substr(0, value.find(';'));
        while (!value.empty() && value.back() == ' ')
            value.remove_suffix(1);
        if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
            value = value.substr(1, value.size() - 2);
        return std::string(value);
    }
    return std::nullopt;
}

struct Part
{
    std::string contentType;
    std::string_view body;
};

// Splits a multipart body at its boundary (RFC 2046): the preamble and epilogue are ignored, each
// part's headers end at the first empty line. A body with no closing delimiter was cut short.
Result<std::vector<Part>> splitMultipart(std::string_view body, const std::string &boundary)
{
    const std::string delimiter = "--" + boundary;
    std::vector<Part> parts;
    std::size_t at = body.find(delimiter);
    if (at == std::string_view::npos)
        return unexpectedOpenRevs("a multipart body without its boundary");
    while (true) {
        at += delimiter.size();
        if (body.substr(at, 2) == "--")
            return parts; // the closing delimiter
        const auto headersStart = body.find("\r\n", at);
        const auto headersEnd = body.find("\r\n\r\n", at);
        if (headersStart == std::string_view::npos || headersEnd == std::string_view::npos)
            return unexpectedOpenRevs("a multipart part without headers");
        Part part;
        for (std::size_t line = headersStart + 2; line < headersEnd + 2;) {
            const auto end = body.find("\r\n", line);
            const auto header = body.substr(line, end - line);
            const auto colon = header.find(':');
            if (colon != std::string_view::npos
                && lowercase(header.substr(0, colon)) == "content-type") {
                auto value = header.substr(colon + 1);
                while (!value.empty() && value.front() == ' ')
                    value.remove_prefix(1);
                part.contentType = std::string(value);
            }
            line = end + 2;
        }
        const auto next = body.find("\r\n" + delimiter, headersEnd + 4);
        if (next == std::string_view::npos)
            return unexpectedOpenRevs("a multipart body that ends before its closing boundary");
        part.body = body.substr(headersEnd + 4, next - (headersEnd + 4));
        parts.push_back(part);
        at = next + 2;
    }
}

// One entry of the answer, {"ok": doc} or {"missing": rev} (or a document itself, as a
// multipart part carries it), as a fetched revision.
Result<FetchedRevision> revisionFrom(const std::string &id, const Json &entry)
{
    if (!entry.is_object())
        return unexpectedOpenRevs("an entry that is not an object");
    const auto ok = entry.find("ok");
    const Json *doc = ok != entry.end() ? &*ok : (entry.contains("_rev") ? &entry : nullptr);
    if (doc) {
        const auto *docId = doc->is_object() ? findString(*doc, "_id") : nullptr;
        const auto *rev = doc->is_object() ? findString(*doc, "_rev") : nullptr;
        if (!docId || !rev)
            return unexpectedOpenRevs("a document without _id or _rev");
        if (*docId != id)
            return unexpectedOpenRevs("a document for another id than asked for");
        return FetchedRevision {id, *rev, *doc, {}};
    }
    if (const auto *missing = findString(entry, "missing"))
        return FetchedRevision {id, *missing, std::nullopt, "not_found"};
    return unexpectedOpenRevs("an entry that is neither ok nor missing");
}

Result<Json> parseJson(std::string_view text)
{
    if (nestingExceeds(text, tuning::maxAnswerNesting))
        return unexpectedOpenRevs("a part nested too deep");
    Json json = Json::parse(text, nullptr, false);
    if (json.is_discarded())
        return unexpectedOpenRevs("a part that is not JSON");
    return json;
}

Result<FetchedRevision> revisionFromPart(const std::string &id, const Part &part)
{
    const std::string type = lowercase(part.contentType);
    if (type.starts_with("multipart/related")) {
        // A revision with attachments: the document is the first part. Rapport's documents
        // carry none of their own; another client's are kept as stubs, as _bulk_get with
        // attachments=false gives them, so the server keeps them when the document goes back.
        const auto boundary = parameter(part.contentType, "boundary");
        if (!boundary)
            return unexpectedOpenRevs("a multipart/related part without a boundary");
        auto inner = splitMultipart(part.body, *boundary);
        if (!inner)
            return inner.error();
        if (inner->empty())
            return unexpectedOpenRevs("an empty multipart/related part");
        auto revision = revisionFromPart(id, inner->front());
        if (revision && revision->doc && revision->doc->contains("_attachments")) {
            for (auto &[name, attachment] : (*revision->doc)["_attachments"].items()) {
                if (attachment.is_object() && attachment.contains("follows")) {
                    attachment.erase("follows");
                    attachment["stub"] = true;
                }
            }
        }
        return revision;
    }
    if (!type.starts_with("application/json"))
        return unexpectedOpenRevs("a part of type " + part.contentType);
    auto json = parseJson(part.body);
    if (!json)
        return json.error();
    return revisionFrom(id, *json);
}

} // namespace

Result<std::vector<FetchedRevision>>
parseOpenRevs(const std::string &id, std::string_view contentType, std::string_view body)
{
    std::vector<FetchedRevision> fetched;
    if (lowercase(contentType).starts_with("multipart/mixed")) {
        const auto boundary = parameter(contentType, "boundary");
        if (!boundary)
            return unexpectedOpenRevs("multipart/mixed without a boundary");
        auto parts = splitMultipart(body, *boundary);
        if (!parts)
            return parts.error();
        for (const auto &part : *parts) {
            auto revision = revisionFromPart(id, part);
            if (!revision)
                return revision.error();
            fetched.push_back(std::move(*revision));
        }
        return fetched;
    }
    auto json = parseJson(body);
    if (!json)
        return json.error();
    if (!json->is_array())
        return unexpectedOpenRevs("not a list");
    for (const auto &entry : *json) {
        auto revision = revisionFrom(id, entry);
        if (!revision)
            return revision.error();
        fetched.push_back(std::move(*revision));
    }
    return fetched;
}

} // namespace rapport::replicator
