#include "notebook/search_query.h"

#include "notebook/search_index.h"
#include "store/sqlite.h"
#include "store/tuning.h"

#include <cctype>
#include <optional>
#include <sqlite3.h>
#include <vector>

namespace rapport {

namespace {

struct Token
{
    std::string text; // folded as the index holds it: lower case, without diacritics
    std::size_t end; // where it ends in what was typed
};

// FTS5's own C interface, as its documentation says to reach it: a pointer passed through
// `SELECT fts5(?1)`.
Result<fts5_api *> fullTextApi(sqlite::Database &db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    int code = sqlite3_prepare_v2(db.handle(), "SELECT fts5(?1)", -1, &statement, nullptr);
    if (code == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        code = sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    if (code != SQLITE_ROW || !api)
        return db.error(code == SQLITE_ROW ? SQLITE_ERROR : code, "reaching FTS5's tokenizer");
    return api;
}

int collectToken(void *context, int flags, const char *token, int size, int start, int end)
{
    (void)start;
    if (flags & FTS5_TOKEN_COLOCATED) // a synonym at the same place: the index's tokenizer has none
        return SQLITE_OK;
    static_cast<std::vector<Token> *>(context)->push_back(
        {std::string(token, static_cast<std::size_t>(size)), static_cast<std::size_t>(end)});
    return SQLITE_OK;
}

// The words of `typed` exactly as the index's tokenizer makes them of a document.
Result<std::vector<Token>> tokenize(sqlite::Database &db, std::string_view typed)
{
    auto api = fullTextApi(db);
    if (!api)
        return api.error();
    void *userData = nullptr;
    fts5_tokenizer tokenizer {};
    const std::string name(notebook::search_index::tokenizerName);
    int code = (*api)->xFindTokenizer(*api, name.c_str(), &userData, &tokenizer);
    if (code != SQLITE_OK)
        return db.error(code, "finding FTS5's tokenizer");
    auto arguments = notebook::search_index::tokenizerArguments;
    Fts5Tokenizer *instance = nullptr;
    code = tokenizer.xCreate(userData, arguments.data(), static_cast<int>(arguments.size()),
                             &instance);
    if (code != SQLITE_OK)
        return db.error(code, "making FTS5's tokenizer");
    std::vector<Token> tokens;
    code = tokenizer.xTokenize(instance, &tokens, FTS5_TOKENIZE_QUERY, typed.data(),
                               static_cast<int>(typed.size()), collectToken);
    tokenizer.xDelete(instance);
    if (code != SQLITE_OK)
        return db.error(code, "reading the words of a search");
    return tokens;
}

std::size_t characterCount(std::string_view word)
{
    std::size_t count = 0;
    for (char c : word)
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80; // skip UTF-8 continuation bytes
    return count;
}

// No space after it: the person may still be typing this word ("O'Bri" ends a word mid-way).
bool stillTyping(std::string_view typed, std::size_t end)
{
    for (std::size_t i = end; i < typed.size(); ++i)
        if (std::isspace(static_cast<unsigned char>(typed[i])))
            return false;
    return true;
}

// A word being typed past the prefix indexes, as the words the index holds that start with it:
// "cleanin" is "cleaning". FTS5 (3.40, detail=none) answers a prefix query beyond its prefix
// indexes by gathering every row of every such word before returning the first (27 ms for a
// word in a fifth of 620,000 documents), where a word of its own is read lazily, newest first
// (0.2 ms). Listing the words walks their rows once without gathering them (4 ms). None: no
// document has such a word. More than tuning-many: the plain prefix query, which is then as
// quick as the list would be.
Result<std::optional<std::vector<std::string>>> wordsStartingWith(sqlite::Database &db,
                                                                  const std::string &prefix)
{
    if (auto made = db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_words USING "
                            "fts5vocab(main, search, row)");
        !made)
        return made.error();
    // The words from the prefix up to, not including, the prefix with its last byte raised.
    auto query = db.prepare(
        "SELECT term FROM temp.search_words WHERE term >= ?1 AND term < ?1 || char(1114111) "
        "LIMIT ?2");
    if (!query)
        return query.error();
    query->bind(1, prefix).bind(2, static_cast<std::int64_t>(tuning::maxWordsForAPrefix + 1));
    std::vector<std::string> words;
    auto read = sqlite::forEachRow(
        *query, [&words](const sqlite::Query &row) { words.push_back(row.text(0)); });
    if (!read)
        return read.error();
    if (words.size() > tuning::maxWordsForAPrefix)
        return std::optional<std::vector<std::string>>();
    return std::optional(std::move(words));
}

void appendQuoted(std::string &expression, std::string_view word)
{
    expression += '"';
    for (char c : word) {
        if (c == '"')
            expression += '"';
        expression += c;
    }
    expression += '"';
}

} // namespace

Result<std::string> ftsMatchExpression(sqlite::Database &db, std::string_view typed)
{
    auto tokens = tokenize(db, typed);
    if (!tokens)
        return tokens.error();
    std::string expression;
    for (std::size_t i = 0; i < tokens->size(); ++i) {
        const Token &token = (*tokens)[i];
        if (!expression.empty())
            expression += " AND ";
        // The word being typed matches as a prefix. A finished word (a space came after it)
        // matches whole, unless it is short enough for the prefix indexes: a prefix query
        // beyond them reads a common word's entire list of rows before returning any.
        const bool shortWord = characterCount(token.text) <= indexedPrefixLength;
        const bool typing = i + 1 == tokens->size() && stillTyping(typed, token.end);
        if (shortWord) {
            appendQuoted(expression, token.text);
            expression += '*';
            continue;
        }
        if (!typing) {
            appendQuoted(expression, token.text);
            continue;
        }
        auto words = wordsStartingWith(db, token.text);
        if (!words)
            return words.error();
        if (!*words) {
            appendQuoted(expression, token.text);
            expression += '*';
            continue;
        }
        if ((*words)->empty())
            return std::string(); // no document has a word that starts so
        expression += '(';
        for (std::size_t w = 0; w < (*words)->size(); ++w) {
            if (w > 0)
                expression += " OR ";
            appendQuoted(expression, (**words)[w]);
        }
        expression += ')';
    }
    return expression;
}

} // namespace rapport
