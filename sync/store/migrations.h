#pragma once

#include "core/error.h"

namespace rapport {

namespace sqlite {
class Database;
}

// The file format is a promise: every schema change is a numbered migration, applied in order
// at open, each in its own transaction, and never edited once it has shipped.
int latestSchemaVersion();

// Applies the migrations after the database's PRAGMA user_version, up to targetVersion.
Status migrate(sqlite::Database &db, int targetVersion = latestSchemaVersion());

// Our PRAGMA application_id ("Rapp"), so that a Rapport file can be told from any other.
inline constexpr int applicationId = 0x52617070;

} // namespace rapport
