#pragma once

#include <QString>

namespace rapport::platform {

// Who syncs with which server. The password lives here in memory only, for as long as sync
// runs; at rest it is in the CredentialStore.
struct ServerAccount
{
    QString serverUrl; // "https://couch.example.com/" (the server, not the database)
    QString user;
    QString password;
    QString caFile; // an extra CA to trust (a company's own); empty: the system's

    bool complete() const { return !serverUrl.isEmpty() && !user.isEmpty(); }
};

} // namespace rapport::platform
