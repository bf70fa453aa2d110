#include "notebook/search_query.h"

#include "notebook/search_index.h"
#include "store/sqlite.h"

#include <cctype>
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
            expression += ' ';
        expression += '"';
        for (char c : token.text) {
            if (c == '"')
                expression += '"';
            expression += c;
        }
        expression += '"';
        // The word being typed matches as a prefix. A finished word (a space came after it)
        // matches whole, unless it is short enough for the prefix indexes: a prefix query
        // beyond them reads a common word's entire list of rows before returning any.
        const bool last = i + 1 == tokens->size();
        if ((last && stillTyping(typed, token.end))
            || characterCount(token.text) <= indexedPrefixLength)
            expression += '*';
    }
    return expression;
}

} // namespace rapport
