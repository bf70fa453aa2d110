#pragma once

#include "core/error.h"
#include "replicator/remote_database.h"

#include <string>
#include <string_view>
#include <vector>

namespace rapport::replicator {

// The answer to GET /db/{id}?open_revs=[...]&revs=true, the way servers without _bulk_get hand
// out revisions with their history. CouchDB answers multipart/mixed when asked for it (one part
// per revision; a revision with attachments is itself a multipart/related part whose first part
// is the document), and a JSON list [{"ok": doc} | {"missing": rev}] otherwise; either is read
// here by its Content-Type. Anything else is a Protocol error.
Result<std::vector<FetchedRevision>>
parseOpenRevs(const std::string &id, std::string_view contentType, std::string_view body);

} // namespace rapport::replicator
