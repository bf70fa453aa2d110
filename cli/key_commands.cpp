// rapport-cli encrypt / rekey: the notebook's key, kept in the key store the app uses (the OS
// keychain, or the 0600 file where none runs). They run before the notebook is opened: both
// replace the file, which no connection may hold meanwhile.
#include "commands.h"
#include "notebook_keys.h"

#include <ostream>

namespace rapport::cli {

namespace {

const char *nameOf(platform::CredentialStore::Where where)
{
    return where == platform::CredentialStore::Where::Keychain ? "keychain" : "file";
}

} // namespace

Status runEncrypt(const QString &path, platform::CredentialStore &keys, std::ostream &out)
{
    auto lock = platform::unlockNotebook(path, keys, platform::PlainNotebooks::Encrypt);
    if (!lock)
        return lock.error();
    print(out,
          Json {{"ok", true},
                {"encrypted", true},
                {"encrypted_now", lock->encryptedNow},
                {"key_kept_in", nameOf(lock->keptIn)}});
    return {};
}

Status runRekey(const QString &path, platform::CredentialStore &keys, std::ostream &out)
{
    auto lock = platform::unlockNotebook(path, keys, platform::PlainNotebooks::Leave);
    if (!lock)
        return lock.error();
    if (!lock->encrypted)
        return Error {Errc::BadRequest, "the notebook is not encrypted: `encrypt` it first"};
    auto kept = platform::changeNotebookKey(path, keys);
    if (!kept)
        return kept.error();
    print(out, Json {{"ok", true}, {"key_kept_in", nameOf(*kept)}});
    return {};
}

} // namespace rapport::cli
