#pragma once

#include <cstdint>
#include <functional>
#include <sqlite3.h>
#include <vector>

// How the encrypting VFS (encrypted_vfs.cpp) writes a notebook's WAL. SQLite writes each frame
// as two system writes, its 24-byte header and then its page (wal.c, walWriteOneFrame): a save
// of 36 pages made 72 pwrite calls before its fdatasync, a fifth of the save's CPU time on a
// virtual machine's system calls (perf, store_bench). Here the frames SQLite appends are
// gathered in memory and reach the file in writes of up to 31 frames, the last when the
// commit's last frame is in (its header says so), or before anything else touches the file.
//
// Nothing gathered is ever needed by another connection: a commit's frames are written before
// SQLite syncs the log and publishes them in the WAL index, and frames gathered for a
// transaction still open (a spill of a large one) are seen by no other connection and are
// written before this one reads, syncs, sizes or truncates the log. A process killed meanwhile
// loses only frames of a commit that had not returned, as it would have without gathering.
namespace rapport::sqlite {

class WalWrites
{
public:
    // Seals a page's content (a whole page) under its page number into `sealed`.
    using Seal = std::function<bool(std::uint32_t page, const unsigned char *plain,
                                    unsigned char *sealed)>;

    // The log of a notebook of `pageBytes` pages (0: not known yet, learnt from the log's header
    // when SQLite writes it; until then every write goes straight through). Without `seal`,
    // pages are written as they are.
    WalWrites(sqlite3_file *system, int pageBytes, Seal seal = {});
    ~WalWrites();
    WalWrites(const WalWrites &) = delete;
    WalWrites &operator=(const WalWrites &) = delete;

    // SQLite's xWrite on the WAL: its header, a frame's header, or a frame's page.
    int write(const unsigned char *from, int amount, sqlite3_int64 offset);
    // Writes what is gathered; before any other call reaches the system's file.
    int flush();
    // The same before the connection's WAL locks change (xShmLock of its notebook's file, with
    // its `flags`): the frames of a transaction rolled back after SQLite wrote some of its pages
    // early would otherwise be written later, over frames another connection committed
    // meanwhile. An error stops a lock being taken; a lock is let go whatever happens.
    int flushBeforeLockChange(int flags);

private:
    // Where `amount` bytes for `offset` go among those gathered; nullptr when they do not
    // continue them or would make the write too long.
    unsigned char *gather(sqlite3_int64 offset, int amount);
    sqlite3_int64 gatheredEnd() const;
    int writeThrough(const unsigned char *from, int amount, sqlite3_int64 offset);
    int writePageThrough(const unsigned char *from, sqlite3_int64 offset);

    void learnPageSize(int pageBytes);

    sqlite3_file *m_system;
    int m_pageBytes = 0;
    sqlite3_int64 m_frameBytes = 0;
    Seal m_seal;
    std::vector<unsigned char> m_gathered; // the file's bytes from m_gatheredAt on
    sqlite3_int64 m_gatheredAt = 0;
    // Where SQLite appends its next frame, as far as this handle has seen: the end of the last
    // frame (or the log's header) it wrote. A frame header elsewhere is one rewritten in place.
    sqlite3_int64 m_appendAt = -1;
    // The frame header SQLite wrote last: where, the page number of the content that follows
    // it, and whether it ends a commit.
    sqlite3_int64 m_lastFrameAt = -1;
    std::uint32_t m_lastFramePage = 0;
    bool m_lastFrameCommits = false;
    std::vector<unsigned char> m_sealed; // a page sealed to be written through
};

} // namespace rapport::sqlite
