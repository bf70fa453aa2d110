#pragma once

#include "core/error.h"

#include <ostream>

namespace rapport {

class Store;

// Everything the salesperson owns, as one JSON document ({"docs":[...]}, each with its _id
// and _rev), written as it is read: a large notebook never sits in memory whole.
Status exportJson(Store &store, std::ostream &out);

} // namespace rapport
