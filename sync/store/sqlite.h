#pragma once

#include "core/error.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace rapport::sqlite {

class Database;

// A cached prepared statement in use. Binds by 1-based index; on destruction it is reset and
// its bindings cleared, so that a finished query never holds a read snapshot open.
class Query
{
public:
    Query(Database &db, sqlite3_stmt *stmt) : m_db(&db), m_stmt(stmt) { }
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
    Query &bindNull(int index);

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

private:
    Database *m_db;
    sqlite3_stmt *m_stmt;
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
    Result<Query> prepare(const char *sql);
    std::int64_t changes() const;

    // Turns an SQLite result code into one of our errors, with SQLite's own words.
    Error error(int resultCode, std::string_view context) const;

    sqlite3 *handle() const { return m_db; }
    // How many Transactions are open inside the outermost one (savepoints).
    int savepointDepth() const { return m_savepointDepth; }

private:
    friend class Transaction;
    explicit Database(sqlite3 *db) : m_db(db) { }
    sqlite3 *m_db;
    int m_savepointDepth = 0;
    std::unordered_map<const char *, sqlite3_stmt *> m_cache;
};

// The one way the store writes: BEGIN IMMEDIATE takes the write lock up front, so a
// transaction never fails half-way for lack of it. Rolled back unless committed. Begun inside
// another transaction it is a savepoint: it commits or rolls back alone, within the outer one.
class Transaction
{
public:
    static Result<std::unique_ptr<Transaction>> begin(Database &db);
    ~Transaction();
    Status commit();

private:
    Transaction(Database &db, bool nested) : m_db(db), m_nested(nested) { }
    Database &m_db;
    bool m_nested;
    bool m_done = false;
};

} // namespace rapport::sqlite
