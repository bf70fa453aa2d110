#pragma once

#include <array>
#include <optional>
#include <string>

struct sqlite3;

// A notebook encrypted at rest: an SQLite VFS over the system's own that encrypts and
// authenticates every page of the database file and of its WAL (AES-256-GCM from OpenSSL, a
// fresh random nonce per page write, the page number bound in as associated data), keeping the
// nonce and the tag in the 28 bytes SQLite reserves at the end of each page. SQLite itself
// is unchanged: FTS5, WAL, crash recovery and every query work as on a plain file.
//
// Why a VFS and not SQLCipher: Debian 12 ships SQLCipher 3.4.1, a fork of SQLite 3.15, far
// older than the 3.40 the store is built and tested on; a VFS shim works with the SQLite the
// system has, as SQLite3 Multiple Ciphers does since SQLite dropped its codec hooks.
//
// What is not a page of the notebook is never plain either: temporary files (a sort that
// spills, VACUUM's copy) are encrypted with a key made for that file alone and forgotten when
// it closes (AES-256-CTR: they are never read after a crash); a rollback journal, which a
// notebook in WAL mode never has, is refused rather than written plain. The -shm index holds
// page numbers and checksums, no content.
namespace rapport::sqlite {

// 256 random bits. Kept in the OS key store, never in the file, a log or the clipboard.
using NotebookKey = std::array<unsigned char, 32>;

// A new random key from OpenSSL's generator; nullopt only if the generator fails.
std::optional<NotebookKey> newNotebookKey();

// The page size an encrypted notebook has (the VFS must know it before SQLite has read page
// 1), and the bytes at the end of each page that hold the nonce and the tag.
inline constexpr int encryptedPageSize = 4096;
inline constexpr int encryptionReservedBytes = 28;

// Asks the connection's main database for the layout the VFS needs (encryptedPageSize, room
// for the nonce and tag in each page), which a new file takes at its first write and VACUUM
// (INTO) keeps. An SQLite result code.
int askForEncryptedLayout(sqlite3 *db);

// The name to open a notebook through (sqlite3_open_v2's zVfs); registered on first call.
const char *encryptingVfs();

// Files at `path` (the notebook and its WAL) are opened with `key` through the encrypting VFS
// from now on, by every connection of this process, until forgetKey(path). `building`: a
// notebook being made whole under a temporary name before it is renamed into place (an
// encryption, a new key), which is thrown away if the process dies, so SQLite's rollback
// journal for it may be kept in memory instead of being refused.
void useKey(const std::string &path, const NotebookKey &key, bool building = false);
void forgetKey(const std::string &path);
// Whether a key is in use for `path`, and which.
bool hasKey(const std::string &path);
std::optional<NotebookKey> keyInUse(const std::string &path);

// What a notebook file is, by its first bytes and its size: absent or empty, a plain SQLite
// file (which always starts the same), encrypted (whole pages of what looks like nothing), or
// neither (damaged, or some other file).
enum class FileKind { Missing, Plain, Encrypted, Neither };
FileKind fileKind(const std::string &path);

} // namespace rapport::sqlite
