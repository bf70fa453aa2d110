#include "replicator/server_address.h"

#include "http/url.h"
#include "replicator/replicator.h"

namespace rapport::replicator {

namespace {

bool isSeparator(char c)
{
    return c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// An http(s) URL with a host and nothing after its path: what a server address is.
bool looksLikeServer(const std::string &url)
{
    const auto parts = http::parseUrl(url);
    return parts && !parts->host.empty() && url.find_first_of("?#") == std::string::npos;
}

} // namespace

std::string ServerAddress::text() const
{
    std::string out;
    for (const auto &node : nodes)
        out += (out.empty() ? "" : ", ") + node;
    return out;
}

Result<ServerAddress> parseServerAddress(std::string_view text)
{
    ServerAddress server;
    std::size_t start = 0;
    while (start < text.size()) {
        while (start < text.size() && isSeparator(text[start]))
            ++start;
        auto end = start;
        while (end < text.size() && !isSeparator(text[end]))
            ++end;
        if (end > start) {
            std::string url(text.substr(start, end - start));
            if (!looksLikeServer(url))
                return Error {Errc::BadRequest,
                              "a server address starts with https:// (or http://) and names a "
                              "host"};
            if (url.back() != '/')
                url += '/';
            server.nodes.push_back(std::move(url));
        }
        start = end;
    }
    if (server.nodes.empty())
        return Error {Errc::BadRequest, "no server address given"};
    return server;
}

http::ClientOptions signInOptions(const ServerAddress &server, const std::string &user,
                                  const std::string &password)
{
    http::ClientOptions options;
    options.username = user;
    options.password = password;
    options.sessionUrl = sessionUrl(server.first()); // the password crosses the wire once
    if (server.nodes.size() > 1)
        options.nodes = server.nodes;
    return options;
}

} // namespace rapport::replicator
