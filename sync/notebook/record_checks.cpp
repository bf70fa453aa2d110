#include "notebook/record_checks.h"

#include "core/calendar_day.h"
#include "store/store.h"

namespace rapport::notebook {

Status checkDay(std::string_view text)
{
    if (CalendarDay::parse(text))
        return {};
    return Error {Errc::BadRequest,
                  "“" + std::string(text) + "” is not a date. Type it as 2026-11-25."};
}

Result<Document> liveRecord(Store &store, const std::string &id, std::string_view type)
{
    auto found = store.get(id);
    if (!found) {
        if (found.error().code != Errc::NotFound)
            return found.error();
    } else if (!found->deleted && found->type() == type) {
        return std::move(*found);
    }
    return Error {Errc::NotFound,
                  "There is no " + std::string(type) + " " + id + " in the notebook."};
}

} // namespace rapport::notebook
