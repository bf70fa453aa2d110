#include "core/error.h"

namespace rapport {

const char *errcName(Errc code)
{
    switch (code) {
    case Errc::NotFound:
        return "not_found";
    case Errc::Conflict:
        return "conflict";
    case Errc::BadRequest:
        return "bad_request";
    case Errc::TooLarge:
        return "too_large";
    case Errc::Corrupt:
        return "corrupt";
    case Errc::NotRapport:
        return "not_rapport";
    case Errc::FutureVersion:
        return "future_version";
    case Errc::NoKey:
        return "no_key";
    case Errc::DiskFull:
        return "disk_full";
    case Errc::Busy:
        return "busy";
    case Errc::Io:
        return "io";
    case Errc::Network:
        return "network";
    case Errc::Unauthorized:
        return "unauthorized";
    case Errc::Forbidden:
        return "forbidden";
    case Errc::ServerError:
        return "server_error";
    case Errc::Protocol:
        return "protocol";
    case Errc::Internal:
        return "internal";
    case Errc::Cancelled:
        return "cancelled";
    }
    return "internal";
}

std::string Error::describe() const
{
    return std::string(errcName(code)) + ": " + message;
}

} // namespace rapport
