#pragma once

#include "core/error.h"
#include "core/json.h"
#include "notebook/record_fields.h"

#include <cstdint>
#include <span>
#include <string_view>

namespace rapport::sqlite {
class Database;
}

// One kind of record (the documents of one `type`): the fields its page edits, and how it is
// kept in the tables the screens read. Those tables are a cache of the documents: each kind says
// what they look like and how a document fills them, and nothing else writes them. When what a kind
// indexes changes, its `version` goes up, and at the next open that kind alone is indexed again
// from its documents (NotebookIndex::refresh); the migrations never touch these tables.
namespace rapport::notebook {

struct KindIndex
{
    std::string_view type; // the documents' "type"
    int version; // raise it whenever `schema` or `index` changes what the tables hold
    std::string_view schema; // CREATE statements of its tables and their indexes
    std::span<const std::string_view> tables; // what `schema` creates, dropped before it runs
    // Adds one document's winning body (the document's previous entries are already gone).
    Status (*index)(sqlite::Database &db, std::int64_t doc, const Json &body);
    // Takes out whatever this kind holds of a document (nothing, if it is of another kind).
    Status (*unindex)(sqlite::Database &db, std::int64_t doc);
    std::span<const RecordField> fields; // what a person reads and types on its page
};

// The kinds, in the order they are indexed again: a kind's index may read the tables of those
// before it (an account's last visit comes from the visits, its lapse day from the cadences).
extern const KindIndex cadenceKind;
extern const KindIndex visitKind;
extern const KindIndex accountKind;
extern const KindIndex contactKind;
extern const KindIndex followUpKind;
extern const KindIndex leadKind;
extern const KindIndex feedbackKind;
extern const KindIndex conflictKind;
extern const KindIndex duplicateKind;

// Between kinds: what a visit or the cadences change in the accounts' tables.
// An account's last visit (planned ones do not count) and the day it lapses past its cadence.
Status refreshAccountActivity(sqlite::Database &db, std::string_view accountId);
// The same for one visit that was added on `date`: a point update, where the refresh reads all
// the account's visits (each visit of a pull did, 8% of the pull's work).
Status noteAccountVisit(sqlite::Database &db, std::string_view accountId, std::string_view date);
// Every account's lapse day, after the segments' cadences changed.
Status refreshAllLapses(sqlite::Database &db);
// Where an account is (place_index.cpp): its pinned place, else the one its visits' positions
// settled on; after either changed. An account not in the notebook yet: nothing to do.
Status refreshAccountPlace(sqlite::Database &db, std::string_view accountId);
// The account (by its row) has no place any more.
Status unplaceAccount(sqlite::Database &db, std::int64_t doc);

// Runs one statement whose one parameter (?1) is the document's row (an insert or a delete).
Status runForDocument(sqlite::Database &db, std::int64_t doc, std::string_view sql);

} // namespace rapport::notebook
