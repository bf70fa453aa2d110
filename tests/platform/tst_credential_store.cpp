// Passwords: kept, read back, removed at sign-out; in the keychain where one runs, otherwise in
// a file only this user can read.
#include "credential_store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using rapport::platform::CredentialStore;

class CredentialStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void fileFallback_keepsReadsAndRemovesAPasswordInAFileOnlyTheUserCanRead()
    {
        QTemporaryDir dir;
        CredentialStore store(dir.filePath(QStringLiteral("app")), CredentialStore::Mode::FileOnly);
        const QString account = QStringLiteral("http://127.0.0.1:5984/ anna");
        auto saved = store.save(account, QStringLiteral("s3cret pass"));
        QVERIFY(saved.ok());
        QCOMPARE(*saved, CredentialStore::Where::File);
        struct stat info
        {
        };
        QCOMPARE(::stat(QFile::encodeName(store.fallbackFile()).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);
        auto loaded = store.load(account);
        QVERIFY(loaded.ok() && loaded->has_value());
        QCOMPARE(**loaded, QStringLiteral("s3cret pass"));
        // A second account beside it, then sign-out of the first: the second stays.
        QVERIFY(store.save(QStringLiteral("other"), QStringLiteral("x")).ok());
        QVERIFY(store.remove(account).ok());
        QVERIFY(!store.load(account)->has_value());
        QCOMPARE(**store.load(QStringLiteral("other")), QStringLiteral("x"));
        QFile file(store.fallbackFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("s3cret"));
    }

    void keychainFirst_fallsBackToTheFileWhereNoKeychainRuns()
    {
        QTemporaryDir dir;
        CredentialStore store(dir.path(), CredentialStore::Mode::KeychainFirst);
        auto saved = store.save(QStringLiteral("anna"), QStringLiteral("pw"));
        QVERIFY2(saved.ok(), saved.ok() ? "" : saved.error().message.c_str());
        // Either is right; which one it was is what the UI tells the person.
        QCOMPARE(**store.load(QStringLiteral("anna")), QStringLiteral("pw"));
        QVERIFY(store.remove(QStringLiteral("anna")).ok());
        QVERIFY(!store.load(QStringLiteral("anna"))->has_value());
    }

    void damagedFile_isAClearErrorNotACrash()
    {
        QTemporaryDir dir;
        CredentialStore store(dir.path(), CredentialStore::Mode::FileOnly);
        QFile file(store.fallbackFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{not json");
        file.close();
        auto loaded = store.load(QStringLiteral("anna"));
        QVERIFY(!loaded.ok());
        QVERIFY(loaded.error().message.find("damaged") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(CredentialStoreTest)
#include "tst_credential_store.moc"
