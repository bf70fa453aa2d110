#include "http/http_client.h"

#include "core/json.h"
#include "http/url.h"

#include <algorithm>
#include <cctype>
#include <curl/curl.h>
#include <mutex>
#include <optional>

namespace rapport::http {

namespace {

// libcurl calls this about once a second, and at every chunk: non-zero aborts the transfer.
int askInterrupt(void *interrupted, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return (*static_cast<std::function<bool()> *>(interrupted))() ? 1 : 0;
}

void initialiseCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct BodySink
{
    std::string *body;
    std::size_t limit;
    CURL *curl;
    const std::function<bool(std::string_view)> *receive;
    bool exceeded = false;
    bool stopped = false;
};

// Counts what arrives after decompression, so a gzip bomb is caught as early as a plain flood.
std::size_t appendBody(char *data, std::size_t size, std::size_t count, void *user)
{
    auto *sink = static_cast<BodySink *>(user);
    if (*sink->receive) {
        long status = 0;
        curl_easy_getinfo(sink->curl, CURLINFO_RESPONSE_CODE, &status);
        if (status >= 200 && status < 300) {
            if (!(*sink->receive)(std::string_view(data, size * count))) {
                sink->stopped = true;
                return 0;
            }
            return size * count;
        }
    }
    if (sink->body->size() + size * count > sink->limit) {
        sink->exceeded = true;
        return 0; // libcurl ends the transfer
    }
    sink->body->append(data, size * count);
    return size * count;
}

std::size_t collectHeader(char *data, std::size_t size, std::size_t count, void *user)
{
    std::string_view line(data, size * count);
    const auto colon = line.find(':');
    if (colon != std::string_view::npos) {
        std::string name(line.substr(0, colon));
        std::transform(name.begin(), name.end(), name.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        auto value = line.substr(colon + 1);
        while (!value.empty() && (value.front() == ' ' || value.front() == '\t'))
            value.remove_prefix(1);
        while (!value.empty()
               && (value.back() == '\r' || value.back() == '\n' || value.back() == ' '))
            value.remove_suffix(1);
        (*static_cast<std::map<std::string, std::string> *>(user))[name] = std::string(value);
    }
    return size * count;
}

// A body given a chunk at a time (Request::bodySource), and where the read stands.
struct BodySource
{
    const Request *request;
    std::int64_t at = 0;
    std::optional<Error> failed {};
};

std::size_t readBody(char *into, std::size_t size, std::size_t count, void *user)
{
    auto *source = static_cast<BodySource *>(user);
    auto given = source->request->bodySource(source->at, into, size * count);
    if (!given) {
        source->failed = given.error();
        return CURL_READFUNC_ABORT;
    }
    source->at += static_cast<std::int64_t>(*given);
    return *given;
}

// libcurl rewinds a body it has to send again (a redirect, an authentication round).
int seekBody(void *user, curl_off_t offset, int origin)
{
    auto *source = static_cast<BodySource *>(user);
    if (origin != SEEK_SET || offset < 0 || offset > source->request->bodyLength)
        return CURL_SEEKFUNC_CANTSEEK;
    source->at = offset;
    return CURL_SEEKFUNC_OK;
}

} // namespace

struct Client::Handle
{
    CURL *curl = nullptr;
    ~Handle()
    {
        if (curl)
            curl_easy_cleanup(curl);
    }
};

Client::Client(ClientOptions options)
    : m_handle(std::make_unique<Handle>()), m_options(std::move(options))
{
    initialiseCurlOnce();
    m_handle->curl = curl_easy_init();
}

Client::~Client() = default;

Result<Response> Client::send(const Request &request)
{
    const bool bySession = m_options.sessionUrl && m_options.username && !m_serverHasNoSessions;
    if (!bySession)
        return perform(request, m_options.username ? Auth::Basic : Auth::None);
    const bool hadCookie = signedInBySession();
    if (!hadCookie) {
        if (auto failed = signIn())
            return std::move(*failed);
    }
    auto response = perform(request, m_serverHasNoSessions ? Auth::Basic : Auth::Cookie);
    if (!response || response->status != 401 || !hadCookie)
        return response;
    // The cookie expired, or the password changed elsewhere: sign in again, once. A wrong
    // password then comes back as the sign-in's 401.
    m_sessionCookie.clear();
    if (auto failed = signIn())
        return std::move(*failed);
    return perform(request, m_serverHasNoSessions ? Auth::Basic : Auth::Cookie);
}

Status Client::signInNow()
{
    if (!m_options.sessionUrl || !m_options.username || m_serverHasNoSessions
        || signedInBySession())
        return {};
    auto failed = signIn();
    if (!failed)
        return {};
    if (!*failed)
        return failed->error();
    if (auto error = errorForStatus(**failed))
        return *error;
    return {};
}

void Client::shareSessionOf(const Client &other)
{
    m_sessionCookie = other.m_sessionCookie;
    m_serverHasNoSessions = other.m_serverHasNoSessions;
    m_node = other.m_node;
}

std::optional<Result<Response>> Client::signIn()
{
    const Request request {
        "POST", *m_options.sessionUrl,
        Json {{"name", *m_options.username}, {"password", m_options.password.value_or("")}}.dump()};
    auto response = perform(request, Auth::None);
    if (!response)
        return response;
    keepSessionCookie(*response);
    const long status = response->status;
    // No session endpoint (or one that gives no cookie): basic auth from then on.
    if (status == 404 || status == 405 || status == 501
        || (status < 400 && m_sessionCookie.empty())) {
        m_serverHasNoSessions = true;
        return std::nullopt;
    }
    if (status >= 400)
        return response; // 401: wrong name or password
    return std::nullopt;
}

void Client::keepSessionCookie(const Response &response)
{
    // CouchDB sends a fresh cookie now and then while a session is in use; an empty one ends it.
    const auto header = response.headers.find("set-cookie");
    if (header == response.headers.end())
        return;
    const std::string_view prefix = "AuthSession=";
    const std::string &value = header->second;
    if (value.compare(0, prefix.size(), prefix) != 0)
        return;
    const std::string cookie = value.substr(0, value.find(';'));
    m_sessionCookie = cookie.size() > prefix.size() ? cookie : std::string();
}

Result<Response> Client::perform(const Request &request, Auth auth)
{
    const auto &nodes = m_options.nodes;
    if (nodes.size() < 2 || !request.url.starts_with(nodes.front()))
        return performOnce(request, auth);
    // Every request of the replication is safe to repeat (the protocol is idempotent), so one
    // that got no answer is sent again as it is, to the next node.
    std::optional<Result<Response>> result;
    for (std::size_t tried = 0; tried < nodes.size(); ++tried) {
        Request onNode = request;
        onNode.url = nodes[m_node] + request.url.substr(nodes.front().size());
        result = performOnce(onNode, auth);
        if (result->ok() || result->error().code != Errc::Network)
            break;
        m_node = (m_node + 1) % nodes.size();
    }
    return std::move(*result);
}

Result<Response> Client::performOnce(const Request &request, Auth auth)
{
    CURL *curl = m_handle->curl;
    if (!curl)
        return Error {Errc::Internal, "libcurl could not be initialised"};
    curl_easy_reset(curl); // keeps the connection cache: the connection stays alive
    ++m_requestsSent;
    Response response;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    curl_slist *headers = nullptr;
    headers = curl_slist_append(headers, ("Accept: " + request.accept).c_str());
    const bool hasBody = !request.body.empty() || request.bodySource || request.method == "POST"
        || request.method == "PUT";
    if (hasBody) {
        headers = curl_slist_append(headers, ("Content-Type: " + request.contentType).c_str());
        // No "Expect: 100-continue" (libcurl 7.88 asks it for every PUT it uploads, and for a
        // POST over 1 MB): CouchDB 3.5 does not answer it for a document PUT, so libcurl waited
        // its full second before every photo went up (measured: 200 photos of 500 KB took 204 s
        // instead of 4 s). A body the server refuses is then sent whole before the refusal; that
        // costs one photo's bytes.
        headers = curl_slist_append(headers, "Expect:");
    }

    curl_easy_setopt(curl, CURLOPT_URL, request.url.c_str());
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.method.c_str());
    if (request.method == "HEAD")
        curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
    BodySource source {&request};
    if (request.bodySource) {
        curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(curl, CURLOPT_READFUNCTION, readBody);
        curl_easy_setopt(curl, CURLOPT_READDATA, &source);
        curl_easy_setopt(curl, CURLOPT_SEEKFUNCTION, seekBody);
        curl_easy_setopt(curl, CURLOPT_SEEKDATA, &source);
        curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE,
                         static_cast<curl_off_t>(request.bodyLength));
        // Larger than libcurl's 64 KB default: fewer reads of the store for a large photo.
        curl_easy_setopt(curl, CURLOPT_UPLOAD_BUFFERSIZE, 512L * 1024L);
    } else if (hasBody) {
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.data());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE,
                         static_cast<curl_off_t>(request.body.size()));
    }
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, appendBody);
    BodySink sink {&response.body, m_options.maxResponseBytes, curl, &request.receive};
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &sink);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, collectHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &response.headers);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, ""); // every encoding libcurl can decode
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS,
                     static_cast<long>(m_options.connectTimeout.count()));
    const auto timeout = request.timeout.count() > 0 ? request.timeout : m_options.requestTimeout;
    if (request.bodySource || request.receive) {
        // A large photo on a slow line takes the time it takes; a transfer that stalls (not a
        // byte for as long as a request may take) is given up.
        curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
        curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME,
                         std::max(1L, static_cast<long>(timeout.count() / 1000)));
    } else {
        curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(timeout.count()));
    }
    // TLS is always verified; a CA file only adds trust, it never removes the check.
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (m_options.caFile)
        curl_easy_setopt(curl, CURLOPT_CAINFO, m_options.caFile->c_str());
    if (auth == Auth::Basic) {
        curl_easy_setopt(curl, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
        curl_easy_setopt(curl, CURLOPT_USERNAME, m_options.username->c_str());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, m_options.password.value_or("").c_str());
    } else if (auth == Auth::Cookie) {
        curl_easy_setopt(curl, CURLOPT_COOKIE, m_sessionCookie.c_str());
    }
    if (m_options.interrupted) {
        if (m_options.interrupted()) {
            curl_slist_free_all(headers);
            return Error {Errc::Cancelled,
                          request.method + " " + urlForMessages(request.url) + ": interrupted"};
        }
        curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
        curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, askInterrupt);
        curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &m_options.interrupted);
    }
    const CURLcode code = curl_easy_perform(curl);
    curl_slist_free_all(headers);
    if (sink.exceeded)
        return Error {Errc::TooLarge,
                      request.method + " " + urlForMessages(request.url) + ": the answer is over "
                          + std::to_string(m_options.maxResponseBytes >> 20) + " MB; refused"};
    if (source.failed)
        return *source.failed;
    if (sink.stopped || code == CURLE_ABORTED_BY_CALLBACK)
        return Error {Errc::Cancelled,
                      request.method + " " + urlForMessages(request.url) + ": interrupted"};
    if (code != CURLE_OK) {
        const std::string detail = errorBuffer[0] ? errorBuffer : curl_easy_strerror(code);
        return Error {Errc::Network,
                      request.method + " " + urlForMessages(request.url) + ": " + detail};
    }
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status);
    if (auth == Auth::Cookie)
        keepSessionCookie(response);
    return response;
}

std::string urlForMessages(const std::string &url)
{
    const auto parts = parseUrl(url);
    if (!parts)
        return "(a URL)";
    // user:password@ never reaches a message, nor the query.
    std::string out = parts->scheme + "://" + parts->host;
    if (!parts->port.empty())
        out += ":" + parts->port;
    const std::string path = parts->path.empty() ? std::string() : parts->path.substr(1);
    if (path.empty())
        return out + "/";
    // The database's name is the user's name in hex; a document's id may be anything a person
    // typed. Endpoints (_changes, _bulk_get, _session ...) are kept: they say what failed.
    int segment = 0;
    std::size_t start = 0;
    while (start <= path.size()) {
        const auto end = std::min(path.find('/', start), path.size());
        const auto part = path.substr(start, end - start);
        out += '/';
        if (part.empty() || part.starts_with('_') || (segment == 0 && !part.starts_with("userdb-")))
            out += part;
        else
            out += segment == 0 ? "(your database)" : "(a document)";
        ++segment;
        start = end + 1;
        if (end == path.size())
            break;
    }
    return out;
}

std::optional<Error> errorForStatus(const Response &response)
{
    if (response.status < 400)
        return std::nullopt;
    const std::string detail
        = "HTTP " + std::to_string(response.status) + ": " + response.body.substr(0, 300);
    if (response.status == 401)
        return Error {Errc::Unauthorized, detail};
    if (response.status == 403)
        return Error {Errc::Forbidden, detail};
    if (response.status == 404)
        return Error {Errc::NotFound, detail};
    if (response.status == 409)
        return Error {Errc::Conflict, detail};
    if (response.status == 413)
        return Error {Errc::TooLarge, detail};
    if (response.status == 429 || response.status >= 500)
        return Error {Errc::ServerError, detail};
    return Error {Errc::BadRequest, detail};
}

} // namespace rapport::http
