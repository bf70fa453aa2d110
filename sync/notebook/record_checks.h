#pragma once

#include "core/error.h"
#include "core/json.h"
#include "merge/local_editor.h"
#include "store/store.h"

#include <string>
#include <string_view>

// What the notebook's operations check before they write: the sentences a person reads when
// what they gave cannot be saved.
namespace rapport::notebook {

// BadRequest, saying how to type a day, unless `text` is one ("YYYY-MM-DD").
Status checkDay(std::string_view text);

// The live record `id` of `type` ("account", "contact", ...): NotFound when there is none, or
// it was deleted, or it is a record of another kind.
Result<Document> liveRecord(Store &store, const std::string &id, std::string_view type);
inline Status checkRecord(Store &store, const std::string &id, std::string_view type)
{
    auto found = liveRecord(store, id, type);
    return found ? Status {} : Status {found.error()};
}

// The live record `id` of `type`, changed by `change` and saved as this device's edit.
template<typename Change>
Status editRecord(merge::LocalEditor &editor, const std::string &id, std::string_view type,
                  Change change)
{
    auto record = liveRecord(editor.store(), id, type);
    if (!record)
        return record.error();
    change(record->body);
    if (auto saved = editor.save(*record); !saved)
        return saved.error();
    return {};
}

} // namespace rapport::notebook
