#pragma once

#include "core/error.h"
#include "core/json.h"
#include "interchange/people_file.h"

#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::merge {
class LocalEditor;
}

namespace rapport::interchange {

// What an import did, or (as a preview) would do, in numbers and reasons a person can act on.
struct ImportReport
{
    std::string format; // "vCard", "CSV" or "Rapport JSON"
    std::string readAs; // the text encoding
    int added = 0; // people (or, from JSON, records) written
    int companies = 0; // accounts created for companies not in the notebook yet
    int alreadyThere = 0; // the same card or record was imported before
    int likelyDuplicates = 0; // pairs flagged for review under Duplicates
    std::vector<Skipped> skipped; // not imported, and why
    std::vector<Skipped> partial; // imported with a part left out, and why
    bool written = false; // false for a preview, or when nothing could be written

    Json toJson() const;
};

enum class ImportMode {
    Preview, // everything is done inside a transaction that is then rolled back
    Write,
};

// Imports a file: a vCard file, a CSV of contacts, or Rapport's own JSON export (told apart by
// their content, not their name). All of it is one transaction: if anything fails on the way
// (a full disk, a file that breaks off), nothing of it is in the notebook, and the error says
// why. A record that cannot be read is skipped, with its reason, and the others are imported.
// Every kind is read as a stream, a record at a time, whatever its size: an address book twice
// (its encoding first, then its people), so it must be a stream that can go back to its start;
// one that cannot (a pipe) is read into memory whole, up to maxPipedBytes.
Result<ImportReport> importStream(merge::LocalEditor &editor, std::istream &in, ImportMode mode);
Result<ImportReport> importFile(merge::LocalEditor &editor, std::string_view bytes,
                                ImportMode mode);

// The largest vCard or CSV file an import reads from a pipe: 256 MB is some 300,000 cards.
constexpr std::size_t maxPipedBytes = 256 * 1024 * 1024;

} // namespace rapport::interchange
