#pragma once

#include "core/error.h"

#include <cstdint>
#include <span>
#include <string_view>

namespace rapport::sqlite {
class Database;
}

// The kind of every live document, known or not (a newer Rapport's kinds too), by document row:
// what a search hit is and how many records of each kind the notebook holds, without reading
// bodies in SQL. Like every table of the index it is a cache of the documents, with its own
// version.
namespace rapport::notebook::record_type_index {

inline constexpr std::string_view part = "types";
inline constexpr int version = 1;
extern const std::string_view schema;
extern const std::span<const std::string_view> tables;

// Fills the table anew from the documents: the one statement that reads a body in SQL, for the
// one member every document is chosen by (as `documentsOf` does to index kinds again).
Status rebuild(sqlite::Database &db);
Status add(sqlite::Database &db, std::int64_t doc, std::string_view type);
Status remove(sqlite::Database &db, std::int64_t doc);

} // namespace rapport::notebook::record_type_index
