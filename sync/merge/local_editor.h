#pragma once

#include "core/error.h"
#include "merge/hybrid_clock.h"
#include "store/document.h"

#include <memory>
#include <string>

namespace rapport {
class Store;
struct PutResult;
} // namespace rapport

namespace rapport::merge {

// The way this device's edits enter the store: each save stamps the fields it changed (against
// the revision it edits) with this device's hybrid logical clock, in the document's `clocks`,
// so that a later merge with another device's edit of the same field knows which came last.
// The clock's last reading is kept with the write, so it never runs backwards across restarts.
class LocalEditor
{
public:
    static Result<std::unique_ptr<LocalEditor>> open(Store &store,
                                                     HybridClock::WallClock wallClock = {});

    // A new document (no rev) or an edit of revision doc.rev, as Store::put.
    Result<PutResult> save(const Document &doc);
    Result<PutResult> remove(const std::string &id, const std::string &rev);

    const std::string &device() const { return m_device; }
    Store &store() const { return m_store; }

private:
    LocalEditor(Store &store, std::string device, HybridClock::WallClock wallClock);

    Store &m_store;
    std::string m_device;
    HybridClock m_clock;
};

} // namespace rapport::merge
