// "Please forget me", through the real server: a phone and a tablet of one salesperson hold Mara
// Lind (tests/mara_lind.h); the tablet is offline with an edit of her contact and a visit with
// her when the phone forgets her and syncs. Then the server's copies are tombstoned and its
// database compacted with the salesperson's own rights; the tablet syncs, and neither notebook
// file, nor its log, nor any file of the server's holds her name, birthday or son's hobby; the
// visits stay without her; nothing of hers comes back, however often they sync.
#include "check_ok.h"
#include "mara_lind.h"
#include "merge/local_editor.h"
#include "notebook/after_pull.h"
#include "notebook/forget.h"
#include "notebook/notebook_index.h"
#include "replicator/remote_database.h"
#include "replicator/replicator.h"
#include "server_fixture.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>

using namespace rapport;

namespace {

const std::string user = "sam";
const std::string password = "sam-secret";

struct Device
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("notebook.sqlite"));
    std::unique_ptr<Store> store = std::move(*notebook::openStore(path.toStdString()));
    std::unique_ptr<merge::LocalEditor> editor = std::move(*merge::LocalEditor::open(*store));
    http::Client client;
    replicator::Replicator replicator;

    Device(const ServerFixture &server)
        : client(server.signIn(user, password)),
          replicator(*store, client, replicator::userDatabaseUrl(server.url(), user),
                     notebook::afterPull(), [](std::chrono::milliseconds) {})
    { }

    replicator::SyncSummary sync()
    {
        auto summary = replicator.syncOnce();
        if (!summary)
            qFatal("sync failed: %s", summary.error().describe().c_str());
        return *summary;
    }

    bool has(const std::string &id) { return store->get(id).ok(); }

    QString herValueInFiles()
    {
        for (const QString &file : {path, path + QStringLiteral("-wal")})
            if (const QString value = mara_lind::valueIn(file); !value.isEmpty())
                return QStringLiteral("“%1” in %2").arg(value, file);
        return {};
    }
};

const char *firstOf(const std::vector<std::string> &problems)
{
    return problems.empty() ? "" : problems.front().c_str();
}

} // namespace

class ForgetEverywhere : public QObject
{
    Q_OBJECT

    ServerFixture server;

    // The server's files after its compaction, which CouchDB runs in the background (and then
    // deletes the file it replaced): what is still there after 60 s is there to stay.
    QString herValueOnServer()
    {
        http::Client admin(server.admin());
        replicator::RemoteDatabase database(admin, replicator::userDatabaseUrl(server.url(), user));
        QString found;
        QElapsedTimer waited;
        waited.start();
        do {
            auto info = database.info();
            const bool compacting = info && info->value("compact_running", false);
            found = compacting ? QStringLiteral("compaction still running")
                               : mara_lind::valueUnder(server.dataDirectory());
            if (found.isEmpty())
                return found;
            QThread::msleep(200);
        } while (waited.elapsed() < 60000);
        return found;
    }

private slots:
    void initTestCase()
    {
        SKIP_WITHOUT_SERVER(server);
        QVERIFY(server.addUser(QString::fromStdString(user), QString::fromStdString(password)));
    }

    void forgottenOnOneDevice_isForgottenOnTheOtherAndOnTheServer()
    {
        Device phone(server);
        Device tablet(server);
        mara_lind::fill(*phone.editor, *phone.store);
        phone.sync();
        tablet.sync();
        QVERIFY(tablet.has("contact-mara"));

        // Offline, the tablet learns more about her and records a visit with her.
        auto mara = tablet.store->get("contact-mara");
        QVERIFY(mara.ok());
        mara->body["notes"] = "Jonas now plays baseball in the county team";
        CHECK_OK(tablet.editor->save(*mara));
        mara_lind::save(*tablet.editor, R"({"_id":"visit-3","type":"visit",
            "accountId":"account-lind","contactIds":["contact-mara"],"date":"2026-11-02",
            "notes":"Trade show"})");

        CHECK_OK(notebook::forget(*phone.editor, "contact-mara", "2026-12-03"));
        const auto forgetting = phone.sync();
        QVERIFY2(forgetting.problems.empty(), firstOf(forgetting.problems));
        QCOMPARE(forgetting.erasedOnServer, std::int64_t {std::size(mara_lind::herRecords)});

        // The tablet comes back online: it pulls the erasure before it pushes anything.
        const auto back = tablet.sync();
        QVERIFY2(back.problems.empty(), firstOf(back.problems));
        phone.sync();
        tablet.sync();

        for (Device *device : {&phone, &tablet}) {
            for (const char *id : mara_lind::herRecords)
                QVERIFY2(!device->has(id), id);
            auto visit = device->store->get("visit-1");
            QVERIFY(visit.ok());
            QVERIFY(visit->body["contactIds"] == Json::parse(R"(["contact-olaf"])"));
            auto offlineVisit = device->store->get("visit-3");
            QVERIFY2(offlineVisit.ok(), "the tablet's visit with her is kept, without her");
            QVERIFY(offlineVisit->body["contactIds"].empty());
            const QString left = device->herValueInFiles();
            QVERIFY2(left.isEmpty(), qPrintable(left));
        }

        // On the server: no live copy of hers, and no earlier revision's body either.
        http::Client client(server.signIn(user, password));
        replicator::RemoteDatabase remote(client, replicator::userDatabaseUrl(server.url(), user));
        for (const char *id : mara_lind::herRecords) {
            auto leaves = remote.leaves(id);
            CHECK_OK(leaves);
            for (const auto &leaf : *leaves)
                QVERIFY2(leaf.doc && leaf.doc->value("_deleted", false), id);
        }
        if (server.dataDirectory().isEmpty())
            QSKIP("a server of one's own: its files are not here to read");
        const QString onServer = herValueOnServer();
        QVERIFY2(onServer.isEmpty(), qPrintable(onServer));
    }
};

QTEST_GUILESS_MAIN(ForgetEverywhere)
#include "tst_forget_everywhere.moc"
