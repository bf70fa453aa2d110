#pragma once

#include "core/error.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::http {

struct Request
{
    std::string method = "GET";
    std::string url;
    std::string body;
    std::string contentType = "application/json";
    std::chrono::milliseconds timeout {0}; // 0: the client's requestTimeout
    std::string accept = "application/json";
    // When set, a successful answer's body goes here a chunk at a time as it arrives (an
    // attachment, written to disk as it comes) instead of into Response::body; false stops the
    // transfer (Cancelled). An answer with an error status is still read into the body.
    std::function<bool(std::string_view chunk)> receive {};
    // When set, the body is read from here a chunk at a time as it goes (a 20 MB photo is never
    // whole in memory) instead of from `body`: the bytes from offset `at` into `into`, at most
    // `room` of them; how many were given, 0 only at the end. It may be asked again from 0 (a
    // request sent again); an error stops the request with that error. `bodyLength` says how
    // long it is in all.
    std::function<Result<std::size_t>(std::int64_t at, char *into, std::size_t room)> bodySource {};
    std::int64_t bodyLength = 0;
};

struct Response
{
    long status = 0;
    std::string body;
    std::map<std::string, std::string> headers; // names in lower case
};

struct ClientOptions
{
    std::optional<std::string> username; // basic auth, when set
    std::optional<std::string> password;
    std::optional<std::string> caFile; // extra trusted CA; verification is never turned off
    std::chrono::milliseconds connectTimeout {10000};
    std::chrono::milliseconds requestTimeout {60000};
    // The server's _session endpoint: when set (with a username), the client signs in there once
    // and sends CouchDB's AuthSession cookie instead of the password with every request; it signs
    // in again when the cookie expires. A server without _session gets basic auth.
    std::optional<std::string> sessionUrl;
    // Asked while a request is under way (about once a second, on the thread sending it): true
    // aborts it, and send() returns Cancelled. How another thread stops a long wait (a longpoll
    // on the changes feed) at once, for a local edit to go up, or to sign out or quit.
    std::function<bool()> interrupted;
    // The largest answer read, decompressed. A batch of 500 ordinary documents is a few MB; a
    // server that sends more (a feed that never ends, a gzip bomb) is refused before it fills
    // the phone's memory.
    std::size_t maxResponseBytes = std::size_t {128} << 20;
    // The nodes of one clustered server (base URLs ending with '/'), when the address names
    // several: requests name the first, and go to the node that last answered; when one gives
    // no answer at all, the same request goes to the next. (A load balancer in front of the
    // cluster does the same with one address.)
    std::vector<std::string> nodes;
};

// One HTTP connection to one server over libcurl: kept alive between requests, gzip accepted,
// TLS always verified. One thread at a time; a second thread makes a client of its own. A failure
// to get any answer is an Error (Network); any HTTP status is a Response, for the caller to judge.
class Client
{
public:
    explicit Client(ClientOptions options);
    ~Client();
    Client(const Client &) = delete;
    Client &operator=(const Client &) = delete;

    Result<Response> send(const Request &request);

    // Requests attempted so far, answered or not: what "only changed documents move" is
    // measured by.
    std::int64_t requestsSent() const { return m_requestsSent; }
    const ClientOptions &options() const { return m_options; }
    // True once the server gave a session cookie, which every request then carries.
    bool signedInBySession() const { return !m_sessionCookie.empty(); }
    // Signs in now, when this client signs in by session and holds no cookie yet; the error
    // when the server says no. (A request does this by itself; this is for sharing it.)
    Status signInNow();
    // Takes over another client's session (same user, same server): a second connection then
    // sends that cookie instead of signing in, and the password crosses the wire once.
    void shareSessionOf(const Client &other);
    // Which of options().nodes answers now (0 without a list).
    std::size_t currentNode() const { return m_node; }

private:
    enum class Auth { Basic, Cookie, None };
    // On the node that answers, moving on to the next of a cluster's nodes when one does not.
    Result<Response> perform(const Request &request, Auth auth);
    Result<Response> performOnce(const Request &request, Auth auth);
    // Signs in at the session URL; the answer when it did not work, nothing when it did (or
    // when the server has no sessions, in which case basic auth is used from then on).
    std::optional<Result<Response>> signIn();
    void keepSessionCookie(const Response &response);

    struct Handle;
    std::unique_ptr<Handle> m_handle;
    ClientOptions m_options;
    std::int64_t m_requestsSent = 0;
    std::string m_sessionCookie; // "AuthSession=..."; never logged
    bool m_serverHasNoSessions = false;
    std::size_t m_node = 0;
};

// A URL as error messages show it: the server and the endpoint, without credentials, the
// user's database name (their name in hex), document ids or query strings.
std::string urlForMessages(const std::string &url);

// The error an HTTP status means, for statuses that are errors; the server's own reason is kept.
std::optional<Error> errorForStatus(const Response &response);

} // namespace rapport::http
