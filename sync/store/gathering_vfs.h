#pragma once

// A plain notebook's VFS: the system's own, except that the WAL's frames are written as
// wal_writes.h gathers them, a commit's pages in one system call instead of two each (an
// encrypted notebook's VFS, encrypted_vfs.h, gathers them the same way). Nothing else changes:
// the file's bytes, its locks and its WAL index are the system VFS's.
namespace rapport::sqlite {

// The name to open a plain notebook through (sqlite3_open_v2's zVfs); registered on first call.
const char *gatheringVfs();

} // namespace rapport::sqlite
