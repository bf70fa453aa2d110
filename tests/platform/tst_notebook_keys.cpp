// A notebook's key at rest: made for a new notebook and kept in the key store, never in the
// notebook; a notebook from before encrypted on the next start; a missing key refused with the
// file untouched; a new key that survives the app stopping half way through giving it.
#include "check_ok.h"
#include "notebook/notebook_index.h"
#include "notebook_keys.h"
#include "store/encrypted_notebook.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport;
using rapport::platform::CredentialStore;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Document person()
{
    return *Document::parse(
        R"({"_id":"contact-mara","type":"contact","firstName":"Mara","notes":"baseball"})");
}

// The app starting again: the keys it had in use are gone with the process.
void restart(const QString &notebook)
{
    sqlite::forgetKey(notebook.toStdString());
}

} // namespace

class NotebookKeys : public QObject
{
    Q_OBJECT

private slots:
    void aNewNotebook_getsAKeyInTheStore_andOpensWithItAfterARestart()
    {
        QTemporaryDir dir;
        CredentialStore keys(dir.filePath(QStringLiteral("app")), CredentialStore::Mode::FileOnly);
        const QString notebook = dir.filePath(QStringLiteral("rapport.sqlite"));
        auto lock = platform::unlockNotebook(notebook, keys);
        CHECK_OK(lock);
        QVERIFY(lock->encrypted && !lock->encryptedNow);
        QCOMPARE(lock->keptIn, CredentialStore::Where::File);
        CHECK_OK((*notebook::openStore(notebook.toStdString()))->put(person()));
        QCOMPARE(sqlite::fileKind(notebook.toStdString()), sqlite::FileKind::Encrypted);
        QVERIFY(!bytesOf(notebook).contains("baseball"));
        QVERIFY(bytesOf(keys.fallbackFile()).contains("notebook-key:"));

        restart(notebook);
        QCOMPARE(notebook::openStore(notebook.toStdString()).error().code, Errc::NoKey);
        CHECK_OK(platform::unlockNotebook(notebook, keys));
        CHECK_OK((*notebook::openStore(notebook.toStdString()))->get("contact-mara"));
    }

    void aNotebookFromBefore_isEncryptedOnTheNextStart()
    {
        QTemporaryDir dir;
        CredentialStore keys(dir.filePath(QStringLiteral("app")), CredentialStore::Mode::FileOnly);
        const QString notebook = dir.filePath(QStringLiteral("rapport.sqlite"));
        CHECK_OK((*notebook::openStore(notebook.toStdString()))->put(person()));
        QVERIFY(bytesOf(notebook).contains("baseball"));

        auto lock = platform::unlockNotebook(notebook, keys);
        CHECK_OK(lock);
        QVERIFY(lock->encrypted && lock->encryptedNow);
        QVERIFY(!bytesOf(notebook).contains("baseball"));
        CHECK_OK((*notebook::openStore(notebook.toStdString()))->get("contact-mara"));
        restart(notebook);
        auto again = platform::unlockNotebook(notebook, keys);
        CHECK_OK(again);
        QVERIFY(!again->encryptedNow);
    }

    // The key store lost its key (another device's copy of the file, a wiped keychain): the
    // notebook is refused in words, never opened as an empty one, and not one byte changes.
    void aKeyTheStoreDoesNotHave_isRefused_andTheFileIsUntouched()
    {
        QTemporaryDir dir;
        const QString notebook = dir.filePath(QStringLiteral("rapport.sqlite"));
        {
            CredentialStore keys(dir.filePath(QStringLiteral("app")),
                                 CredentialStore::Mode::FileOnly);
            CHECK_OK(platform::unlockNotebook(notebook, keys));
            CHECK_OK((*notebook::openStore(notebook.toStdString()))->put(person()));
        }
        restart(notebook);
        const QByteArray before
            = QCryptographicHash::hash(bytesOf(notebook), QCryptographicHash::Sha256);
        CredentialStore elsewhere(dir.filePath(QStringLiteral("other")),
                                  CredentialStore::Mode::FileOnly);
        auto lock = platform::unlockNotebook(notebook, elsewhere);
        QVERIFY(!lock);
        QCOMPARE(lock.error().code, Errc::NoKey);
        QVERIFY(!sqlite::hasKey(notebook.toStdString()));
        QCOMPARE(QCryptographicHash::hash(bytesOf(notebook), QCryptographicHash::Sha256), before);
        QVERIFY(!QFile::exists(elsewhere.fallbackFile())); // no key was made up for it
    }

    // A new key: the old one no longer opens the file. Stopped after the file took the new key
    // but before the store kept it as the key, the next start still opens it.
    void aNewKey_replacesTheOld_evenWhenTheAppStoppedHalfWay()
    {
        QTemporaryDir dir;
        CredentialStore keys(dir.filePath(QStringLiteral("app")), CredentialStore::Mode::FileOnly);
        const QString notebook = dir.filePath(QStringLiteral("rapport.sqlite"));
        CHECK_OK(platform::unlockNotebook(notebook, keys));
        CHECK_OK((*notebook::openStore(notebook.toStdString()))->put(person()));
        const auto before = keys.load(QStringLiteral("notebook-key:") + notebook);
        CHECK_OK(platform::changeNotebookKey(notebook, keys));
        const auto after = keys.load(QStringLiteral("notebook-key:") + notebook);
        QVERIFY(**before != **after);
        QVERIFY(!keys.load(QStringLiteral("notebook-key-next:") + notebook)->has_value());
        restart(notebook);
        CHECK_OK(platform::unlockNotebook(notebook, keys));
        CHECK_OK((*notebook::openStore(notebook.toStdString()))->get("contact-mara"));

        // Half way: the file has a key that is kept only as the next one.
        const auto next = sqlite::newNotebookKey();
        QVERIFY(next);
        CHECK_OK(keys.save(
            QStringLiteral("notebook-key-next:") + notebook,
            QString::fromLatin1(
                QByteArray(reinterpret_cast<const char *>(next->data()), 32).toBase64())));
        CHECK_OK(sqlite::changeKey(notebook.toStdString(), *next));
        restart(notebook);
        auto lock = platform::unlockNotebook(notebook, keys);
        CHECK_OK(lock);
        CHECK_OK((*notebook::openStore(notebook.toStdString()))->get("contact-mara"));
        QVERIFY(!keys.load(QStringLiteral("notebook-key-next:") + notebook)->has_value());
    }
};

QTEST_GUILESS_MAIN(NotebookKeys)
#include "tst_notebook_keys.moc"
