#pragma once

#include "core/error.h"
#include "http/http_client.h"

#include <string>
#include <string_view>
#include <vector>

namespace rapport::replicator {

// The server as a person types it: one address ("https://couch.example.com/", a load balancer
// in front of a cluster being the usual way), or the nodes of a CouchDB cluster separated by
// commas or spaces ("https://couch1:6984, https://couch2:6984"), tried in that order when one
// does not answer. The first node names the server: the replication's id and checkpoints come
// from it, so a sync that moves to another node resumes where it was.
struct ServerAddress
{
    std::vector<std::string> nodes; // http(s) URLs, each ending with '/'

    const std::string &first() const { return nodes.front(); }
    // "https://couch1:6984/, https://couch2:6984/": what is saved and shown.
    std::string text() const;
};

// A clear BadRequest for anything that is not one or more http(s) addresses with a host.
Result<ServerAddress> parseServerAddress(std::string_view text);

// Options for a client that signs in once at the server's _session as `user` and follows the
// cluster's nodes.
http::ClientOptions signInOptions(const ServerAddress &server, const std::string &user,
                                  const std::string &password);

} // namespace rapport::replicator
