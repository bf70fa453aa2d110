#pragma once

#include <optional>
#include <string>
#include <string_view>

// URLs, read and written by libcurl's own URL API (CURLU) and escaping: one parser for every
// place that takes a URL apart, so that they cannot disagree about where the host begins.
namespace rapport::http {

struct UrlParts
{
    std::string scheme; // "https"
    std::string host; // without user or password
    std::string port; // "" when the URL names none
    std::string path; // "/userdb-616e6e61/_changes", as written (still percent-encoded)
    bool hasCredentials = false;
};

// The parts of an absolute http(s) URL; nothing for anything else.
std::optional<UrlParts> parseUrl(const std::string &url);

// Percent-encoded for one component of a URL (a document id, a query value): everything but
// letters, digits and -._~ is escaped, a slash too.
std::string percentEncoded(std::string_view text);

// The URL without user:password@ (the same URL when it has none).
std::string withoutCredentials(const std::string &url);

} // namespace rapport::http
