#pragma once

#include "core/error.h"
#include "store/encrypted_vfs.h"

#include <string>

// A notebook file becoming encrypted, or getting a new key, without ever being half of either:
// the encrypted file is made whole under a temporary name beside it (VACUUM INTO through the
// encrypting VFS), synced, and renamed over the old one. Killed at any moment, what opens
// afterwards is the old file or the new one, complete; a leftover temporary file is removed on
// the next try.
namespace rapport::sqlite {

// A new, empty encrypted notebook at `path`, made this way so that a crash during its first
// write leaves no file rather than a damaged one. The key must be in use for `path`.
Status createEncrypted(const std::string &path);

// The plain notebook at `path` encrypted in place with `key`, which is in use for it from
// then on. No other connection may have it open.
Status encryptInPlace(const std::string &path, const NotebookKey &key);

// The encrypted notebook at `path`, whose key is in use, re-encrypted with `newKey`, which is
// in use for it from then on. No other connection may have it open.
Status changeKey(const std::string &path, const NotebookKey &newKey);

} // namespace rapport::sqlite
