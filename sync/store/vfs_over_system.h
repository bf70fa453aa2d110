#pragma once

#include <sqlite3.h>

// What a VFS of ours (encrypted_vfs.h, gathering_vfs.h) shares: it sits over the system's VFS
// (its pAppData), opens files its own way, and passes everything else through (full path names,
// access, randomness, time, libraries).
namespace rapport::sqlite {

// A VFS named `name` over the system's default one, whose files take `ownFileBytes` of its own
// before the system's file, opened by `open`; files are deleted by `remove` (or by the system).
sqlite3_vfs vfsOverSystem(const char *name, int ownFileBytes, decltype(sqlite3_vfs::xOpen) open,
                          decltype(sqlite3_vfs::xDelete) remove = nullptr);

// The system VFS under one made by vfsOverSystem.
sqlite3_vfs *systemUnder(sqlite3_vfs *ours);

} // namespace rapport::sqlite
