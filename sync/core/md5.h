#pragma once

#include <string>
#include <string_view>

namespace rapport {

// Lower-case hex MD5: the hash CouchDB uses for revision ids and replication ids. Not used for
// anything that needs to resist an attacker.
std::string md5Hex(std::string_view input);

} // namespace rapport
