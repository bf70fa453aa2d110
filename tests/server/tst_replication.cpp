// Sync through the real server (CouchDB replication protocol): push and pull with history,
// two devices of one salesperson converging, deletions, conflicts kept on both sides, a
// document the server refuses, credentials that do not fit, and rapport-cli sync.
#include "check_ok.h"
#include "core/md5.h"
#include "fault_proxy.h"
#include "http/http_client.h"
#include "merge/local_editor.h"
#include "notebook/after_pull.h"
#include "notebook/notebook_index.h"
#include "notebook/notebook_queries.h"
#include "notebook/operations.h"
#include "replicator/replicator.h"
#include "replicator/server_address.h"
#include "server_fixture.h"
#include "store/store.h"
#include "test_device.h"

#include <QProcess>
#include <QTcpServer>
#include <atomic>
#include <future>

using namespace rapport;

namespace {

// Every document's leaf revisions (deleted ones too): what two replicas must agree on.
std::map<std::string, std::vector<std::string>> everyLeaf(Store &store)
{
    std::map<std::string, std::vector<std::string>> leaves;
    auto listed = store.forEachDocument([&](const Document &doc) { leaves[doc.id]; });
    if (!listed)
        qFatal("listing failed: %s", listed.error().describe().c_str());
    for (auto &[id, revs] : leaves) {
        auto found = store.getLeaves(id);
        if (!found)
            qFatal("reading leaves failed: %s", found.error().describe().c_str());
        for (const auto &leaf : *found)
            revs.push_back(leaf.rev);
        std::sort(revs.begin(), revs.end());
    }
    return leaves;
}

// One device: its own database file.
using Device = TestDevice;

} // namespace

class Replication : public QObject
{
    Q_OBJECT

private:
    ServerFixture server;

    Result<replicator::SyncSummary> sync(Device &device, const std::string &user = "anna",
                                         const std::string &password = "anna-secret",
                                         const std::string &database = "anna")
    {
        http::Client client(server.signIn(user, password));
        replicator::Replicator replicator(
            *device.store, client, replicator::userDatabaseUrl(server.url(), database),
            rapport::notebook::afterPull(), [](std::chrono::milliseconds) {});
        return replicator.syncOnce();
    }

    std::string serverGet(const std::string &path)
    {
        http::Client client(server.signIn("anna", "anna-secret"));
        auto response = client.send(http::Request {
            "GET", server.url() + ServerFixture::userDatabase("anna") + "/" + path, {}});
        return response ? response->body : std::string();
    }

private slots:
    void initTestCase()
    {
        SKIP_WITHOUT_SERVER(server);
        QVERIFY(server.addUser(QStringLiteral("anna"), QStringLiteral("anna-secret")));
        QVERIFY(server.addUser(QStringLiteral("bob"), QStringLiteral("bob-secret")));
    }

    void push_sendsLocalEditsWithTheirHistory()
    {
        Device phone;
        auto rev = phone.put(R"({"_id":"contact-jonas","type":"contact","firstName":"Jonas"})");
        rev = phone.put(R"({"_id":"contact-jonas","_rev":")" + rev
                        + R"(","type":"contact","firstName":"Jonas","lastName":"Weber"})");
        rev = phone.put(
            R"({"_id":"contact-jonas","_rev":")" + rev
            + R"(","type":"contact","firstName":"Jonas","lastName":"Weber","hobbies":["sailing"]})");
        auto summary = sync(phone);
        CHECK_OK(summary);
        QCOMPARE(summary->pushed, std::int64_t(1));
        const auto onServer = Json::parse(serverGet("contact-jonas?revs=true"));
        QCOMPARE(onServer["_rev"].get<std::string>(), rev);
        QCOMPARE(onServer["_revisions"]["ids"].size(), std::size_t(3));
        QCOMPARE(onServer["hobbies"][0].get<std::string>(), std::string("sailing"));
    }

    void pull_bringsEverythingToANewDevice()
    {
        Device tablet;
        auto summary = sync(tablet);
        CHECK_OK(summary);
        QVERIFY(summary->pulled >= 1);
        auto doc = tablet.store->get("contact-jonas");
        CHECK_OK(doc);
        QCOMPARE(doc->body["lastName"].get<std::string>(), std::string("Weber"));
        QCOMPARE(tablet.store->revisionHistory("contact-jonas", doc->rev)->size(), std::size_t(3));
        // The tablet's search finds what the phone wrote.
        QCOMPARE(NotebookQueries(*tablet.store).search("sailing", 5)->front().id,
                 std::string("contact-jonas"));
    }

    void twoDevices_convergeAndASecondSyncMovesNothing()
    {
        Device phone;
        Device tablet;
        CHECK_OK(sync(phone));
        CHECK_OK(sync(tablet));
        const auto jonas = phone.store->get("contact-jonas")->rev;
        phone.put(
            R"({"_id":"contact-jonas","_rev":")" + jonas
            + R"(","type":"contact","firstName":"Jonas","lastName":"Weber","role":"decision_maker"})");
        tablet.put(
            R"({"_id":"visit-1","type":"visit","date":"2026-11-24","notes":"Talked about the new line"})");
        CHECK_OK(sync(phone));
        CHECK_OK(sync(tablet));
        CHECK_OK(sync(phone));
        for (const char *id : {"contact-jonas", "visit-1"}) {
            auto onPhone = phone.store->get(id);
            auto onTablet = tablet.store->get(id);
            CHECK_OK(onPhone);
            CHECK_OK(onTablet);
            QCOMPARE(onPhone->rev, onTablet->rev);
        }
        auto again = sync(tablet);
        CHECK_OK(again);
        QCOMPARE(again->pulled, std::int64_t(0));
        QCOMPARE(again->pushed, std::int64_t(0));
    }

    // What a phone on a weak connection pays for a sync: a few requests, whatever the size of
    // the notebook. Nothing pulled goes back up, and a sync with nothing new is cheaper still.
    // A server without _bulk_get (CouchDB before 2.1): the same revisions arrive, with their
    // history, through open_revs.
    void serverWithoutBulkGet_pullsTheSameThroughOpenRevs()
    {
        Device phone;
        for (int i = 0; i < 30; ++i)
            phone.put(R"({"_id":"old-server-)" + std::to_string(i)
                      + R"(","type":"note","text":"n"})");
        for (int i = 0; i < 10; ++i) { // second generations: these need their history fetched
            const std::string id = "old-server-" + std::to_string(i);
            phone.put(R"({"_id":")" + id + R"(","_rev":")" + phone.store->get(id)->rev
                      + R"(","type":"note","text":"edited"})");
        }
        CHECK_OK(phone.store->remove("old-server-29", phone.store->get("old-server-29")->rev));
        CHECK_OK(sync(phone));

        Device direct;
        CHECK_OK(sync(direct));
        FaultProxy oldServer(
            static_cast<quint16>(QUrl(QString::fromStdString(server.url())).port()), 1);
        oldServer.hideEndpoint("/_bulk_get");
        Device tablet;
        http::Client client(server.signIn("anna", "anna-secret"));
        replicator::Replicator viaOpenRevs(
            *tablet.store, client,
            replicator::userDatabaseUrl("http://127.0.0.1:" + std::to_string(oldServer.port()),
                                        "anna"),
            rapport::notebook::afterPull());
        auto pulled = viaOpenRevs.syncOnce();
        CHECK_OK(pulled);
        QVERIFY(oldServer.hiddenRequests() > 0);
        QCOMPARE(everyLeaf(*tablet.store), everyLeaf(*direct.store));
        QCOMPARE(
            tablet.store->revisionHistory("old-server-3", tablet.store->get("old-server-3")->rev)
                ->size(),
            std::size_t(2));
        // The history arrived: the tablet's edit goes up as a descendant, not as a conflict.
        tablet.put(R"({"_id":"old-server-3","_rev":")" + tablet.store->get("old-server-3")->rev
                   + R"(","type":"note","text":"from the tablet"})");
        CHECK_OK(viaOpenRevs.syncOnce());
        const auto onServer = Json::parse(serverGet("old-server-3?conflicts=true"));
        QCOMPARE(onServer["text"].get<std::string>(), std::string("from the tablet"));
        QVERIFY(!onServer.contains("_conflicts"));
    }

    void incrementalSync_movesOnlyWhatChangedInAFewRequests()
    {
        Device phone;
        for (int i = 0; i < 120; ++i)
            phone.put(R"({"_id":"note-)" + std::to_string(i) + R"(","type":"note","text":"n"})");
        CHECK_OK(sync(phone));
        // The tablet keeps its connections and its session between syncs, as the app does.
        Device tablet;
        http::Client tabletClient(server.signIn("anna", "anna-secret"));
        replicator::Replicator tabletSync(*tablet.store, tabletClient,
                                          replicator::userDatabaseUrl(server.url(), "anna"),
                                          rapport::notebook::afterPull());
        auto first = tabletSync.syncOnce();
        CHECK_OK(first);
        QVERIFY(first->pulled >= 120);
        QCOMPARE(first->pushed, std::int64_t(0));

        for (int i = 0; i < 3; ++i) {
            const auto rev = phone.store->get("note-" + std::to_string(i))->rev;
            phone.put(R"({"_id":"note-)" + std::to_string(i) + R"(","_rev":")" + rev
                      + R"(","type":"note","text":"changed"})");
        }
        CHECK_OK(sync(phone));
        auto incremental = tabletSync.syncOnce();
        CHECK_OK(incremental);
        QCOMPARE(incremental->pulled, std::int64_t(3));
        QCOMPARE(incremental->pushed, std::int64_t(0));
        QVERIFY2(incremental->requests <= 6, std::to_string(incremental->requests).c_str());

        auto idle = tabletSync.syncOnce();
        CHECK_OK(idle);
        QVERIFY2(idle->requests <= 3, std::to_string(idle->requests).c_str());
    }

    // The same contact edited on both devices while offline: after the syncs both hold one
    // merged revision (each side's change kept), and the server holds no conflict.
    void concurrentEdits_areMergedIntoTheSameRevisionOnBothDevices()
    {
        Device phone;
        Device tablet;
        CHECK_OK(sync(phone));
        CHECK_OK(sync(tablet));
        const auto base = phone.store->get("contact-jonas")->rev;
        phone.put(R"({"_id":"contact-jonas","_rev":")" + base
                  + R"(","type":"contact","firstName":"Jonas","lastName":"Weber-Lind"})");
        tablet.put(
            R"({"_id":"contact-jonas","_rev":")" + base
            + R"(","type":"contact","firstName":"Jonas","lastName":"Weber","email":"jonas@example.org"})");
        CHECK_OK(sync(phone));
        auto tabletSync = sync(tablet);
        CHECK_OK(tabletSync);
        QCOMPARE(tabletSync->resolved, std::int64_t(1));
        CHECK_OK(sync(phone));
        const auto onPhone = phone.store->get("contact-jonas");
        const auto onTablet = tablet.store->get("contact-jonas");
        QCOMPARE(onPhone->rev, onTablet->rev);
        QCOMPARE(onPhone->body.dump(), onTablet->body.dump());
        QCOMPARE(onPhone->body["lastName"].get<std::string>(), std::string("Weber-Lind"));
        QCOMPARE(onPhone->body["email"].get<std::string>(), std::string("jonas@example.org"));
        QVERIFY(phone.store->conflicts("contact-jonas")->empty());
        QVERIFY(tablet.store->conflicts("contact-jonas")->empty());
        QVERIFY(!Json::parse(serverGet("contact-jonas?conflicts=true")).contains("_conflicts"));
    }

    // Where customers are travels with the records: the tablet knows the customer's place and
    // that the phone's visit was on site, and answers "near me" with it. Two pins made apart
    // merge to one of them whole, the other kept for review: never one's latitude with the
    // other's longitude.
    void places_travelAndTwoPinsMergeWhole()
    {
        Device phone;
        Device tablet;
        const places::GeoPoint site {53.8660, 10.6840};
        std::string account;
        {
            auto editor = std::move(*merge::LocalEditor::open(*phone.store));
            account = *notebook::createAccount(*editor, "Fischer & Söhne");
            CHECK_OK(notebook::pinAccountPlace(*editor, account, site));
            notebook::VisitEntry visit;
            visit.accountId = account;
            visit.date = "2026-12-01";
            visit.position = notebook::VisitPosition {{53.8661, 10.6842}, 8};
            CHECK_OK(notebook::recordVisit(*editor, visit));
        }
        CHECK_OK(sync(phone));
        CHECK_OK(sync(tablet));
        NotebookQueries onTablet(*tablet.store);
        auto place = onTablet.accountPlace(account);
        CHECK_OK(place);
        QVERIFY(*place && (*place)->pinned && (*place)->place.latitude == site.latitude);
        QCOMPARE((*place)->visitsPlaced, 1);
        auto near = onTablet.accountsNear({53.87, 10.69}, "2026-12-07", 0, 5);
        CHECK_OK(near);
        QCOMPARE(near->size(), std::size_t {1});
        QCOMPARE(near->front().id, account);

        // Pinned again on both, apart; the tablet's later, on the phone's old latitude.
        {
            auto editor = std::move(*merge::LocalEditor::open(*phone.store));
            CHECK_OK(
                notebook::pinAccountPlace(*editor, account, places::GeoPoint {53.9000, 10.7000}));
        }
        QTest::qSleep(5); // the tablet's edit is the later one, by its clock
        {
            auto editor = std::move(*merge::LocalEditor::open(*tablet.store));
            CHECK_OK(
                notebook::pinAccountPlace(*editor, account, places::GeoPoint {53.8660, 10.7500}));
        }
        CHECK_OK(sync(phone));
        CHECK_OK(sync(tablet));
        CHECK_OK(sync(phone));
        const auto onPhone = phone.store->get(account)->body["place"];
        QVERIFY(onPhone == tablet.store->get(account)->body["place"]);
        QVERIFY2(onPhone == Json({{"latitude", 53.866}, {"longitude", 10.75}}),
                 onPhone.dump().c_str());
        auto conflicts = NotebookQueries(*phone.store).openConflicts(10);
        CHECK_OK(conflicts);
        QCOMPARE(conflicts->size(), std::size_t {1});
        QCOMPARE((*conflicts)[0].body.value("field", std::string()), std::string("place"));
    }

    // A conflict already on the server (two branches, written there by two other clients) reaches
    // the phone and the tablet, and each resolves it on its own: they write the same merged
    // revision and the same tombstone, so the server is left with one revision and no conflict.
    void twoDevicesResolvingTheSameConflictIndependently_writeTheSameRevisions()
    {
        http::Client client(server.signIn("anna", "anna-secret"));
        const auto branch = [](const char *rev, const char *parent, const char *town) {
            return Json {{"_id", "account-lind"},
                         {"_rev", std::string("2-") + rev},
                         {"_revisions", {{"start", 2}, {"ids", {rev, parent}}}},
                         {"type", "account"},
                         {"name", "Lind Garden Centre"},
                         {"town", town}};
        };
        const std::string database = replicator::userDatabaseUrl(server.url(), "anna");
        auto written = client.send(
            {"POST", database + "_bulk_docs",
             Json {{"new_edits", false},
                   {"docs",
                    {Json {{"_id", "account-lind"},
                           {"_rev", "1-aaa"},
                           {"type", "account"},
                           {"name", "Lind Garden Centre"},
                           {"town", "Bremen"}},
                     branch("bbb", "aaa", "Kassel"), branch("ccc", "aaa", "Leipzig")}}}
                 .dump()});
        CHECK_OK(written);
        QCOMPARE(written->status, 201L);

        // Both pull and resolve while their pushes cannot get through (the proxy refuses
        // _bulk_docs), so that neither sees the other's resolution first.
        FaultProxy noPush(static_cast<quint16>(QUrl(QString::fromStdString(server.url())).port()),
                          1);
        noPush.hideEndpoint("/_bulk_docs");
        const std::string viaProxy = replicator::userDatabaseUrl(
            "http://127.0.0.1:" + std::to_string(noPush.port()), "anna");
        Device phone;
        Device tablet;
        for (Device *device : {&phone, &tablet}) {
            http::Client deviceClient(server.signIn("anna", "anna-secret"));
            replicator::Replicator pullOnly(*device->store, deviceClient, viaProxy,
                                            rapport::notebook::afterPull(),
                                            [](std::chrono::milliseconds) {});
            QVERIFY(!pullOnly.syncOnce().ok()); // the push was refused
            QVERIFY(device->store->unresolvedDocuments()->empty());
        }
        const auto phoneLeaves = phone.store->getLeaves("account-lind");
        const auto tabletLeaves = tablet.store->getLeaves("account-lind");
        CHECK_OK(phoneLeaves);
        CHECK_OK(tabletLeaves);
        QCOMPARE(phoneLeaves->size(), std::size_t(2)); // the merge, and the loser closed
        QCOMPARE(phoneLeaves->size(), tabletLeaves->size());
        for (std::size_t i = 0; i < phoneLeaves->size(); ++i) {
            QCOMPARE((*phoneLeaves)[i].rev, (*tabletLeaves)[i].rev);
            QCOMPARE((*phoneLeaves)[i].body.dump(), (*tabletLeaves)[i].body.dump());
        }
        // Then both reach the server: the same revisions, so nothing new to resolve anywhere.
        for (int round = 0; round < 2; ++round) {
            for (Device *device : {&phone, &tablet}) {
                auto synced = sync(*device);
                CHECK_OK(synced);
                QCOMPARE(synced->resolved, std::int64_t(0));
            }
        }
        const auto onServer = Json::parse(serverGet("account-lind?conflicts=true"));
        QCOMPARE(onServer["_rev"].get<std::string>(), phone.store->get("account-lind")->rev);
        QVERIFY(!onServer.contains("_conflicts"));
    }

    // The same new person entered offline on both devices: two contacts, flagged as a likely
    // duplicate for the user on both, the same flag, and no conflict.
    void samePersonCreatedOnBothDevices_isFlaggedNotMerged()
    {
        Device phone;
        Device tablet;
        CHECK_OK(sync(phone));
        CHECK_OK(sync(tablet));
        phone.put(
            R"({"_id":"contact-phone-mara","type":"contact","firstName":"Mara","email":"mara@example.org"})");
        tablet.put(
            R"({"_id":"contact-tablet-mara","type":"contact","firstName":"Mara","lastName":"Kowalski","email":"Mara@example.org"})");
        CHECK_OK(sync(phone));
        auto tabletSync = sync(tablet);
        CHECK_OK(tabletSync);
        QCOMPARE(tabletSync->duplicatesFlagged, std::int64_t(1));
        CHECK_OK(sync(phone));
        const std::string flagId
            = R"(duplicate-)" + md5Hex("contact-phone-mara\ncontact-tablet-mara");
        const auto onPhone = phone.store->get(flagId);
        const auto onTablet = tablet.store->get(flagId);
        CHECK_OK(onPhone);
        CHECK_OK(onTablet);
        QCOMPARE(onPhone->rev, onTablet->rev);
        QVERIFY(onPhone->body["ids"] == Json({"contact-phone-mara", "contact-tablet-mara"}));
        CHECK_OK(phone.store->get("contact-phone-mara"));
        CHECK_OK(phone.store->get("contact-tablet-mara"));
    }

    void deletions_reachTheOtherDevice()
    {
        Device phone;
        Device tablet;
        CHECK_OK(sync(phone));
        CHECK_OK(sync(tablet));
        const auto rev = phone.store->get("visit-1")->rev;
        CHECK_OK(phone.store->remove("visit-1", rev));
        CHECK_OK(sync(phone));
        CHECK_OK(sync(tablet));
        QCOMPARE(tablet.store->get("visit-1").error().code, Errc::NotFound);
        QVERIFY(NotebookQueries(*tablet.store).search("new line", 5)->empty());
    }

    void refusedDocument_staysLocalWithTheReasonAndTheRestGoesOn()
    {
        Device phone;
        phone.put(R"({"_id":"scribble","firstName":"no type here"})");
        phone.put(R"({"_id":"account-hofmann","type":"account","name":"Hofmann Bakery"})");
        auto summary = sync(phone);
        CHECK_OK(summary);
        QCOMPARE(summary->rejected, std::int64_t(1));
        auto rejected = phone.store->rejections();
        CHECK_OK(rejected);
        QCOMPARE(rejected->size(), std::size_t(1));
        QCOMPARE(rejected->front().id, std::string("scribble"));
        QVERIFY(rejected->front().reason.find("type") != std::string::npos);
        CHECK_OK(phone.store->get("scribble")); // still here, nothing lost
        QVERIFY(serverGet("account-hofmann").find("Hofmann Bakery") != std::string::npos);
    }

    // A photo too heavy to go inline goes up in a multipart PUT, read from the store as it
    // goes, and reaches the second device byte for byte; a light one in the same sync goes
    // inline. Against CouchDB, a server whose size limit a file is over refuses that record
    // alone, in plain words naming the file, and it stays on the phone.
    void heavyAndLightFiles_travelWholeAndASizeLimitRefusesOneRecordInPlainWords()
    {
        const std::string heavy = [] {
            std::string bytes(12 << 20, '\0');
            for (std::size_t i = 0; i < bytes.size(); ++i)
                bytes[i] = static_cast<char>((i * 7919 + i / 4096) % 251);
            return bytes;
        }();
        const std::string light(20000, 'l');
        Device phone;
        auto card = Document::parse(
            R"({"_id":"contact-ines-files","type":"contact","firstName":"Ines"})");
        CHECK_OK(card);
        card->attachments.emplace("order.pdf", Attachment::ofBytes("application/pdf", heavy));
        CHECK_OK(phone.store->put(*card));
        auto note
            = Document::parse(R"({"_id":"contact-jon-files","type":"contact","firstName":"Jon"})");
        CHECK_OK(note);
        note->attachments.emplace("card.jpg", Attachment::ofBytes("image/jpeg", light));
        CHECK_OK(phone.store->put(*note));
        auto pushed = sync(phone);
        CHECK_OK(pushed);
        const auto refusals = phone.store->rejections();
        const std::string refusal
            = refusals->empty() ? std::string() : refusals->front().reason; // QVERIFY2 reads it
        QVERIFY2(pushed->rejected == 0, refusal.c_str());

        Device tablet;
        auto pulled = sync(tablet);
        CHECK_OK(pulled);
        QCOMPARE(pulled->attachmentsFetched, std::int64_t(2));
        for (const auto &[id, name, bytes] :
             {std::tuple {"contact-ines-files", "order.pdf", &heavy},
              std::tuple {"contact-jon-files", "card.jpg", &light}}) {
            auto doc = tablet.store->get(id);
            CHECK_OK(doc);
            const auto &attachment = doc->attachments.at(name);
            QCOMPARE(attachment.length, std::int64_t(bytes->size()));
            std::string read;
            CHECK_OK(tablet.store->readAttachment(attachment.digest, [&read](std::string_view c) {
                read.append(c);
                return Status {};
            }));
            QVERIFY(read == *bytes);
        }

        if (!server.isCouchDB())
            return; // PouchDB Server has no size limits to test
        http::Client admin(server.admin());
        const auto limit = server.url() + "_node/_local/_config/couchdb/max_attachment_size";
        auto set = admin.send(http::Request {"PUT", limit, "\"100000\""});
        CHECK_OK(set);
        QCOMPARE(set->status, 200L);
        auto big = Document::parse(R"({"_id":"visit-files-1","type":"visit","date":"2026-12-02"})");
        CHECK_OK(big);
        big->attachments.emplace("shelf.jpg",
                                 Attachment::ofBytes("image/jpeg", heavy.substr(0, 300000)));
        CHECK_OK(phone.store->put(*big));
        auto biggish
            = Document::parse(R"({"_id":"visit-files-2","type":"visit","date":"2026-12-02"})");
        CHECK_OK(biggish);
        biggish->attachments.emplace("board.jpg",
                                     Attachment::ofBytes("image/jpeg", std::string(60000, 'b')));
        CHECK_OK(phone.store->put(*biggish));
        phone.put(R"({"_id":"account-limits","type":"account","name":"Limits Bakery"})");
        auto limited = sync(phone);
        CHECK_OK(admin.send(http::Request {"DELETE", limit, {}}));
        CHECK_OK(limited);
        QCOMPARE(limited->rejected, std::int64_t(1));
        auto rejected = phone.store->rejections();
        CHECK_OK(rejected);
        QCOMPARE(rejected->size(), std::size_t(1));
        QCOMPARE(rejected->front().id, std::string("visit-files-1"));
        QVERIFY2(rejected->front().reason.find("\"shelf.jpg\" is larger than the server accepts")
                     != std::string::npos,
                 rejected->front().reason.c_str());
        QCOMPARE(phone.store->get("visit-files-1")->attachments.size(),
                 std::size_t(1)); // still here
        QVERIFY(serverGet("visit-files-2").find("board.jpg") != std::string::npos);
        QVERIFY(serverGet("account-limits").find("Limits Bakery") != std::string::npos);
    }

    // The tablet's storage is full when a photo arrives: the sync says so, the record is there
    // without its photo, nothing half-written is kept; with room again the next sync fetches it.
    void fullDiskDuringAPhotoDownload_failsClearlyAndTheNextSyncFetchesIt()
    {
        const std::string photo(2 << 20, 'p');
        Device phone;
        auto shelf = Document::parse(R"({"_id":"visit-shelf","type":"visit","date":"2026-12-02"})");
        CHECK_OK(shelf);
        shelf->attachments.emplace("shelf.jpg", Attachment::ofBytes("image/jpeg", photo));
        CHECK_OK(phone.store->put(*shelf));
        CHECK_OK(sync(phone));

        Device tablet;
        CHECK_OK(sync(tablet)); // everything else of the user's, so that what is left is the photo
        CHECK_OK(tablet.store->limitFileSize(tablet.store->stats()->fileBytes + 256 * 1024));
        auto fresh
            = Document::parse(R"({"_id":"visit-shelf-2","type":"visit","date":"2026-12-02"})");
        CHECK_OK(fresh);
        fresh->attachments.emplace("shelf-2.jpg", Attachment::ofBytes("image/jpeg", photo + "2"));
        CHECK_OK(phone.store->put(*fresh));
        CHECK_OK(sync(phone));
        auto full = sync(tablet);
        const bool told = !full || full->attachmentsFailed == 1;
        QVERIFY(told);
        if (!full)
            QCOMPARE(full.error().code, Errc::DiskFull);
        qInfo("with the disk full: %s",
              full ? "the photo reported failed" : "the sync stopped: disk full");
        auto arrived = tablet.store->get("visit-shelf-2");
        if (arrived) {
            const auto &digest = arrived->attachments.at("shelf-2.jpg").digest;
            QVERIFY(!*tablet.store->hasAttachmentBytes(digest));
        }
        CHECK_OK(tablet.store->limitFileSize(0));
        auto again = sync(tablet);
        CHECK_OK(again);
        const std::string fetched
            = tablet.store->get("visit-shelf-2")->attachments.at("shelf-2.jpg").digest;
        QVERIFY(*tablet.store->hasAttachmentBytes(fetched));
    }

    // A document on the server this device cannot keep (nested deeper than any record of a
    // person) is not passed by in silence: the sync says so, the rest arrives, the next sync
    // asks for it again, and once it is fixed on the server it arrives like any other.
    void documentTheStoreRefuses_isReportedAndAskedForAgain()
    {
        QVERIFY(server.addUser(QStringLiteral("vera"), QStringLiteral("vera-secret")));
        http::Client vera(server.signIn("vera", "vera-secret"));
        const std::string database = server.url() + ServerFixture::userDatabase("vera") + "/";
        // Deeper than the store keeps (64 levels), not so deep that the server's whole answer
        // is refused as hostile (80).
        std::string deep = "1";
        for (int i = 0; i < 70; ++i)
            deep = R"({"x":)" + deep + "}";
        auto put = vera.send({"PUT", database + "contact-deep",
                              R"({"type":"contact","firstName":"Deep","nested":)" + deep + "}"});
        QVERIFY(put && put->status == 201);
        const std::string rev = Json::parse(put->body)["rev"].get<std::string>();
        QVERIFY(vera.send({"PUT", database + "contact-plain", R"({"type":"contact"})"}).ok());

        Device phone;
        auto first = sync(phone, "vera", "vera-secret", "vera");
        CHECK_OK(first);
        QCOMPARE(first->refused, std::int64_t(1));
        QCOMPARE(first->problems.size(), std::size_t(1));
        QVERIFY(first->problems.front().find("contact-deep") != std::string::npos);
        CHECK_OK(phone.store->get("contact-plain"));
        auto second = sync(phone, "vera", "vera-secret", "vera");
        CHECK_OK(second);
        QCOMPARE(second->refused, std::int64_t(1)); // asked for again, not passed by

        QVERIFY(vera.send({"PUT", database + "contact-deep",
                           R"({"_rev":")" + rev + R"(","type":"contact","firstName":"Deep"})"})
                    .ok());
        auto third = sync(phone, "vera", "vera-secret", "vera");
        CHECK_OK(third);
        QCOMPARE(third->refused, std::int64_t(0));
        QVERIFY(third->problems.empty());
        QCOMPARE(phone.store->get("contact-deep")->body["firstName"].get<std::string>(),
                 std::string("Deep"));
    }

    // A server that keeps fewer revisions of a document than the phone (CouchDB's revs_limit,
    // here 5 against the phone's 1,000) gives the tablet a shortened history; an edit made on
    // the tablet still reaches the phone as a descendant of its own revision, not a conflict.
    void revsLimit_aServerKeepingFewerRevisions_stillTakesEditsAsDescendants()
    {
        QVERIFY(server.addUser(QStringLiteral("rita"), QStringLiteral("rita-secret")));
        http::Client admin(server.admin());
        auto limited = admin.send(
            {"PUT", server.url() + ServerFixture::userDatabase("rita") + "/_revs_limit", "5"});
        if (!limited || limited->status >= 300)
            QSKIP("this server does not let its revs_limit be set");
        Device phone;
        std::string rev = phone.put(R"({"_id":"contact-rita","type":"contact","visits":0})");
        for (int i = 1; i <= 12; ++i)
            rev = phone.put(R"({"_id":"contact-rita","_rev":")" + rev
                            + R"(","type":"contact","visits":)" + std::to_string(i) + "}");
        CHECK_OK(sync(phone, "rita", "rita-secret", "rita"));
        Device tablet;
        CHECK_OK(sync(tablet, "rita", "rita-secret", "rita"));
        const auto onTablet = tablet.store->get("contact-rita");
        CHECK_OK(onTablet);
        QCOMPARE(onTablet->rev, rev);
        QVERIFY(tablet.store->revisionHistory("contact-rita", rev)->size() <= 5);
        const auto edited = tablet.put(R"({"_id":"contact-rita","_rev":")" + rev
                                       + R"(","type":"contact","visits":13,"town":"Lübeck"})");
        CHECK_OK(sync(tablet, "rita", "rita-secret", "rita"));
        auto pulled = sync(phone, "rita", "rita-secret", "rita");
        CHECK_OK(pulled);
        QCOMPARE(pulled->resolved, std::int64_t(0));
        const auto onPhone = phone.store->get("contact-rita");
        QCOMPARE(onPhone->rev, edited);
        QCOMPARE(onPhone->body["visits"].get<int>(), 13);
        QVERIFY(phone.store->conflicts("contact-rita")->empty());
    }

    // A server address that lists several nodes: the first does not answer (nothing listens
    // there), so the sync goes to the next, and keeps going there.
    void serverAddressListingNodes_aNodeThatDoesNotAnswerIsPassedOver()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const std::string dead = "http://127.0.0.1:" + std::to_string(closed.serverPort()) + "/";
        closed.close();
        auto address = replicator::parseServerAddress(dead + ", " + server.url());
        CHECK_OK(address);
        Device phone;
        phone.put(R"({"_id":"contact-nodes","type":"contact","firstName":"Nora"})");
        CHECK_OK(sync(phone));
        Device laptop;
        http::Client client(replicator::signInOptions(*address, "anna", "anna-secret"));
        replicator::Replicator replicator(
            *laptop.store, client, replicator::userDatabaseUrl(address->first(), "anna"),
            rapport::notebook::afterPull(), [](std::chrono::milliseconds) {});
        auto summary = replicator.syncOnce();
        CHECK_OK(summary);
        QVERIFY(summary->pulled > 0);
        QCOMPARE(client.currentNode(), std::size_t(1));
        CHECK_OK(laptop.store->get("contact-nodes"));
        laptop.put(R"({"_id":"visit-from-the-laptop","type":"visit"})");
        auto again = replicator.syncOnce();
        CHECK_OK(again);
        QCOMPARE(again->pushed, std::int64_t(1));
        QVERIFY(serverGet("visit-from-the-laptop").find("visit") != std::string::npos);
    }

    void wrongPassword_andSomebodyElsesDatabase_stopWithAClearError()
    {
        Device phone;
        auto wrong = sync(phone, "anna", "not-her-password");
        QCOMPARE(wrong.error().code, Errc::Unauthorized);
        auto others = sync(phone, "bob", "bob-secret", "anna");
        QCOMPARE(others.error().code, Errc::Forbidden);
        QVERIFY(phone.store->get("contact-jonas").error().code
                == Errc::NotFound); // nothing of anna's
    }

    // Continuous mode: a change made on the server while this device waits on the changes feed
    // arrives without anybody asking for a sync, and a local edit goes up at the next round.
    void continuous_followsTheServersChanges()
    {
        Device tablet;
        std::atomic<bool> running {true};
        std::atomic<int> rounds {0};
        http::Client client(server.signIn("anna", "anna-secret"));
        replicator::Replicator replicator(*tablet.store, client,
                                          replicator::userDatabaseUrl(server.url(), "anna"),
                                          rapport::notebook::afterPull());
        auto following = std::async(std::launch::async, [&] {
            return replicator.syncContinuously([&] { return running.load(); },
                                               [&](const replicator::SyncSummary &) { ++rounds; },
                                               std::chrono::milliseconds(1000));
        });
        // Whatever a check below decides, the sync thread is told to stop before
        // `following` joins it.
        struct StopAtExit
        {
            std::atomic<bool> &running;
            ~StopAtExit() { running = false; }
        } stopAtExit {running};
        QTRY_VERIFY_WITH_TIMEOUT(rounds >= 1, 20000);
        const int before = rounds;
        Device phone;
        phone.put(R"({"_id":"note-live","type":"note","text":"written while the tablet waits"})");
        CHECK_OK(sync(phone));
        // Read through a second connection: the sync thread owns the first.
        auto reader = std::move(*notebook::openStore(tablet.path));
        QTRY_VERIFY_WITH_TIMEOUT(reader->get("note-live").ok(), 20000);
        // The round that pulled it is counted once its push is done too.
        QTRY_VERIFY_WITH_TIMEOUT(rounds > before, 20000);
        running = false;
        CHECK_OK(following.get());
    }

    void cli_syncPrintsASummary()
    {
        Device laptop;
        laptop.store.reset();
        QProcess cli;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("RAPPORT_PASSWORD"), QStringLiteral("anna-secret"));
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(RAPPORT_CLI),
                  {QStringLiteral("--db"), QString::fromStdString(laptop.path),
                   QStringLiteral("sync"), QStringLiteral("--server"),
                   QString::fromStdString(server.url()), QStringLiteral("--user"),
                   QStringLiteral("anna")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const auto summary = Json::parse(cli.readAllStandardOutput().toStdString(), nullptr, false);
        QVERIFY(summary.is_object());
        QVERIFY(summary["pulled"].get<int>() >= 2);

        environment.insert(QStringLiteral("RAPPORT_PASSWORD"), QStringLiteral("wrong"));
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(RAPPORT_CLI),
                  {QStringLiteral("--db"), QString::fromStdString(laptop.path),
                   QStringLiteral("sync"), QStringLiteral("--server"),
                   QString::fromStdString(server.url()), QStringLiteral("--user"),
                   QStringLiteral("anna")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY(cli.readAllStandardError().contains("unauthorized"));
    }
};

QTEST_GUILESS_MAIN(Replication)
#include "tst_replication.moc"
