#include "store/export.h"

#include "store/store.h"

namespace rapport {

Status exportJson(Store &store, std::ostream &out)
{
    out << "{\"docs\":[";
    bool first = true;
    auto status = store.forEachDocument([&](const Document &doc) {
        out << (first ? "\n" : ",\n")
            << doc.toJson().dump(-1, ' ', false, Json::error_handler_t::replace);
        first = false;
    });
    out << "\n]}\n";
    if (!status)
        return status;
    if (!out)
        return Error {Errc::Io, "the export could not be written in full"};
    return {};
}

} // namespace rapport
