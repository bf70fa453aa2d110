#include "credential_store.h"

#include "core/json.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QTimer>
#include <fcntl.h>
#include <qt6keychain/keychain.h>
#include <unistd.h>

namespace rapport::platform {

namespace {

const QString keychainService = QStringLiteral("Rapport");
// A keychain that does not answer in this time is treated as absent (a locked session bus).
constexpr int keychainTimeoutMs = 5000;

// Runs a keychain job to its end. QtKeychain's jobs are asynchronous; the few calls a sign-in
// makes wait here, in a local event loop, bounded.
bool runJob(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(keychainTimeoutMs, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
    return job.error() == QKeychain::NoError;
}

Result<Json> readFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Json::object();
    if (!file.open(QIODevice::ReadOnly))
        return Error {Errc::Io, "cannot read the credentials file"};
    auto json = Json::parse(file.readAll().toStdString(), nullptr, false);
    if (json.is_discarded() || !json.is_object())
        return Error {Errc::Corrupt, "the credentials file is damaged"};
    return json;
}

// Written to a new file created 0600 and renamed over the old one: never readable by others,
// not even for an instant, and never half-written.
Status writeFile(const QString &path, const Json &content)
{
    const QByteArray temporary = QFile::encodeName(path + QStringLiteral(".new"));
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error {Errc::Io, "cannot write the credentials file"};
    const std::string text = content.dump();
    const bool written = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size())
        && ::fsync(fd) == 0;
    ::close(fd);
    if (!written || ::rename(temporary.constData(), QFile::encodeName(path).constData()) != 0) {
        ::unlink(temporary.constData());
        return Error {Errc::Io, "cannot write the credentials file"};
    }
    return {};
}

} // namespace

CredentialStore::CredentialStore(QString folder, Mode mode)
    : m_folder(std::move(folder)), m_mode(mode)
{ }

CredentialStore::Mode CredentialStore::modeFromEnvironment()
{
    return qEnvironmentVariable("RAPPORT_CREDENTIALS") == QLatin1String("file")
        ? Mode::FileOnly
        : Mode::KeychainFirst;
}

QString CredentialStore::fallbackFile() const
{
    return QDir(m_folder).filePath(QStringLiteral("credentials.json"));
}

Result<CredentialStore::Where> CredentialStore::save(const QString &account,
                                                     const QString &password)
{
    if (m_mode == Mode::KeychainFirst) {
        QKeychain::WritePasswordJob job(keychainService);
        job.setKey(account);
        job.setTextData(password);
        if (runJob(job)) {
            // A password once kept in the file does not stay there beside the keychain's.
            auto content = readFile(fallbackFile());
            if (content && content->contains(account.toStdString())) {
                content->erase(account.toStdString());
                if (auto written = writeFile(fallbackFile(), *content); !written)
                    return written.error();
            }
            return Where::Keychain;
        }
    }
    QDir().mkpath(m_folder);
    auto content = readFile(fallbackFile());
    if (!content)
        return content.error();
    (*content)[account.toStdString()] = password.toStdString();
    if (auto written = writeFile(fallbackFile(), *content); !written)
        return written.error();
    return Where::File;
}

Result<std::optional<QString>> CredentialStore::load(const QString &account)
{
    auto found = find(account);
    if (!found)
        return found.error();
    return *found ? std::optional<QString>((*found)->secret) : std::nullopt;
}

Result<std::optional<CredentialStore::Kept>> CredentialStore::find(const QString &account)
{
    if (m_mode == Mode::KeychainFirst) {
        QKeychain::ReadPasswordJob job(keychainService);
        job.setKey(account);
        if (runJob(job))
            return std::optional(Kept {job.textData(), Where::Keychain});
    }
    auto content = readFile(fallbackFile());
    if (!content)
        return content.error();
    auto found = content->find(account.toStdString());
    if (found == content->end() || !found->is_string())
        return std::optional<Kept>();
    return std::optional(Kept {QString::fromStdString(found->get<std::string>()), Where::File});
}

Status CredentialStore::remove(const QString &account)
{
    if (m_mode == Mode::KeychainFirst) {
        QKeychain::DeletePasswordJob job(keychainService);
        job.setKey(account);
        runJob(job); // "not there" is what we want
    }
    auto content = readFile(fallbackFile());
    if (!content)
        return content.error();
    if (!content->contains(account.toStdString()))
        return {};
    content->erase(account.toStdString());
    return writeFile(fallbackFile(), *content);
}

} // namespace rapport::platform
