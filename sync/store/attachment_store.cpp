// Attachments' bytes: kept once per digest in attachment_bytes, named by revisions through
// attachment_refs (kept by the triggers of migration 11), read and written a chunk at a time
// with SQLite's incremental blob I/O so that a 20 MB photo never sits whole in memory.
#include "core/md5.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <cstdio>
#include <memory>
#include <sqlite3.h>

namespace rapport {

namespace {

// What is read or written at a time: large enough for few calls, small enough for a phone.
constexpr std::size_t chunkBytes = 64 * 1024;

// An open blob handle, closed however the read or write ends.
class Blob
{
public:
    static Result<Blob> open(sqlite::Database &db, std::int64_t row, bool writing)
    {
        sqlite3_blob *blob = nullptr;
        const int rc = sqlite3_blob_open(db.handle(), "main", "attachment_bytes", "data", row,
                                         writing ? 1 : 0, &blob);
        if (rc != SQLITE_OK) {
            sqlite3_blob_close(blob);
            return db.error(rc, "open an attachment's bytes");
        }
        return Blob(db, blob);
    }
    Blob(Blob &&other) noexcept : m_db(other.m_db), m_blob(std::exchange(other.m_blob, nullptr)) { }
    Blob(const Blob &) = delete;
    Blob &operator=(const Blob &) = delete;
    Blob &operator=(Blob &&) = delete;
    ~Blob() { sqlite3_blob_close(m_blob); }

    std::int64_t size() const { return sqlite3_blob_bytes(m_blob); }
    Status read(char *into, int bytes, std::int64_t at)
    {
        const int rc = sqlite3_blob_read(m_blob, into, bytes, static_cast<int>(at));
        return rc == SQLITE_OK ? Status {} : Status {m_db->error(rc, "read an attachment")};
    }
    Status write(const char *from, int bytes, std::int64_t at)
    {
        const int rc = sqlite3_blob_write(m_blob, from, bytes, static_cast<int>(at));
        return rc == SQLITE_OK ? Status {} : Status {m_db->error(rc, "write an attachment")};
    }

private:
    Blob(sqlite::Database &db, sqlite3_blob *blob) : m_db(&db), m_blob(blob) { }
    sqlite::Database *m_db;
    sqlite3_blob *m_blob;
};

// A row of `length` zero bytes for `digest`, to be filled a chunk at a time; nullopt when the
// bytes are here already.
Result<std::optional<std::int64_t>> insertRoomFor(sqlite::Database &db, std::string_view digest,
                                                  std::int64_t length)
{
    // VALUES, not INSERT ... SELECT: through a SELECT, SQLite 3.40 makes the zeroblob real
    // bytes, several copies of them (a 48 MB video took 295 MB of memory).
    auto query = db.prepare(R"sql(
        INSERT INTO attachment_bytes(digest, data) VALUES (?1, zeroblob(?2))
        ON CONFLICT(digest) DO NOTHING RETURNING id)sql");
    if (!query)
        return query.error();
    auto inserted = query->bind(1, digest).bind(2, length).step();
    if (!inserted)
        return inserted.error();
    if (!*inserted)
        return std::optional<std::int64_t> {};
    const std::int64_t row = query->integer(0);
    if (auto done = query->step(); !done)
        return done.error();
    return std::optional(row);
}

// Copies `length` bytes from the start of `file` into the row's blob, the digest taken on the
// way when asked. The handle is closed before the caller commits, which it would prevent.
Status fill(sqlite::Database &db, std::int64_t row, std::FILE *file, std::int64_t length,
            AttachmentDigest *digest)
{
    auto blob = Blob::open(db, row, true);
    if (!blob)
        return blob.error();
    std::rewind(file);
    std::string chunk(chunkBytes, '\0');
    for (std::int64_t at = 0; at < length;) {
        const auto want = static_cast<std::size_t>(std::min<std::int64_t>(chunkBytes, length - at));
        if (std::fread(chunk.data(), 1, want, file) != want)
            return digest
                ? Error {Errc::BadRequest, "an attachment's file shrank while it was added"}
                : Error {Errc::Internal, "an attachment's download could not be read back"};
        if (digest)
            digest->add(std::string_view(chunk.data(), want));
        if (auto written = blob->write(chunk.data(), static_cast<int>(want), at); !written)
            return written;
        at += static_cast<std::int64_t>(want);
    }
    // A file longer than it was when measured is a different file.
    if (digest && std::fgetc(file) != EOF)
        return Error {Errc::BadRequest, "an attachment's file grew while it was added"};
    return {};
}

} // namespace

Status Store::keepNewAttachmentBytes(const Attachments &attachments)
{
    for (const auto &[name, attachment] : attachments) {
        if (attachment.data) {
            auto query = m_db->prepare("INSERT INTO attachment_bytes(digest, data) VALUES (?, ?) "
                                       "ON CONFLICT(digest) DO NOTHING");
            if (!query)
                return query.error();
            if (auto kept = query->bind(1, attachment.digest).bindBlob(2, *attachment.data).run();
                !kept)
                return kept;
        } else if (attachment.file) {
            const std::unique_ptr<std::FILE, int (*)(std::FILE *)> in(
                std::fopen(attachment.file->c_str(), "rb"), &std::fclose);
            if (!in)
                return Error {Errc::NotFound,
                              "attachment \"" + name + "\": its file can no longer be read"};
            auto row = insertRoomFor(*m_db, attachment.digest, attachment.length);
            if (!row)
                return row.error();
            if (!*row)
                continue; // the same bytes are here already
            AttachmentDigest digest;
            if (auto filled = fill(*m_db, **row, in.get(), attachment.length, &digest); !filled)
                return filled;
            // Taken when the file was chosen: a file changed since would be kept under a digest
            // that is not its own, and every server would refuse it.
            if (digest.finish() != attachment.digest)
                return Error {Errc::BadRequest,
                              "attachment \"" + name + "\": its file changed while it was added"};
        }
    }
    return {};
}

Result<bool> Store::hasAttachmentBytes(std::string_view digest)
{
    auto query = m_db->prepare("SELECT 1 FROM attachment_bytes WHERE digest = ?");
    if (!query)
        return query.error();
    return query->bind(1, digest).step();
}

Result<std::int64_t> Store::attachmentRow(std::string_view digest)
{
    auto query = m_db->prepare("SELECT id FROM attachment_bytes WHERE digest = ?");
    if (!query)
        return query.error();
    auto found = query->bind(1, digest).step();
    if (!found)
        return found.error();
    if (!*found)
        return Error {Errc::NotFound,
                      "the bytes of attachment " + std::string(digest)
                          + " are not on this device yet"};
    return query->integer(0);
}

Result<std::size_t> Store::readAttachmentPart(std::string_view digest, std::int64_t at, char *into,
                                              std::size_t room)
{
    auto row = attachmentRow(digest);
    if (!row)
        return row.error();
    auto blob = Blob::open(*m_db, *row, false);
    if (!blob)
        return blob.error();
    if (at >= blob->size())
        return std::size_t {0};
    const auto bytes = static_cast<int>(
        std::min<std::int64_t>(static_cast<std::int64_t>(room), blob->size() - at));
    if (auto read = blob->read(into, bytes, at); !read)
        return read.error();
    return static_cast<std::size_t>(bytes);
}

Status Store::readAttachment(std::string_view digest,
                             const std::function<Status(std::string_view chunk)> &sink)
{
    // One snapshot for the whole read (a write meanwhile cannot change the bytes under it),
    // without the write lock: a thumbnail or an upload never waits for the sync's writes.
    auto snapshot = sqlite::ReadSnapshot::begin(*m_db);
    if (!snapshot)
        return snapshot.error();
    auto found = attachmentRow(digest);
    if (!found)
        return found.error();
    const std::int64_t row = *found;
    auto blob = Blob::open(*m_db, row, false);
    if (!blob)
        return blob.error();
    std::string chunk(chunkBytes, '\0');
    for (std::int64_t at = 0; at < blob->size();) {
        const auto bytes = static_cast<int>(std::min<std::int64_t>(chunkBytes, blob->size() - at));
        if (auto read = blob->read(chunk.data(), bytes, at); !read)
            return read;
        if (auto taken = sink(std::string_view(chunk.data(), static_cast<std::size_t>(bytes)));
            !taken)
            return taken;
        at += bytes;
    }
    return {};
}

Status Store::keepAttachmentBytes(std::string_view digest, std::FILE *file, std::int64_t length)
{
    auto transaction = beginWrite();
    if (!transaction)
        return transaction.error();
    {
        auto wanted = m_db->prepare("SELECT 1 FROM attachment_refs WHERE digest = ? LIMIT 1");
        if (!wanted)
            return wanted.error();
        auto named = wanted->bind(1, digest).step();
        if (!named)
            return named.error();
        if (!*named)
            return {}; // no longer wanted
    }
    auto row = insertRoomFor(*m_db, digest, length);
    if (!row)
        return row.error();
    if (!*row)
        return {}; // here already
    if (auto filled = fill(*m_db, **row, file, length, nullptr); !filled)
        return filled;
    return (*transaction)->commit();
}

Result<std::vector<MissingAttachment>> Store::missingAttachments(int limit)
{
    // One revision per digest, the oldest that names it: the likeliest to be on the server (a
    // local edit of a document names the bytes its parent did).
    auto query = m_db->prepare(R"sql(
        SELECT d.id, r.gen, r.hash, r.deleted, a.name, r.body, min(r.gen)
        FROM attachment_refs a JOIN revs r ON r.rid = a.rid JOIN docs d ON d.doc = r.doc
        WHERE NOT EXISTS (SELECT 1 FROM attachment_bytes b WHERE b.digest = a.digest)
        GROUP BY a.digest ORDER BY a.digest LIMIT ?)sql");
    if (!query)
        return query.error();
    query->bind(1, limit);
    std::vector<MissingAttachment> missing;
    auto read = sqlite::forEachRow(*query, [&missing](const sqlite::Query &row) -> Status {
        const std::string rev = std::to_string(row.integer(1)) + "-" + row.text(2);
        auto doc = revisionFromStored(row.text(0), rev, row.integer(3) != 0, row.textView(5));
        if (!doc)
            return doc.error();
        auto found = doc->attachments.find(row.text(4));
        if (found == doc->attachments.end())
            return Error {Errc::Corrupt, doc->id + ": an attachment named but not described"};
        missing.push_back(MissingAttachment {doc->id, rev, found->first, found->second.digest,
                                             found->second.length, found->second.encoding});
        return {};
    });
    if (!read)
        return read.error();
    return missing;
}

} // namespace rapport
