#include "store/sqlite.h"

#include "store/encrypted_notebook.h"
#include "store/encrypted_vfs.h"
#include "store/gathering_vfs.h"
#include "store/tuning.h"

#include <cassert>
#include <sqlite3.h>

namespace rapport::sqlite {

namespace {

Errc errcFor(int resultCode)
{
    if (resultCode == SQLITE_IOERR_DATA) // a page of an encrypted notebook failed its check
        return Errc::Corrupt;
    switch (resultCode & 0xff) {
    case SQLITE_FULL:
        return Errc::DiskFull;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Errc::Corrupt;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Errc::Busy;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return Errc::Io;
    case SQLITE_TOOBIG:
        return Errc::TooLarge;
    default:
        return Errc::Internal;
    }
}

} // namespace

Query::Query(Query &&other) noexcept
    : m_db(other.m_db), m_stmt(other.m_stmt), m_sql(other.m_sql), m_bindStatus(other.m_bindStatus)
{
    other.m_stmt = nullptr;
}

Query::~Query()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        m_db->giveBack(*m_sql, m_stmt);
    }
}

Query &Query::bind(int index, std::int64_t value)
{
    int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK && m_bindStatus.ok())
        m_bindStatus = m_db->error(rc, "bind");
    return *this;
}

Query &Query::bind(int index, double value)
{
    int rc = sqlite3_bind_double(m_stmt, index, value);
    if (rc != SQLITE_OK && m_bindStatus.ok())
        m_bindStatus = m_db->error(rc, "bind");
    return *this;
}

Query &Query::bindBlob(int index, std::string_view bytes)
{
    int rc = sqlite3_bind_blob64(m_stmt, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK && m_bindStatus.ok())
        m_bindStatus = m_db->error(rc, "bind");
    return *this;
}

Query &Query::bind(int index, std::string_view text)
{
    int rc = sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_TRANSIENT,
                                 SQLITE_UTF8);
    if (rc != SQLITE_OK && m_bindStatus.ok())
        m_bindStatus = m_db->error(rc, "bind");
    return *this;
}

Query &Query::bind(int index, const std::optional<std::string> &text)
{
    return text ? bind(index, std::string_view(*text)) : bindNull(index);
}

Query &Query::bind(int index, const std::optional<std::int64_t> &value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Query &Query::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Result<bool> Query::step()
{
    if (!m_bindStatus)
        return m_bindStatus.error();
    int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return m_db->error(rc, "step");
}

Status Query::run()
{
    auto stepped = step();
    if (!stepped)
        return stepped.error();
    return {};
}

void Query::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindStatus = {};
}

std::int64_t Query::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Query::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::string Query::text(int column) const
{
    return std::string(textView(column));
}

std::string_view Query::textView(int column) const
{
    auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return {data, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))};
}

bool Query::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int Query::columnNamed(std::string_view name) const
{
    // A handful of columns: a scan costs less than any map would.
    const int count = sqlite3_column_count(m_stmt);
    for (int column = 0; column < count; ++column)
        if (const char *own = sqlite3_column_name(m_stmt, column); own && name == own)
            return column;
    assert(!"a row reader asked for a column its statement does not have");
    return -1;
}

std::int64_t Query::integer(std::string_view column) const
{
    const int index = columnNamed(column);
    return index < 0 ? 0 : integer(index);
}

std::string Query::text(std::string_view column) const
{
    const int index = columnNamed(column);
    return index < 0 ? std::string() : text(index);
}

bool Query::isNull(std::string_view column) const
{
    const int index = columnNamed(column);
    return index < 0 || isNull(index);
}

Result<std::unique_ptr<Database>> Database::open(const std::string &path, Mode mode)
{
    // Before SQLite's first use in the process: no counting of every allocation under a global
    // mutex (nothing here reads sqlite3_memory_used). A no-op if SQLite was started already.
    static const bool unmetered = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    (void)unmetered;
    // Encrypted when a key is in use for the file (encrypted_vfs.h); an encrypted file
    // without one is refused here, before SQLite could call it "not a database".
    const bool encrypted = hasKey(path);
    const FileKind kind = fileKind(path);
    if (!encrypted && kind == FileKind::Encrypted)
        return Error {Errc::NoKey,
                      path
                          + " is not a plain notebook: an encrypted one whose key is not in this "
                            "device's key store, or a damaged file; it was left untouched"};
    if (encrypted && kind == FileKind::Plain)
        return Error {Errc::Internal, path + " is not encrypted yet; it was left untouched"};
    if (encrypted && kind == FileKind::Missing && mode == Mode::ReadWrite) {
        if (auto created = createEncrypted(path); !created)
            return created.error();
    }
    sqlite3 *raw = nullptr;
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
                                              : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI | SQLITE_OPEN_EXRESCODE;
    int rc
        = sqlite3_open_v2(path.c_str(), &raw, flags, encrypted ? encryptingVfs() : gatheringVfs());
    if (rc != SQLITE_OK) {
        std::string message = raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc);
        sqlite3_close_v2(raw);
        // Its first page does not open: most likely not this notebook's key.
        if (rc == SQLITE_IOERR_DATA)
            return Error {Errc::NoKey,
                          path
                              + " cannot be read with the key this device has for "
                                "it (the key is another notebook's, or the file "
                                "was changed); it was left untouched"};
        return Error {errcFor(rc), "cannot open " + path + ": " + message};
    }
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, tuning::busyTimeoutMs);
    auto db = std::unique_ptr<Database>(new Database(raw));
    // The layout createEncrypted gave it, asked for again so that a VACUUM keeps it.
    if (encrypted) {
        if (const int laidOut = askForEncryptedLayout(raw); laidOut != SQLITE_OK)
            return db->error(laidOut, "prepare the encrypted notebook " + path);
    }
    return db;
}

Database::~Database()
{
    // Every Query has ended by now (they live within the store's calls), so every statement
    // is back here.
    for (auto &[sql, statements] : m_idle) {
        for (auto *stmt : statements)
            sqlite3_finalize(stmt);
    }
    sqlite3_close_v2(m_db);
}

Status Database::exec(const char *sql)
{
    int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return error(rc, "exec");
    return {};
}

// The cache is keyed by the SQL text, so SQL may be built at run time, and one text is one
// statement however many places use it; a use while another of the same text is running gets
// a statement of its own (kept for the next such nesting), never the running one reset.
Result<Query> Database::prepare(std::string_view sql)
{
    auto found = m_idle.find(sql);
    if (found == m_idle.end())
        found = m_idle.emplace(std::string(sql), std::vector<sqlite3_stmt *> {}).first;
    if (!found->second.empty()) {
        sqlite3_stmt *stmt = found->second.back();
        found->second.pop_back();
        return Query(*this, stmt, &found->first);
    }
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v3(m_db, sql.data(), static_cast<int>(sql.size()),
                                SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return error(rc, "prepare");
    ++m_prepared;
    return Query(*this, stmt, &found->first);
}

void Database::giveBack(const std::string &sql, sqlite3_stmt *stmt)
{
    // The key lives in the map's node, which never moves: look it up by itself.
    m_idle.find(std::string_view(sql))->second.push_back(stmt);
}

std::int64_t Database::changes() const
{
    return sqlite3_changes64(m_db);
}

std::int64_t Database::totalChanges() const
{
    return sqlite3_total_changes64(m_db);
}

void Database::setBusyTimeout(int milliseconds)
{
    sqlite3_busy_timeout(m_db, milliseconds);
}

Error Database::error(int resultCode, std::string_view context) const
{
    std::string message(context);
    message += ": ";
    message += resultCode == SQLITE_IOERR_DATA
        ? "a page of the notebook is not what was written there (the file was changed, or "
          "this is not its key)"
        : sqlite3_errmsg(m_db);
    return Error {errcFor(resultCode), std::move(message)};
}

Result<std::int64_t> singleInteger(Database &db, std::string_view sql)
{
    auto query = db.prepare(sql);
    if (!query)
        return query.error();
    auto row = query->step();
    if (!row)
        return row.error();
    return *row ? query->integer(0) : 0;
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

Result<std::unique_ptr<Transaction>> Transaction::begin(Database &db)
{
    const bool nested = sqlite3_get_autocommit(db.handle()) == 0;
    auto status = db.exec(nested ? "SAVEPOINT write" : "BEGIN IMMEDIATE");
    if (!status)
        return status.error();
    if (nested)
        ++db.m_savepointDepth;
    return std::unique_ptr<Transaction>(new Transaction(db, nested));
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    (void)m_db.exec(m_nested ? "ROLLBACK TO write; RELEASE write" : "ROLLBACK");
    if (m_nested)
        --m_db.m_savepointDepth;
}

Status Transaction::commit()
{
    auto status = m_db.exec(m_nested ? "RELEASE write" : "COMMIT");
    if (status) {
        m_done = true;
        if (m_nested)
            --m_db.m_savepointDepth;
    }
    return status;
}

Result<std::unique_ptr<ReadSnapshot>> ReadSnapshot::begin(Database &db)
{
    const bool own = sqlite3_get_autocommit(db.handle()) != 0;
    if (own) {
        if (auto status = db.exec("BEGIN DEFERRED"); !status)
            return status.error();
    }
    return std::unique_ptr<ReadSnapshot>(new ReadSnapshot(db, own));
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_own)
        (void)m_db.exec("COMMIT"); // it wrote nothing: this only ends the snapshot
}

} // namespace rapport::sqlite
