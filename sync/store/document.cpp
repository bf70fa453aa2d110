#include "store/document.h"

#include "store/revision.h"
#include "store/tuning.h"

#include <vector>

namespace rapport {

namespace {

constexpr std::string_view localPrefix = "_local/";
constexpr std::string_view designPrefix = "_design/";

Error badRequest(std::string message)
{
    return Error {Errc::BadRequest, std::move(message)};
}

} // namespace

bool isLocalId(std::string_view id)
{
    return id.starts_with(localPrefix);
}

Status validateDocumentId(std::string_view id)
{
    if (id.empty())
        return badRequest("a document needs a non-empty _id");
    if (id.size() > 1024)
        return badRequest("document id is longer than 1024 bytes");
    if (id.front() == '_' && !id.starts_with(designPrefix) && !id.starts_with(localPrefix))
        return badRequest("document ids may not start with '_': " + std::string(id));
    return {};
}

Status validateBody(const Json &body)
{
    if (!body.is_object())
        return badRequest("a document body must be a JSON object");
    // Depth-first without recursion, so that the check itself cannot overflow the stack.
    std::vector<std::pair<const Json *, int>> pending {{&body, 1}};
    while (!pending.empty()) {
        auto [value, depth] = pending.back();
        pending.pop_back();
        if (depth > tuning::maxNestingDepth)
            return badRequest("the document is nested more than "
                              + std::to_string(tuning::maxNestingDepth) + " levels deep");
        for (const auto &child : *value) {
            if (child.is_structured())
                pending.emplace_back(&child, depth + 1);
        }
    }
    return {};
}

Result<Json> parseStoredBody(std::string_view text, std::string_view id)
{
    Json body = Json::parse(text, nullptr, false);
    if (body.is_discarded() || !body.is_object())
        return Error {Errc::Corrupt,
                      "the stored body of " + std::string(id) + " is not a JSON object"};
    return body;
}

Result<std::string> serializeBody(std::string_view id, const Json &body)
{
    if (auto valid = validateBody(body); !valid)
        return valid.error();
    std::string text;
    try {
        text = body.dump();
    } catch (const nlohmann::json::exception &) {
        return badRequest("document " + std::string(id) + " contains text that is not valid UTF-8");
    }
    if (text.size() > tuning::maxDocumentBytes)
        return Error {Errc::TooLarge,
                      "document " + std::string(id) + " is larger than "
                          + std::to_string(tuning::maxDocumentBytes) + " bytes"};
    return text;
}

// The member a stored revision keeps its attachments' descriptions in.
constexpr const char *attachmentsMember = "_attachments";

Json revisionContent(const Json &body, const Attachments &attachments)
{
    Json content = body;
    content[attachmentsMember] = describeAttachments(attachments, false);
    return content;
}

Result<std::string> serializeRevision(std::string_view id, const Json &body,
                                      const Attachments &attachments)
{
    if (attachments.empty())
        return serializeBody(id, body);
    return serializeBody(id, revisionContent(body, attachments));
}

Result<Document> revisionFromStored(std::string id, std::string rev, bool deleted,
                                    std::string_view text)
{
    auto body = parseStoredBody(text, id);
    if (!body)
        return body.error();
    Document doc {std::move(id), std::move(rev), deleted, std::move(*body), {}};
    if (auto found = doc.body.find(attachmentsMember); found != doc.body.end()) {
        // What the store wrote itself: each description has its digest and length.
        for (auto &[name, entry] : found->items())
            entry["stub"] = true;
        auto attachments = parseAttachments(*found);
        if (!attachments)
            return Error {Errc::Corrupt,
                          "the stored attachments of " + doc.id
                              + " are damaged: " + attachments.error().message};
        doc.attachments = std::move(*attachments);
        doc.body.erase(found);
    }
    return doc;
}

Json Document::toJson() const
{
    Json json = Json::object();
    json["_id"] = id;
    if (!rev.empty())
        json["_rev"] = rev;
    for (const auto &[key, value] : body.items())
        json[key] = value;
    if (!attachments.empty())
        json[attachmentsMember] = describeAttachments(attachments, true);
    if (deleted)
        json["_deleted"] = true;
    return json;
}

std::string Document::type() const
{
    auto found = body.find("type");
    if (found == body.end() || !found->is_string())
        return {};
    return found->get<std::string>();
}

Result<Document> Document::fromJson(const Json &json)
{
    // Checked before anything is copied: copying a hostile, deeply nested value recurses.
    if (auto valid = validateBody(json); !valid)
        return valid.error();
    auto doc = takeApart(Json(json));
    if (!doc)
        return doc;
    if (auto serialized = serializeBody(doc->id, doc->body); !serialized)
        return serialized.error();
    return doc;
}

Result<Document> Document::takeApart(Json &&json)
{
    if (auto valid = validateBody(json); !valid)
        return valid.error();
    Document doc;
    // The special members are read and taken out; what is left is the body, moved, not copied
    // member by member (a pulled document's body is not copied at all).
    for (auto member = json.begin(); member != json.end();) {
        const std::string &key = member.key();
        if (key.empty() || key.front() != '_') {
            ++member;
            continue;
        }
        const Json &value = member.value();
        if (key == "_id") {
            if (!value.is_string())
                return badRequest("_id must be a string");
            doc.id = value.get<std::string>();
        } else if (key == "_rev") {
            if (!value.is_string() || !RevId::parse(value.get<std::string>()))
                return badRequest("_rev must look like \"<generation>-<hash>\"");
            doc.rev = value.get<std::string>();
        } else if (key == "_deleted") {
            if (!value.is_boolean())
                return badRequest("_deleted must be true or false");
            doc.deleted = value.get<bool>();
        } else if (key == attachmentsMember) {
            auto attachments = parseAttachments(value);
            if (!attachments)
                return attachments.error();
            doc.attachments = std::move(*attachments);
        } else if (key == "_revisions" || key == "_conflicts" || key == "_deleted_conflicts"
                   || key == "_revs_info" || key == "_local_seq") {
            // Metadata a server adds to what it sends; it describes the document, it is not
            // part of it.
        } else {
            return badRequest("unsupported special member " + key);
        }
        member = json.erase(member);
    }
    doc.body = std::move(json);
    if (auto valid = validateDocumentId(doc.id); !valid)
        return valid.error();
    return doc;
}

Result<Document> Document::parse(std::string_view text)
{
    if (nestingExceeds(text, tuning::maxNestingDepth))
        return badRequest("the document is nested more than "
                          + std::to_string(tuning::maxNestingDepth) + " levels deep");
    Json json = Json::parse(text, nullptr, false);
    if (json.is_discarded())
        return badRequest("not valid JSON (or not valid UTF-8)");
    return fromJson(json);
}

} // namespace rapport
