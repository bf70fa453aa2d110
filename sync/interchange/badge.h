#pragma once

#include "interchange/people_file.h"

#include <optional>
#include <string_view>

namespace rapport::interchange {

// The person on a trade-show badge's QR code: a vCard, or a MECARD (the shorter form many
// badge printers use: "MECARD:N:Lee,Ann;ORG:Lee Co;EMAIL:ann@lee.example;;"). Nothing when the
// code holds something else (a web address, a ticket number).
std::optional<PersonRecord> readBadge(std::string_view text);

} // namespace rapport::interchange
