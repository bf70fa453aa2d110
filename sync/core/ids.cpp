#include "core/ids.h"

#include <cstdio>
#include <random>

namespace rapport {

std::string newDocumentId(std::string_view type)
{
    static thread_local std::mt19937_64 random {std::random_device {}()};
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%016llx%016llx",
                  static_cast<unsigned long long>(random()),
                  static_cast<unsigned long long>(random()));
    return std::string(type) + "-" + buffer;
}

} // namespace rapport
