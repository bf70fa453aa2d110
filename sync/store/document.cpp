#include "store/document.h"

#include "store/revision.h"
#include "store/tuning.h"

namespace rapport {

namespace {

constexpr std::string_view localPrefix = "_local/";
constexpr std::string_view designPrefix = "_design/";

Error badRequest(std::string message)
{
    return Error{Errc::BadRequest, std::move(message)};
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

Json Document::toJson() const
{
    Json json = Json::object();
    json["_id"] = id;
    if (!rev.empty())
        json["_rev"] = rev;
    for (const auto &[key, value] : body.items())
        json[key] = value;
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
    if (!json.is_object())
        return badRequest("a document must be a JSON object");
    Document doc;
    for (const auto &[key, value] : json.items()) {
        if (key.empty() || key.front() != '_') {
            doc.body[key] = value;
        } else if (key == "_id") {
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
        } else if (key == "_revisions" || key == "_conflicts" || key == "_deleted_conflicts"
                   || key == "_revs_info" || key == "_local_seq") {
            // Metadata a server adds to what it sends; it describes the document, it is not
            // part of it.
        } else {
            return badRequest("unsupported special member " + key);
        }
    }
    if (auto valid = validateDocumentId(doc.id); !valid)
        return valid.error();
    if (doc.body.dump().size() > tuning::maxDocumentBytes)
        return Error{Errc::TooLarge, "document " + doc.id + " is larger than "
                                         + std::to_string(tuning::maxDocumentBytes) + " bytes"};
    return doc;
}

Result<Document> Document::parse(std::string_view text)
{
    Json json = Json::parse(text, nullptr, false);
    if (json.is_discarded())
        return badRequest("not valid JSON (or not valid UTF-8)");
    return fromJson(json);
}

} // namespace rapport
