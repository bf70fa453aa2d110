#pragma once

#include <cstdint>
#include <sqlite3.h>

// The layout of a WAL (sqlite.org/fileformat2.html#walformat): a header, then frames of a
// header and a page. A frame header begins with the page's number and, in a commit's last
// frame, the database's size after it (zero in every other frame).
namespace rapport::sqlite::wal_format {

inline constexpr sqlite3_int64 headerBytes = 32;
inline constexpr sqlite3_int64 frameHeaderBytes = 24;

inline std::uint32_t bigEndian32(const unsigned char *bytes)
{
    return (std::uint32_t {bytes[0]} << 24) | (std::uint32_t {bytes[1]} << 16)
        | (std::uint32_t {bytes[2]} << 8) | std::uint32_t {bytes[3]};
}

} // namespace rapport::sqlite::wal_format
