#include "store/device_identity.h"

#include "store/store.h"

#include <random>

namespace rapport {

Result<std::string> deviceId(Store &store)
{
    static constexpr const char *documentId = "_local/rapport-device";
    auto existing = store.getLocal(documentId);
    if (existing && existing->contains("id") && (*existing)["id"].is_string())
        return (*existing)["id"].get<std::string>();
    if (!existing && existing.error().code != Errc::NotFound)
        return existing.error();
    static constexpr char hex[] = "0123456789abcdef";
    std::random_device random;
    std::string id;
    for (int i = 0; i < 16; ++i) {
        const auto byte = random() & 0xff;
        id.push_back(hex[byte >> 4]);
        id.push_back(hex[byte & 0xf]);
    }
    if (auto saved = store.putLocal(documentId, Json {{"id", id}}); !saved)
        return saved.error();
    return id;
}

} // namespace rapport
