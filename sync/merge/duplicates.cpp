#include "merge/duplicates.h"

#include "core/md5.h"
#include "notebook/notebook_queries.h"
#include "store/store.h"

namespace rapport::merge {

Result<int> flagLikelyDuplicates(Store &store, std::int64_t since)
{
    auto pairs = NotebookQueries(store).likelyDuplicateContacts(since);
    if (!pairs)
        return pairs.error();
    int flagged = 0;
    for (const auto &[first, second] : *pairs) {
        Document flag;
        flag.id = "duplicate-" + md5Hex(first + "\n" + second);
        flag.body = Json {{"type", "duplicate"},
                          {"schema", 1},
                          {"ids", Json::array({first, second})},
                          {"status", "open"}};
        auto saved = store.put(flag);
        if (saved)
            ++flagged;
        else if (saved.error().code != Errc::Conflict) // flagged before (or dismissed): leave it
            return saved.error();
    }
    return flagged;
}

} // namespace rapport::merge
