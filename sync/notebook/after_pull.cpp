#include "notebook/after_pull.h"

#include "merge/conflict_resolver.h"
#include "merge/duplicates.h"
#include "notebook/forget.h"
#include "store/store.h"

namespace rapport::notebook {

namespace {

Status resolveConflicts(Store &store, replicator::SyncSummary &summary)
{
    auto conflicted = store.unresolvedDocuments();
    if (!conflicted)
        return conflicted.error();
    for (const auto &id : *conflicted) {
        auto resolution = merge::resolveConflict(store, id);
        if (!resolution)
            return resolution.error();
        summary.resolved += resolution->resolved ? 1 : 0;
        summary.valuesKept += resolution->valuesKept;
        summary.deletionsRecorded += resolution->deletionsRecorded;
    }
    return {};
}

} // namespace

replicator::AfterPull afterPull()
{
    return [](Store &store, const replicator::PullOutcome &pull,
              replicator::SyncSummary &summary) -> Status {
        if (pull.pulled == 0 && !pull.firstSync)
            return {};
        // First what another device forgot: nothing of theirs is merged, flagged or pushed.
        if (pull.pulled > 0)
            if (auto forgotten = applyPulledErasures(store, pull.sequenceBefore); !forgotten)
                return forgotten.error();
        if (auto resolved = resolveConflicts(store, summary); !resolved)
            return resolved;
        if (pull.pulled > 0) {
            auto flagged = merge::flagLikelyDuplicates(store, pull.sequenceBefore);
            if (!flagged)
                return flagged.error();
            summary.duplicatesFlagged = *flagged;
        }
        return {};
    };
}

} // namespace rapport::notebook
