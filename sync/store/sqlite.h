#pragma once

#include "core/error.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace rapport::sqlite {

class Database;

// A cached prepared statement in use. Binds by 1-based index; on destruction it is reset, its
// bindings cleared, and it goes back to the cache, so that a finished query never holds a
// read snapshot open. While a Query lives its statement is its own: a second prepare() of the
// same SQL (a nested use: a query run for each row of another) gets another statement.
class Query
{
public:
    Query(Database &db, sqlite3_stmt *stmt, const std::string *sql)
        : m_db(&db), m_stmt(stmt), m_sql(sql)
    { }
    Query(Query &&other) noexcept;
    Query &operator=(Query &&) = delete;
    Query(const Query &) = delete;
    ~Query();

    Query &bind(int index, std::int64_t value);
    Query &bind(int index, int value) { return bind(index, std::int64_t {value}); }
    Query &bind(int index, bool value) { return bind(index, std::int64_t {value ? 1 : 0}); }
    Query &bind(int index, double value);
    Query &bind(int index, std::string_view text);
    Query &bind(int index, const char *text) { return bind(index, std::string_view(text)); }
    Query &bind(int index, const std::string &text) { return bind(index, std::string_view(text)); }
    Query &bind(int index, const std::optional<std::string> &text);
    Query &bind(int index, const std::optional<std::int64_t> &value);
    Query &bindNull(int index);
    Query &bindBlob(int index, std::string_view bytes);

    // One step: true when a row is ready to read, false when the statement is done.
    Result<bool> step();
    // For statements that return no rows.
    Status run();
    // Ready to bind and step again (the same statement in a loop).
    void reset();

    std::int64_t integer(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    std::string_view textView(int column) const;
    bool isNull(int column) const;

    // By the column's name in the statement (its AS name, else the column's own), so that a
    // row reader reads what it means and cannot drift from its SELECT by position. NULL reads
    // as 0 and "". A name the statement does not have is a bug: asserted, and read as NULL.
    std::int64_t integer(std::string_view column) const;
    std::string text(std::string_view column) const;
    bool isNull(std::string_view column) const;

private:
    int columnNamed(std::string_view name) const;

    Database *m_db;
    sqlite3_stmt *m_stmt;
    const std::string *m_sql; // the cache's key, to give the statement back under
    Status m_bindStatus;
};

// One connection. Statements are prepared once and cached by their SQL text.
class Database
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    static Result<std::unique_ptr<Database>> open(const std::string &path, Mode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Status exec(const char *sql);
    // A statement for `sql`, from the cache (keyed by the text) or prepared now.
    Result<Query> prepare(std::string_view sql);
    std::int64_t changes() const;
    // Rows changed on this connection since it opened: how FTS5 tells a merge that did work.
    std::int64_t totalChanges() const;
    // How long a write waits for another connection's lock (tuning::busyTimeoutMs at open).
    void setBusyTimeout(int milliseconds);

    // Turns an SQLite result code into one of our errors, with SQLite's own words.
    Error error(int resultCode, std::string_view context) const;

    sqlite3 *handle() const { return m_db; }
    // A transaction is open (BEGIN without its COMMIT or ROLLBACK yet).
    bool inTransaction() const;
    // How many Transactions are open inside the outermost one (savepoints).
    int savepointDepth() const { return m_savepointDepth; }

    // Statements prepared so far, in use or not (what the cache holds).
    std::size_t preparedStatements() const { return m_prepared; }

private:
    friend class Transaction;
    friend class Query;
    explicit Database(sqlite3 *db) : m_db(db) { }
    void giveBack(const std::string &sql, sqlite3_stmt *stmt);

    // Looked up by a string_view of the text, without making a std::string of it.
    struct TextHash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const
        {
            return std::hash<std::string_view> {}(text);
        }
    };
    sqlite3 *m_db;
    int m_savepointDepth = 0;
    // The statements not in use, by their SQL; one in use is held by its Query alone.
    std::unordered_map<std::string, std::vector<sqlite3_stmt *>, TextHash, std::equal_to<>> m_idle;
    std::size_t m_prepared = 0;
};

// Steps `query` to its end, handing each row to `read` (a row stays valid only during the
// call). `read` returns nothing, or a Status: its first error ends the loop and is returned,
// as is a failed step.
template<typename Read> Status forEachRow(Query &query, Read read)
{
    while (true) {
        auto row = query.step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        if constexpr (std::is_same_v<decltype(read(std::as_const(query))), void>) {
            read(std::as_const(query));
        } else if (auto done = read(std::as_const(query)); !done) {
            return done;
        }
    }
}

// The first column of a query's first row as an integer (0 when it has no row): a count, a
// PRAGMA's value.
Result<std::int64_t> singleInteger(Database &db, std::string_view sql);

// The one way the store writes: BEGIN IMMEDIATE takes the write lock up front, so a
// transaction never fails half-way for lack of it. Rolled back unless committed. Begun inside
// another transaction it is a savepoint: it commits or rolls back alone, within the outer one.
class Transaction
{
public:
    static Result<std::unique_ptr<Transaction>> begin(Database &db);
    ~Transaction();
    Status commit();
    bool nested() const { return m_nested; }

private:
    Transaction(Database &db, bool nested) : m_db(db), m_nested(nested) { }
    Database &m_db;
    bool m_nested;
    bool m_done = false;
};

// A consistent view for several reads (a photo read a chunk at a time): a deferred transaction,
// which takes no lock until it reads and never the write lock, so a writer on another
// connection neither waits for it nor makes it wait (WAL). Inside a transaction already, it is
// that one's view and does nothing. Ended when it goes.
class ReadSnapshot
{
public:
    static Result<std::unique_ptr<ReadSnapshot>> begin(Database &db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    ReadSnapshot(Database &db, bool own) : m_db(db), m_own(own) { }
    Database &m_db;
    bool m_own;
};

} // namespace rapport::sqlite
