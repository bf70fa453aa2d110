#include "store/encrypted_notebook.h"

#include <cstdio>
#include <fcntl.h>
#include <filesystem>
#include <sqlite3.h>
#include <unistd.h>

namespace rapport::sqlite {

namespace {

std::string temporaryOf(const std::string &path)
{
    return path + ".encrypting";
}

void removeWithCompanions(const std::string &file)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        std::remove((file + suffix).c_str());
}

// A file name as an SQLite URI naming the VFS to open it through (sqlite.org/uri.html).
std::string uriOf(const std::string &path, const char *vfs)
{
    std::string uri = "file:";
    for (const unsigned char c : path) {
        if (std::isalnum(c) || c == '/' || c == '.' || c == '-' || c == '_' || c == '~') {
            uri += static_cast<char>(c);
        } else {
            static constexpr char hex[] = "0123456789ABCDEF";
            uri += '%';
            uri += hex[c >> 4];
            uri += hex[c & 0xf];
        }
    }
    return uri + "?vfs=" + vfs;
}

std::string quoted(const std::string &text)
{
    std::string sql = "'";
    for (const char c : text) {
        sql += c;
        if (c == '\'')
            sql += '\'';
    }
    return sql + "'";
}

// A connection of its own for the work here: the store's Database would make a notebook of it.
class Connection
{
public:
    static Result<Connection> open(const std::string &path, const char *vfs)
    {
        sqlite3 *db = nullptr;
        const int rc = sqlite3_open_v2(path.c_str(), &db,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI
                                           | SQLITE_OPEN_NOMUTEX,
                                       vfs);
        Connection connection(db);
        if (rc != SQLITE_OK)
            return connection.failure(rc, "open " + path);
        sqlite3_extended_result_codes(db, 1);
        return connection;
    }
    Connection(Connection &&other) noexcept : m_db(std::exchange(other.m_db, nullptr)) { }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    Connection &operator=(Connection &&) = delete;
    ~Connection() { sqlite3_close_v2(m_db); }

    Status exec(const std::string &sql)
    {
        const int rc = sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, nullptr);
        return rc == SQLITE_OK ? Status {} : Status {failure(rc, sql.substr(0, 40))};
    }
    // The first column of the first row.
    Result<std::string> text(const std::string &sql)
    {
        sqlite3_stmt *statement = nullptr;
        int rc = sqlite3_prepare_v2(m_db, sql.c_str(), -1, &statement, nullptr);
        std::string value;
        if (rc == SQLITE_OK && (rc = sqlite3_step(statement)) == SQLITE_ROW) {
            if (const auto *bytes = sqlite3_column_text(statement, 0))
                value = reinterpret_cast<const char *>(bytes);
            rc = SQLITE_OK;
        }
        sqlite3_finalize(statement);
        if (rc != SQLITE_OK && rc != SQLITE_DONE)
            return failure(rc, sql);
        return value;
    }
    Status askForEncryptedLayout()
    {
        const int rc = sqlite::askForEncryptedLayout(m_db);
        return rc == SQLITE_OK ? Status {} : Status {failure(rc, "lay out for the cipher")};
    }
    Status close()
    {
        const int rc = sqlite3_close(m_db);
        if (rc != SQLITE_OK)
            return failure(rc, "close");
        m_db = nullptr;
        return {};
    }

private:
    explicit Connection(sqlite3 *db) : m_db(db) { }
    Error failure(int rc, const std::string &what) const
    {
        const Errc code = (rc & 0xff) == SQLITE_FULL ? Errc::DiskFull
            : rc == SQLITE_IOERR_DATA                ? Errc::Corrupt
                                                     : Errc::Io;
        return Error {code, what + ": " + (m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc))};
    }
    sqlite3 *m_db;
};

Status syncPath(const std::string &path, bool directory)
{
    const int fd = ::open(path.c_str(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd < 0)
        return Error {Errc::Io, "cannot open " + path + " to sync it"};
    const int synced = ::fsync(fd);
    ::close(fd);
    return synced == 0 ? Status {} : Status {Error {Errc::Io, "cannot sync " + path}};
}

// The encrypted copy made under the temporary name: in WAL mode like every notebook, sound,
// on the disk, then renamed over `path` (one atomic step), the directory synced.
Status replaceWith(const std::string &temporary, const std::string &path)
{
    {
        auto built = Connection::open(temporary, encryptingVfs());
        if (!built)
            return built.error();
        auto mode = built->text("PRAGMA journal_mode = WAL");
        if (!mode)
            return mode.error();
        auto check = built->text("PRAGMA quick_check");
        if (!check)
            return check.error();
        if (*check != "ok")
            return Error {Errc::Corrupt, "the encrypted copy did not check out: " + *check};
        if (auto closed = built->close(); !closed)
            return closed;
    }
    if (auto synced = syncPath(temporary, false); !synced)
        return synced;
    // The old file's WAL must be empty now (checkpointed when its last connection closed): a
    // WAL left beside the new file would be taken for the new file's.
    std::error_code ignored;
    if (std::filesystem::file_size(path + "-wal", ignored) > 0 && !ignored)
        return Error {Errc::Busy, path + " is still open elsewhere; it was left as it was"};
    std::remove((path + "-wal").c_str());
    std::remove((path + "-shm").c_str());
    if (std::rename(temporary.c_str(), path.c_str()) != 0)
        return Error {Errc::Io, "cannot put the encrypted notebook in place of " + path};
    return syncPath(std::filesystem::path(path).parent_path().empty()
                        ? std::string(".")
                        : std::filesystem::path(path).parent_path().string(),
                    true);
}

// `source` (a connection to the notebook as it is) copied into a new file under `temporary`,
// encrypted with the key in use for it; the connection is closed then.
Status copyEncrypted(Connection &source, const std::string &temporary)
{
    if (auto laidOut = source.askForEncryptedLayout(); !laidOut)
        return laidOut;
    if (auto copied = source.exec("VACUUM INTO " + quoted(uriOf(temporary, encryptingVfs())));
        !copied)
        return copied;
    return source.close();
}

} // namespace

Status createEncrypted(const std::string &path)
{
    const auto key = keyInUse(path);
    if (!key)
        return Error {Errc::NoKey, "no key is in use for " + path};
    const std::string temporary = temporaryOf(path);
    removeWithCompanions(temporary);
    useKey(temporary, *key, true);
    Status made = [&]() -> Status {
        auto created = Connection::open(temporary, encryptingVfs());
        if (!created)
            return created.error();
        if (auto laidOut = created->askForEncryptedLayout(); !laidOut)
            return laidOut;
        // One write gives the file its first page, laid out for the cipher.
        if (auto written = created->exec("PRAGMA user_version = 0"); !written)
            return written;
        if (auto closed = created->close(); !closed)
            return closed;
        return replaceWith(temporary, path);
    }();
    forgetKey(temporary);
    if (!made)
        removeWithCompanions(temporary);
    return made;
}

namespace {

// The notebook at `path`, opened through `vfs` (the system's for a plain one), copied encrypted
// with `key` and put in its place; `key` is in use for it then.
Status rewriteEncrypted(const std::string &path, const char *vfs, const NotebookKey &key)
{
    const std::string temporary = temporaryOf(path);
    removeWithCompanions(temporary);
    useKey(temporary, key, true);
    Status made = [&]() -> Status {
        auto source = Connection::open(path, vfs);
        if (!source)
            return source.error();
        if (auto copied = copyEncrypted(*source, temporary); !copied)
            return copied;
        return replaceWith(temporary, path);
    }();
    forgetKey(temporary);
    if (!made) {
        removeWithCompanions(temporary);
        return made;
    }
    useKey(path, key);
    return {};
}

} // namespace

Status encryptInPlace(const std::string &path, const NotebookKey &key)
{
    if (fileKind(path) != FileKind::Plain)
        return Error {Errc::BadRequest, path + " is not a plain notebook"};
    return rewriteEncrypted(path, nullptr, key);
}

Status changeKey(const std::string &path, const NotebookKey &newKey)
{
    if (!hasKey(path) || fileKind(path) != FileKind::Encrypted)
        return Error {Errc::NoKey, path + " is not an encrypted notebook whose key is in use"};
    return rewriteEncrypted(path, encryptingVfs(), newKey);
}

} // namespace rapport::sqlite
