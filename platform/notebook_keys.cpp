#include "notebook_keys.h"

#include "store/encrypted_notebook.h"
#include "store/sqlite.h"

#include <QByteArray>
#include <QFile>
#include <QFileInfo>

namespace rapport::platform {

namespace {

QString accountOf(const QString &path, bool next)
{
    return (next ? QStringLiteral("notebook-key-next:") : QStringLiteral("notebook-key:"))
        + QFileInfo(path).absoluteFilePath();
}

QString encoded(const sqlite::NotebookKey &key)
{
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(key.data()), static_cast<qsizetype>(key.size()))
            .toBase64());
}

std::optional<sqlite::NotebookKey> decoded(const QString &text)
{
    const QByteArray bytes = QByteArray::fromBase64(text.toLatin1());
    sqlite::NotebookKey key {};
    if (bytes.size() != static_cast<qsizetype>(key.size()))
        return std::nullopt;
    std::copy(bytes.begin(), bytes.end(), key.begin());
    return key;
}

// Whether the key kept under `account` opens the notebook; it stays in use if so.
Result<std::optional<CredentialStore::Where>>
opensWith(const std::string &file, CredentialStore &keys, const QString &account)
{
    auto kept = keys.find(account);
    if (!kept)
        return kept.error();
    const auto key = *kept ? decoded((*kept)->secret) : std::nullopt;
    if (!key)
        return std::optional<CredentialStore::Where>();
    sqlite::useKey(file, *key);
    auto db = sqlite::Database::open(file, sqlite::Database::Mode::ReadOnly);
    if (db && (*db)->exec("SELECT count(*) FROM sqlite_schema"))
        return std::optional((*kept)->where);
    sqlite::forgetKey(file);
    if (!db && db.error().code != Errc::NoKey)
        return db.error();
    return std::optional<CredentialStore::Where>();
}

// The key kept for `path`, or a new one saved there first.
Result<std::pair<sqlite::NotebookKey, CredentialStore::Where>> keyFor(const QString &path,
                                                                      CredentialStore &keys)
{
    auto kept = keys.find(accountOf(path, false));
    if (!kept)
        return kept.error();
    if (*kept) {
        if (auto key = decoded((*kept)->secret))
            return std::pair(*key, (*kept)->where);
    }
    const auto key = sqlite::newNotebookKey();
    if (!key)
        return Error {Errc::Internal, "no random key could be made"};
    auto saved = keys.save(accountOf(path, false), encoded(*key));
    if (!saved)
        return saved.error();
    return std::pair(*key, *saved);
}

} // namespace

Result<NotebookLock> unlockNotebook(const QString &path, CredentialStore &keys,
                                    PlainNotebooks plain)
{
    const std::string file = QFile::encodeName(path).toStdString();
    const auto kind = sqlite::fileKind(file);
    if (kind != sqlite::FileKind::Encrypted && plain == PlainNotebooks::Leave) {
        sqlite::forgetKey(file);
        return NotebookLock {false, CredentialStore::Where::Keychain, false};
    }
    switch (kind) {
    case sqlite::FileKind::Encrypted: {
        auto current = opensWith(file, keys, accountOf(path, false));
        if (!current)
            return current.error();
        if (*current)
            return NotebookLock {true, **current, false};
        // A new key was being given when the app stopped: the file has it, or not yet.
        auto next = opensWith(file, keys, accountOf(path, true));
        if (!next)
            return next.error();
        if (!*next)
            return Error {Errc::NoKey,
                          path.toStdString()
                              + " is encrypted, and this device's key store has no key that "
                                "opens it; it was left untouched"};
        auto kept = keys.find(accountOf(path, true));
        if (!kept || !*kept)
            return Error {Errc::Internal, "the notebook's next key went away"};
        auto saved = keys.save(accountOf(path, false), (*kept)->secret);
        if (!saved)
            return saved.error();
        (void)keys.remove(accountOf(path, true));
        return NotebookLock {true, *saved, false};
    }
    case sqlite::FileKind::Plain: {
        auto key = keyFor(path, keys);
        if (!key)
            return key.error();
        if (auto encrypted = sqlite::encryptInPlace(file, key->first); !encrypted)
            return encrypted.error();
        return NotebookLock {true, key->second, true};
    }
    case sqlite::FileKind::Neither:
        // Damaged or not a notebook: opened as it is, the store says so in its words.
        sqlite::forgetKey(file);
        return NotebookLock {false, CredentialStore::Where::Keychain, false};
    case sqlite::FileKind::Missing:
        break;
    }
    auto key = keyFor(path, keys);
    if (!key)
        return key.error();
    sqlite::useKey(file, key->first);
    return NotebookLock {true, key->second, false};
}

Result<CredentialStore::Where> changeNotebookKey(const QString &path, CredentialStore &keys)
{
    const std::string file = QFile::encodeName(path).toStdString();
    const auto key = sqlite::newNotebookKey();
    if (!key)
        return Error {Errc::Internal, "no random key could be made"};
    if (auto saved = keys.save(accountOf(path, true), encoded(*key)); !saved)
        return saved.error();
    if (auto changed = sqlite::changeKey(file, *key); !changed) {
        (void)keys.remove(accountOf(path, true));
        return changed.error();
    }
    auto saved = keys.save(accountOf(path, false), encoded(*key));
    if (!saved)
        return saved.error(); // the next key stays, and opens the file: the next unlock keeps it
    (void)keys.remove(accountOf(path, true));
    return *saved;
}

} // namespace rapport::platform
