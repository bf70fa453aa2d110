#pragma once

#include "core/error.h"

#include <ostream>

namespace rapport {

class Store;

// Everything the salesperson owns, as one JSON document ({"docs":[...]}, each with its _id
// and _rev, and its photos and files inline in _attachments as base64, as CouchDB's
// attachments=true writes them), written as it is read: a large notebook never sits in memory
// whole, nor does a photo.
Status exportJson(Store &store, std::ostream &out);

} // namespace rapport
