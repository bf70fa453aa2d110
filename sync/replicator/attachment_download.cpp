// A pull's second half: the bytes of the attachments its revisions name, one at a time, each
// streamed to a temporary file as it arrives (bounded memory whatever its size), checked against
// what the revision says of it, then kept by the store in one short transaction.
#include "core/md5.h"
#include "replicator/puller.h"
#include "store/store.h"

#include <cstdio>
#include <memory>
#include <optional>
#include <set>

namespace rapport::replicator {

namespace {

// How many missing attachments are listed at a time.
constexpr int listed = 100;

struct Download
{
    std::FILE *file = nullptr;
    std::int64_t expected = 0;
    std::int64_t received = 0;
    AttachmentDigest digest;
    bool tooLong = false;
    bool writeFailed = false;
};

// Why the bytes that came are not the attachment, or nothing when they are.
std::optional<std::string> whyRefused(const MissingAttachment &attachment, Download &download)
{
    if (download.tooLong)
        return "the server sent more than its " + std::to_string(attachment.length) + " bytes";
    if (download.received != attachment.length)
        return "the server sent " + std::to_string(download.received) + " of its "
            + std::to_string(attachment.length) + " bytes";
    // Kept compressed by the server, its digest is of the compressed bytes; what came is them
    // decoded, checked by length alone.
    if (attachment.encoding.empty() && download.digest.finish() != attachment.digest)
        return "its bytes do not match its digest";
    return std::nullopt;
}

} // namespace

Status Puller::fetchAttachments(PullStats &stats)
{
    std::set<std::string> failed; // this run's: not asked for again until the next pull
    while (true) {
        auto missing = m_store.missingAttachments(listed + static_cast<int>(failed.size()));
        if (!missing)
            return missing.error();
        bool progressed = false;
        for (const auto &attachment : *missing) {
            if (failed.contains(attachment.digest))
                continue;
            progressed = true;
            const std::unique_ptr<std::FILE, int (*)(std::FILE *)> file(std::tmpfile(),
                                                                        &std::fclose);
            if (!file)
                return Error {Errc::DiskFull, "no room for a temporary file for an attachment"};
            Download download;
            download.file = file.get();
            download.expected = attachment.length;
            auto fetched = m_fetcher.fetchAttachment(
                attachment.id, attachment.rev, attachment.name,
                [&download](std::string_view chunk) {
                    download.received += static_cast<std::int64_t>(chunk.size());
                    if (download.received > download.expected) {
                        download.tooLong = true;
                        return false;
                    }
                    download.digest.add(chunk);
                    if (std::fwrite(chunk.data(), 1, chunk.size(), download.file) != chunk.size()) {
                        download.writeFailed = true;
                        return false;
                    }
                    return true;
                });
            if (download.writeFailed || std::fflush(file.get()) != 0)
                return Error {Errc::DiskFull,
                              "no room on the device for attachment \"" + attachment.name + "\" of "
                                  + attachment.id};
            std::optional<std::string> refused;
            if (!fetched && !download.tooLong) {
                // No answer at all: the connection is gone, and the next sync goes on. An
                // answer cut off half-way is this attachment's failure; the rest goes on.
                const auto code = fetched.error().code;
                if (code == Errc::Cancelled || (code == Errc::Network && download.received == 0))
                    return fetched.error();
                refused = fetched.error().describe();
            } else {
                refused = whyRefused(attachment, download);
            }
            if (refused) {
                failed.insert(attachment.digest);
                ++stats.attachmentsFailed;
                stats.problems.push_back(attachment.id + ": attachment \"" + attachment.name
                                         + "\" was not received (" + *refused
                                         + "); it is asked for again at the next sync");
                continue;
            }
            if (auto kept
                = m_store.keepAttachmentBytes(attachment.digest, file.get(), attachment.length);
                !kept)
                return kept;
            ++stats.attachmentsFetched;
            stats.attachmentBytesFetched += attachment.length;
        }
        if (!progressed)
            return {};
    }
}

} // namespace rapport::replicator
