#include "replicator/multipart_body.h"

#include "core/ids.h"
#include "store/store.h"

#include <algorithm>
#include <cstring>

namespace rapport::replicator {

MultipartBody::MultipartBody(Store &store, std::string documentJson,
                             std::vector<FollowingAttachment> parts)
    : m_store(store),
      // 128 random bits: the chance that a photo holds this line is nil (CouchDB's own
      // replicator picks its boundaries the same way).
      m_boundary(newDocumentId("rapport"))
{
    m_segments.emplace_back("--" + m_boundary + "\r\nContent-Type: application/json\r\n\r\n"
                            + documentJson);
    for (auto &part : parts) {
        m_segments.emplace_back("\r\n--" + m_boundary + "\r\n\r\n");
        m_segments.emplace_back(std::move(part));
    }
    m_segments.emplace_back("\r\n--" + m_boundary + "--");
    for (const auto &segment : m_segments)
        m_length += lengthOf(segment);
}

std::string MultipartBody::contentType() const
{
    return "multipart/related; boundary=\"" + m_boundary + "\"";
}

std::int64_t MultipartBody::lengthOf(const Segment &segment)
{
    if (const auto *text = std::get_if<std::string>(&segment))
        return static_cast<std::int64_t>(text->size());
    return std::get<FollowingAttachment>(segment).length;
}

Result<std::size_t> MultipartBody::read(std::int64_t at, char *into, std::size_t room)
{
    std::size_t given = 0;
    std::int64_t start = 0; // of the segment in hand
    for (const auto &segment : m_segments) {
        const std::int64_t length = lengthOf(segment);
        if (given == room)
            break;
        if (at >= start + length) {
            start += length;
            continue;
        }
        const std::int64_t offset = at - start;
        const auto wanted = static_cast<std::size_t>(
            std::min<std::int64_t>(length - offset, static_cast<std::int64_t>(room - given)));
        if (const auto *text = std::get_if<std::string>(&segment)) {
            std::memcpy(into + given, text->data() + offset, wanted);
        } else {
            const auto &attachment = std::get<FollowingAttachment>(segment);
            auto read = m_store.readAttachmentPart(attachment.digest, offset, into + given, wanted);
            if (!read)
                return read.error();
            if (*read != wanted)
                return Error {Errc::Corrupt,
                              "an attachment's bytes on this device are shorter than it says"};
        }
        given += wanted;
        at += static_cast<std::int64_t>(wanted);
        start += length;
    }
    return given;
}

} // namespace rapport::replicator
