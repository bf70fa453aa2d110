#include "http/url.h"

#include <curl/curl.h>
#include <memory>

namespace rapport::http {

namespace {

struct UrlHandleDeleter
{
    void operator()(CURLU *handle) const { curl_url_cleanup(handle); }
};
using UrlHandle = std::unique_ptr<CURLU, UrlHandleDeleter>;

UrlHandle parsed(const std::string &url)
{
    UrlHandle handle(curl_url());
    if (!handle || curl_url_set(handle.get(), CURLUPART_URL, url.c_str(), 0) != CURLUE_OK)
        return nullptr;
    return handle;
}

std::string part(CURLU *handle, CURLUPart which)
{
    char *value = nullptr;
    if (curl_url_get(handle, which, &value, 0) != CURLUE_OK || !value)
        return {};
    std::string out = value;
    curl_free(value);
    return out;
}

} // namespace

std::optional<UrlParts> parseUrl(const std::string &url)
{
    auto handle = parsed(url);
    if (!handle)
        return std::nullopt;
    UrlParts parts;
    parts.scheme = part(handle.get(), CURLUPART_SCHEME);
    if (parts.scheme != "http" && parts.scheme != "https")
        return std::nullopt;
    parts.host = part(handle.get(), CURLUPART_HOST);
    parts.port = part(handle.get(), CURLUPART_PORT);
    parts.path = part(handle.get(), CURLUPART_PATH);
    parts.hasCredentials = !part(handle.get(), CURLUPART_USER).empty()
        || !part(handle.get(), CURLUPART_PASSWORD).empty();
    return parts;
}

std::string percentEncoded(std::string_view text)
{
    char *escaped = curl_easy_escape(nullptr, text.data(), static_cast<int>(text.size()));
    std::string out = escaped ? escaped : "";
    curl_free(escaped);
    return out;
}

std::string withoutCredentials(const std::string &url)
{
    // A URL without credentials comes back exactly as given (no normalising): the replication
    // id is made from it, and must not change under an installed app.
    auto handle = parsed(url);
    if (!handle
        || (part(handle.get(), CURLUPART_USER).empty()
            && part(handle.get(), CURLUPART_PASSWORD).empty()))
        return url;
    curl_url_set(handle.get(), CURLUPART_USER, nullptr, 0);
    curl_url_set(handle.get(), CURLUPART_PASSWORD, nullptr, 0);
    return part(handle.get(), CURLUPART_URL);
}

} // namespace rapport::http
