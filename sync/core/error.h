#pragma once

#include <string>
#include <utility>
#include <variant>

namespace rapport {

// What went wrong, in terms a caller can act on. Transient errors are worth retrying;
// everything else needs a person (or a code change) before the same call can succeed.
enum class Errc {
    NotFound, // no such document or revision
    Conflict, // stale or missing _rev: somebody else changed the document first
    BadRequest, // the input is not a valid document, id or argument
    TooLarge, // over the document size limit
    Corrupt, // the database file is damaged or is not a database at all
    NotRapport, // a valid SQLite file that some other program owns
    FutureVersion, // written by a newer Rapport: refused, left untouched
    NoKey, // an encrypted notebook whose key this device does not have, or not this one
    DiskFull, // the database cannot grow
    Busy, // another connection holds the write lock for too long
    Io, // the operating system failed a read or write
    Network, // no answer: refused, reset, timed out, DNS, TLS handshake
    Unauthorized, // the server does not know these credentials (HTTP 401)
    Forbidden, // the server knows them and says no (HTTP 403)
    ServerError, // the server failed (HTTP 5xx, 429): worth retrying later
    Protocol, // the server's answer is not what the protocol promises
    Internal, // a bug: an invariant of ours did not hold
    Cancelled, // the caller asked the work to stop (sign-out, quit, a wake-up)
};

const char *errcName(Errc code);

struct Error
{
    Errc code;
    std::string message;

    bool isTransient() const
    {
        return code == Errc::Busy || code == Errc::Network || code == Errc::ServerError;
    }
    // "conflict: Document update conflict" — what the CLI prints and tests read.
    std::string describe() const;
};

// A value or an Error. Small on purpose: C++20 has no std::expected yet.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) { }
    Result(Error error) : m_state(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) { }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error {Errc::Internal, {}};
    bool m_ok = true;
};

using Status = Result<void>;

} // namespace rapport
