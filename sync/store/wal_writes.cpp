#include "store/wal_writes.h"

#include "store/wal_format.h"

#include <cstring>
#include <utility>

namespace rapport::sqlite {

namespace {

// The most one write may hold: SQLite's unix VFS writes at most this many bytes of a call at
// once (seekAndWriteFd masks the length with 0x1ffff), so a longer one could come back short.
// 31 frames: a save's commit of 36 pages is two writes.
constexpr std::size_t writeLimitBytes = 0x1ffff;

} // namespace

WalWrites::WalWrites(sqlite3_file *system, int pageBytes, Seal seal)
    : m_system(system), m_seal(std::move(seal))
{
    learnPageSize(pageBytes);
}

void WalWrites::learnPageSize(int pageBytes)
{
    // SQLite's page sizes: a power of two from 512 to 65536 (which the log's header spells 1).
    if (pageBytes == 1)
        pageBytes = 65536;
    if (pageBytes < 512 || pageBytes > 65536 || (pageBytes & (pageBytes - 1)) != 0)
        return;
    m_pageBytes = pageBytes;
    m_frameBytes = wal_format::frameHeaderBytes + pageBytes;
    if (m_seal)
        m_sealed.resize(static_cast<std::size_t>(pageBytes));
}

WalWrites::~WalWrites() = default;

int WalWrites::write(const unsigned char *from, int amount, sqlite3_int64 offset)
{
    if (offset < wal_format::headerBytes) {
        if (offset + amount > wal_format::headerBytes)
            return SQLITE_IOERR_WRITE;
        // The log starts over: what was gathered of it before is written first.
        if (const int rc = flush(); rc != SQLITE_OK)
            return rc;
        if (offset != 0 || amount != wal_format::headerBytes)
            return writeThrough(from, amount, offset);
        if (m_pageBytes == 0) // a new notebook's: its page size is in the log's header
            learnPageSize(static_cast<int>(wal_format::bigEndian32(from + 8)));
        std::memcpy(gather(offset, amount), from, static_cast<std::size_t>(amount));
        m_appendAt = wal_format::headerBytes;
        return SQLITE_OK;
    }
    if (m_pageBytes == 0) { // not known yet: nothing is gathered
        if (const int rc = flush(); rc != SQLITE_OK)
            return rc;
        return writeThrough(from, amount, offset);
    }
    const sqlite3_int64 frameStart = wal_format::headerBytes
        + (offset - wal_format::headerBytes) / m_frameBytes * m_frameBytes;
    const sqlite3_int64 within = offset - frameStart;
    if (within == 0 && amount == wal_format::frameHeaderBytes) {
        m_lastFrameAt = frameStart;
        m_lastFramePage = wal_format::bigEndian32(from);
        m_lastFrameCommits = wal_format::bigEndian32(from + 4) != 0;
        if (offset != m_appendAt) {
            // A frame's header rewritten in place (its checksums, wal.c walRewriteChecksums),
            // or this handle's first frame: written at once.
            if (const int rc = flush(); rc != SQLITE_OK)
                return rc;
            return writeThrough(from, amount, offset);
        }
        unsigned char *slot = gather(offset, amount);
        if (!slot) {
            if (const int rc = flush(); rc != SQLITE_OK)
                return rc;
            slot = gather(offset, amount);
        }
        std::memcpy(slot, from, static_cast<std::size_t>(amount));
        return SQLITE_OK;
    }
    if (within == wal_format::frameHeaderBytes && amount == m_pageBytes) {
        const bool afterItsHeader = m_lastFrameAt == frameStart;
        if (afterItsHeader && !m_gathered.empty() && offset == gatheredEnd()) {
            unsigned char *slot = gather(offset, amount);
            if (!slot) { // no room: the header goes ahead, the page starts the next write
                if (const int rc = flush(); rc != SQLITE_OK)
                    return rc;
                slot = gather(offset, amount);
            }
            if (!m_seal)
                std::memcpy(slot, from, static_cast<std::size_t>(amount));
            else if (!m_seal(m_lastFramePage, from, slot)) {
                m_gathered.resize(m_gathered.size() - static_cast<std::size_t>(amount));
                return SQLITE_IOERR_WRITE;
            }
            m_appendAt = offset + m_pageBytes;
            // The commit's frames are all here: to the file, before SQLite syncs the log
            // (synchronous=FULL) or publishes them to other connections (any mode).
            return m_lastFrameCommits ? flush() : SQLITE_OK;
        }
        // A page written again in place (an earlier frame of the same transaction), or the
        // page of a header written at once.
        if (const int rc = flush(); rc != SQLITE_OK)
            return rc;
        const int rc = writePageThrough(from, offset);
        if (rc == SQLITE_OK && afterItsHeader)
            m_appendAt = offset + m_pageBytes;
        return rc;
    }
    if (within == 0 && amount == m_frameBytes) {
        m_lastFrameAt = frameStart;
        m_lastFramePage = wal_format::bigEndian32(from);
        m_lastFrameCommits = wal_format::bigEndian32(from + 4) != 0;
        if (const int rc = flush(); rc != SQLITE_OK)
            return rc;
        if (const int rc
            = writeThrough(from, static_cast<int>(wal_format::frameHeaderBytes), offset);
            rc != SQLITE_OK)
            return rc;
        return writePageThrough(from + wal_format::frameHeaderBytes,
                                offset + wal_format::frameHeaderBytes);
    }
    if (m_seal) // part of a page, which cannot be sealed: SQLite with powersafe writes never does
        return SQLITE_IOERR_WRITE;
    if (const int rc = flush(); rc != SQLITE_OK)
        return rc;
    return writeThrough(from, amount, offset);
}

int WalWrites::flush()
{
    if (m_gathered.empty())
        return SQLITE_OK;
    const int rc = m_system->pMethods->xWrite(m_system, m_gathered.data(),
                                              static_cast<int>(m_gathered.size()), m_gatheredAt);
    // Failed, the frames are SQLite's to write again (its transaction fails and is retried).
    m_gathered.clear();
    return rc;
}

int WalWrites::flushBeforeLockChange(int flags)
{
    const int rc = flush();
    return flags & SQLITE_SHM_LOCK ? rc : SQLITE_OK;
}

unsigned char *WalWrites::gather(sqlite3_int64 offset, int amount)
{
    if (m_gathered.empty())
        m_gatheredAt = offset;
    else if (offset != gatheredEnd()
             || m_gathered.size() + static_cast<std::size_t>(amount) > writeLimitBytes)
        return nullptr;
    const std::size_t at = m_gathered.size();
    m_gathered.resize(at + static_cast<std::size_t>(amount));
    return m_gathered.data() + at;
}

sqlite3_int64 WalWrites::gatheredEnd() const
{
    return m_gatheredAt + static_cast<sqlite3_int64>(m_gathered.size());
}

int WalWrites::writeThrough(const unsigned char *from, int amount, sqlite3_int64 offset)
{
    return m_system->pMethods->xWrite(m_system, from, amount, offset);
}

int WalWrites::writePageThrough(const unsigned char *from, sqlite3_int64 offset)
{
    if (!m_seal)
        return writeThrough(from, m_pageBytes, offset);
    const sqlite3_int64 frameStart = offset - wal_format::frameHeaderBytes;
    std::uint32_t page = m_lastFramePage;
    if (m_lastFrameAt != frameStart) {
        unsigned char header[4];
        if (m_system->pMethods->xRead(m_system, header, 4, frameStart) != SQLITE_OK)
            return SQLITE_IOERR_WRITE;
        page = wal_format::bigEndian32(header);
    }
    if (!m_seal(page, from, m_sealed.data()))
        return SQLITE_IOERR_WRITE;
    return writeThrough(m_sealed.data(), m_pageBytes, offset);
}

} // namespace rapport::sqlite
