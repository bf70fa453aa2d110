#pragma once

#include "core/error.h"

#include <string>

namespace rapport {

class Store;

// This device's id: 32 random hex digits, made on first use and kept in a _local document
// (which never replicates). Replication ids and edit stamps carry it.
Result<std::string> deviceId(Store &store);

} // namespace rapport
