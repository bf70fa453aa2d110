#pragma once

#include "core/error.h"

#include <QString>
#include <optional>

namespace rapport::platform {

// Where a password is kept: the OS keychain (Secret Service, macOS Keychain, Windows Credential
// Manager, Android Keystore, through QtKeychain), or, on a machine where no keychain service
// runs (a headless server), a file only this user can read (mode 0600), which the UI says.
// Never in the database, a log or a command line.
class CredentialStore
{
public:
    enum class Where { Keychain, File };
    enum class Mode { KeychainFirst, FileOnly };

    // `folder` holds the fallback file. FileOnly skips the keychain (tests, and machines
    // where the person chose so with RAPPORT_CREDENTIALS=file).
    explicit CredentialStore(QString folder, Mode mode = modeFromEnvironment());

    Result<Where> save(const QString &account, const QString &password);
    // The password, wherever it is; empty when there is none.
    Result<std::optional<QString>> load(const QString &account);
    struct Kept
    {
        QString secret;
        Where where;
    };
    // The same, and where it was found.
    Result<std::optional<Kept>> find(const QString &account);
    // From the keychain and the file both; nothing there is fine.
    Status remove(const QString &account);

    QString fallbackFile() const;
    static Mode modeFromEnvironment();

private:
    QString m_folder;
    Mode m_mode;
};

} // namespace rapport::platform
