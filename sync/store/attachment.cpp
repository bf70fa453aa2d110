#include "store/attachment.h"

#include "core/base64.h"
#include "core/md5.h"

#include <fstream>

namespace rapport {

namespace {

Error refused(const std::string &name, const std::string &why)
{
    return Error {Errc::BadRequest, "attachment \"" + name + "\": " + why};
}

std::optional<std::int64_t> count(const Json &entry, const char *key)
{
    auto found = entry.find(key);
    if (found == entry.end() || !found->is_number_integer() || found->get<std::int64_t>() < 0)
        return std::nullopt;
    return found->get<std::int64_t>();
}

std::string text(const Json &entry, const char *key)
{
    auto found = entry.find(key);
    return found != entry.end() && found->is_string() ? found->get<std::string>() : std::string();
}

} // namespace

Attachment Attachment::ofBytes(std::string contentType, std::string bytes)
{
    Attachment attachment;
    attachment.contentType = std::move(contentType);
    attachment.digest = AttachmentDigest::of(bytes);
    attachment.length = static_cast<std::int64_t>(bytes.size());
    attachment.data = std::move(bytes);
    return attachment;
}

Result<Attachment> Attachment::ofFile(std::string contentType, const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error {Errc::NotFound, "cannot read " + path.string()};
    Attachment attachment;
    attachment.contentType = std::move(contentType);
    AttachmentDigest digest;
    std::string chunk(64 * 1024, '\0');
    while (in) {
        in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
        const auto got = static_cast<std::size_t>(in.gcount());
        digest.add(std::string_view(chunk.data(), got));
        attachment.length += static_cast<std::int64_t>(got);
    }
    if (in.bad())
        return Error {Errc::Internal, "cannot read " + path.string()};
    attachment.digest = digest.finish();
    attachment.file = path;
    return attachment;
}

Json Attachment::description() const
{
    Json json {
        {"content_type", contentType}, {"digest", digest}, {"length", length}, {"revpos", revpos}};
    if (!encoding.empty()) {
        json["encoding"] = encoding;
        json["encoded_length"] = encodedLength;
    }
    return json;
}

Result<Attachments> parseAttachments(const Json &attachments)
{
    if (!attachments.is_object())
        return Error {Errc::BadRequest, "_attachments must be an object"};
    Attachments parsed;
    for (const auto &[name, entry] : attachments.items()) {
        if (name.empty() || name.front() == '_')
            return refused(name, "a name may not be empty or start with '_'");
        if (!entry.is_object())
            return refused(name, "must be an object");
        Attachment attachment;
        if (auto type = text(entry, "content_type"); !type.empty())
            attachment.contentType = type;
        attachment.revpos = count(entry, "revpos").value_or(0);
        attachment.encoding = text(entry, "encoding");
        attachment.encodedLength = count(entry, "encoded_length").value_or(0);
        const std::string given = text(entry, "digest");
        if (auto data = entry.find("data"); data != entry.end()) {
            auto bytes = data->is_string() ? base64Decoded(data->get<std::string>()) : std::nullopt;
            if (!bytes)
                return refused(name, "its data is not base64");
            attachment.digest = AttachmentDigest::of(*bytes);
            if (!given.empty() && given != attachment.digest)
                return refused(name, "its digest does not match its data");
            attachment.length = static_cast<std::int64_t>(bytes->size());
            attachment.encoding.clear();
            attachment.encodedLength = 0;
            attachment.data = std::move(*bytes);
        } else if (entry.value("stub", false) || entry.value("follows", false)) {
            if (!given.starts_with("md5-"))
                return refused(name, "a stub needs the digest of its bytes (md5-...)");
            auto length = count(entry, "length");
            if (!length)
                return refused(name, "a stub needs its length");
            attachment.digest = given;
            attachment.length = *length;
        } else {
            return refused(name, "has neither data nor a stub");
        }
        parsed.emplace(name, std::move(attachment));
    }
    return parsed;
}

Json describeAttachments(const Attachments &attachments, bool asStubs)
{
    Json json = Json::object();
    for (const auto &[name, attachment] : attachments) {
        Json entry = attachment.description();
        if (asStubs)
            entry["stub"] = true;
        json[name] = std::move(entry);
    }
    return json;
}

} // namespace rapport
