#pragma once

#include "core/error.h"

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace rapport {
class Store;
}

namespace rapport::replicator {

// A document with attachments' bytes as CouchDB takes it in one PUT (multipart/related): the
// document's JSON as the first part, then each attachment it marks `"follows": true`, in the
// order its _attachments lists them, read from the store a chunk at a time as the request
// goes. Nothing but the JSON is ever held in memory, whatever the attachments weigh.
class MultipartBody
{
public:
    struct FollowingAttachment
    {
        std::string digest;
        std::int64_t length = 0;
    };

    MultipartBody(Store &store, std::string documentJson, std::vector<FollowingAttachment> parts);

    std::string contentType() const;
    std::int64_t length() const { return m_length; }
    // Request::bodySource: the bytes at `at`.
    Result<std::size_t> read(std::int64_t at, char *into, std::size_t room);

private:
    using Segment = std::variant<std::string, FollowingAttachment>;
    static std::int64_t lengthOf(const Segment &segment);

    Store &m_store;
    std::string m_boundary;
    std::vector<Segment> m_segments;
    std::int64_t m_length = 0;
};

} // namespace rapport::replicator
