#pragma once

#include "core/error.h"
#include "credential_store.h"

#include <QString>

namespace rapport::platform {

// Where a notebook's key is, and what unlocking it did.
struct NotebookLock
{
    bool encrypted = false; // false: a plain notebook left plain, as asked
    CredentialStore::Where keptIn = CredentialStore::Where::Keychain;
    bool encryptedNow = false; // a notebook from before, encrypted by this unlock
};

// What becomes of a notebook that is not encrypted (yet): the app encrypts every notebook;
// rapport-cli leaves a plain one plain unless told `encrypt` (its tests and scripts make many
// throw-away notebooks, whose keys would crowd the person's keychain).
enum class PlainNotebooks { Encrypt, Leave };

// Makes the notebook at `path` ready to open, its key kept in `keys` (the OS keychain, or the
// 0600 file where none runs) under the notebook's full path and never in the notebook:
// - a new notebook gets a new random key, saved before the file is made;
// - a plain one from before is encrypted in place with one, crash-safe
//   (store/encrypted_notebook.h);
// (with PlainNotebooks::Leave, both are opened plain instead);
// - an encrypted one gets its key from the store: NoKey, the file untouched, when the store has
//   none or its key does not open the file.
// From then on the key is in use for `path` in this process (sqlite::useKey).
Result<NotebookLock> unlockNotebook(const QString &path, CredentialStore &keys,
                                    PlainNotebooks plain = PlainNotebooks::Encrypt);

// A new key for the encrypted notebook at `path` (unlocked, open nowhere else). It is saved as
// the notebook's next key first, the notebook is re-encrypted with it, and it then becomes the
// notebook's key: killed in between, the next unlock finds whichever of the two opens the file.
Result<CredentialStore::Where> changeNotebookKey(const QString &path, CredentialStore &keys);

} // namespace rapport::platform
