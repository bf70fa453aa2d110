#pragma once

#include "store/indexer.h"
#include "store/store.h"

#include <memory>
#include <string>

// The notebook's tables (its lists and its search), as the store's indexer: each kind of record
// in its own unit (kind_index.h), each with its own version in the file (index_versions), so
// that a change to how one kind is indexed indexes that kind again, and only that, at the next
// open.
namespace rapport::notebook {

class NotebookIndex final : public Indexer
{
public:
    Status attach(sqlite::Database &db, bool readOnly) const override;
    Status refresh(sqlite::Database &db, bool readOnly,
                   const IndexProgress &progress) const override;
    Status documentChanged(sqlite::Database &db, std::int64_t doc, bool wasIndexed,
                           const Json *winner) const override;
    Status batchEnds(sqlite::Database &db) const override;
    Result<bool> tidy(sqlite::Database &db) const override;
    Status eraseLeftovers(sqlite::Database &db) const override;
};

const Indexer &notebookIndex();

// The notebook in a file: the store with the notebook's index. `progress` hears of the
// documents indexed again at this open, if any (a new Rapport that indexes a kind differently).
Result<std::unique_ptr<Store>> openStore(const std::string &path,
                                         Store::Access access = Store::Access::ReadWrite,
                                         const IndexProgress &progress = {});

} // namespace rapport::notebook
