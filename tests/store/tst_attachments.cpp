// Attachments in the store: described with each revision, bytes kept once per digest and freed
// when no kept revision names them, carried by every edit, refused when they do not match
// their digest, and merged by name when two devices changed one record.
#include "core/base64.h"
#include "core/md5.h"
#include "merge/conflict_resolver.h"
#include "merge/conflict_review.h"
#include "merge/local_editor.h"
#include "store_fixture.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <cstdio>
#include <fstream>

using namespace rapport;

namespace {

std::string bytesOf(Store &store, const std::string &digest)
{
    std::string bytes;
    auto read = store.readAttachment(digest, [&bytes](std::string_view chunk) {
        bytes.append(chunk);
        return Status {};
    });
    return read ? bytes : std::string("(not here)");
}

// Bytes that look like a photo to nobody but are one to the store: every value, NULs too.
std::string picture(int size, int seed)
{
    std::string bytes(static_cast<std::size_t>(size), '\0');
    for (int i = 0; i < size; ++i)
        bytes[static_cast<std::size_t>(i)] = static_cast<char>((i * 13 + seed) % 256);
    return bytes;
}

Document withPhoto(const std::string &id, const std::string &name, const std::string &bytes)
{
    Document doc = makeDocument(R"({"_id":")" + id + R"(","type":"contact","firstName":"Ines"})");
    doc.attachments.emplace(name, Attachment::ofBytes("image/jpeg", bytes));
    return doc;
}

// This process's peak resident memory in MiB since the last resetPeakMemory() (Linux).
double peakMemoryMiB()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.starts_with("VmHWM:"))
            return std::atof(line.c_str() + 6) / 1024.0;
    }
    return 0;
}

void resetPeakMemory()
{
    std::ofstream("/proc/self/clear_refs") << "5";
}

} // namespace

class AttachmentStore : public QObject
{
    Q_OBJECT

private slots:
    void inlineData_isKeptAndReadBack()
    {
        StoreFixture db;
        const std::string photo = picture(200000, 1);
        auto doc = Document::parse(R"({"_id":"c-1","type":"contact","_attachments":{"card.jpg":{)"
                                   R"("content_type":"image/jpeg","data":")"
                                   + base64Encoded(photo) + R"("}}})");
        CHECK_OK(doc);
        auto put = db.store->put(*doc);
        CHECK_OK(put);
        auto stored = db.store->get("c-1");
        CHECK_OK(stored);
        const Attachment &card = stored->attachments.at("card.jpg");
        QCOMPARE(card.contentType, std::string("image/jpeg"));
        QCOMPARE(card.length, std::int64_t(photo.size()));
        QCOMPARE(card.revpos, std::int64_t(1));
        QCOMPARE(card.digest, AttachmentDigest::of(photo));
        QVERIFY(!card.data); // described, the bytes are in the store
        QVERIFY(bytesOf(*db.store, card.digest) == photo);
        // As CouchDB shows it: a stub, and no underscore member in the body the app reads.
        const Json json = stored->toJson();
        QVERIFY(json["_attachments"]["card.jpg"]["stub"] == true);
        QVERIFY(!stored->body.contains("_attachments"));
        // Reopened, all still there.
        db.reopen();
        QVERIFY(bytesOf(*db.store, db.store->get("c-1")->attachments.at("card.jpg").digest)
                == photo);
    }

    void anEdit_keepsTheAttachmentAndItsDate()
    {
        StoreFixture db;
        const std::string photo = picture(5000, 2);
        CHECK_OK(db.store->put(withPhoto("c-1", "card.jpg", photo)));
        auto doc = db.store->get("c-1");
        doc->body["notes"] = "met at the fair";
        auto edited = db.store->put(*doc);
        CHECK_OK(edited);
        QVERIFY(edited->rev.starts_with("2-"));
        auto now = db.store->get("c-1");
        QCOMPARE(now->attachments.at("card.jpg").revpos, std::int64_t(1));
        QVERIFY(bytesOf(*db.store, now->attachments.at("card.jpg").digest) == photo);
        // Removing it is an edit too: the bytes go with the last revision that named them.
        now->attachments.clear();
        CHECK_OK(db.store->put(*now));
        QCOMPARE(db.store->stats()->attachments, std::int64_t(0));
    }

    void oneCopy_perDigest_freedWhenNoRevisionNamesIt()
    {
        StoreFixture db;
        const std::string photo = picture(100000, 3);
        auto first = db.store->put(withPhoto("c-1", "card.jpg", photo));
        auto second = db.store->put(withPhoto("c-2", "same-card.jpg", photo));
        CHECK_OK(first);
        CHECK_OK(second);
        auto stats = db.store->stats();
        QCOMPARE(stats->attachments, std::int64_t(1));
        QCOMPARE(stats->attachmentBytes, std::int64_t(photo.size()));
        CHECK_OK(db.store->remove("c-1", first->rev));
        QCOMPARE(db.store->stats()->attachments, std::int64_t(1)); // c-2 still names it
        CHECK_OK(db.store->remove("c-2", second->rev));
        QCOMPARE(db.store->stats()->attachments, std::int64_t(0));
        QCOMPARE(db.store->stats()->attachmentBytes, std::int64_t(0));
    }

    void badAttachments_areRefusedAndNothingIsStored()
    {
        StoreFixture db;
        const auto refused = [](const std::string &attachment) {
            auto doc = Document::parse(R"({"_id":"c-1","_attachments":{"a":)" + attachment + "}}");
            return !doc ? doc.error().message : std::string();
        };
        QVERIFY(refused(R"({"data":"not base64!"})").find("not base64") != std::string::npos);
        QVERIFY(refused(R"({"data":"aGVsbG8=","digest":"md5-AAAAAAAAAAAAAAAAAAAAAA=="})")
                    .find("does not match")
                != std::string::npos);
        QVERIFY(refused(R"({"stub":true})").find("digest") != std::string::npos);
        QVERIFY(refused(R"({"content_type":"text/plain"})").find("neither") != std::string::npos);
        QVERIFY(!refused(R"({"data":"aGVsbG8=","digest":"md5-XUFAKrxLKna5cZ2REBfFkg=="})").size());
        QCOMPARE(db.store->stats()->attachments, std::int64_t(0));
    }

    // Two devices changed one person offline: one added a photo of the shelf, the other
    // replaced the business card. The merge keeps both changes; when both replaced the same
    // card, the later one wins and the other is kept by a conflict document, bytes and all.
    void merge_byName()
    {
        StoreFixture db;
        const std::string card = picture(3000, 4);
        const std::string shelf = picture(4000, 5);
        const std::string newCard = picture(3500, 6);
        const std::string otherCard = picture(3600, 7);
        auto base = db.store->put(withPhoto("c-1", "card.jpg", card));
        CHECK_OK(base);
        CHECK_OK(db.store->setBaseRevision("c-1", base->rev));
        auto original = db.store->get("c-1");

        // Device A (here): adds the shelf.
        Document mine = *original;
        mine.attachments.emplace("shelf.jpg", Attachment::ofBytes("image/jpeg", shelf));
        CHECK_OK(db.store->put(mine));
        // Device B (a branch from the same parent, as a pull stores it): replaces the card.
        Document theirs = *original;
        theirs.attachments["card.jpg"] = Attachment::ofBytes("image/jpeg", newCard);
        theirs.attachments["card.jpg"].revpos = 2;
        theirs.rev = "2-" + md5Hex("device b");
        CHECK_OK(db.store->insertWithHistory(theirs, {theirs.rev, base->rev}));

        CHECK_OK(merge::resolveConflict(*db.store, "c-1"));
        auto merged = db.store->get("c-1");
        QVERIFY(db.store->conflicts("c-1")->empty());
        QCOMPARE(merged->attachments.size(), std::size_t(2));
        QVERIFY(bytesOf(*db.store, merged->attachments.at("card.jpg").digest) == newCard);
        QVERIFY(bytesOf(*db.store, merged->attachments.at("shelf.jpg").digest) == shelf);

        // Both change the card again, each its own way: B's change is the later one.
        Document a = *merged;
        a.attachments["card.jpg"] = Attachment::ofBytes("image/jpeg", otherCard);
        auto aRev = db.store->put(a);
        CHECK_OK(aRev);
        Document b = *merged;
        b.attachments["card.jpg"] = Attachment::ofBytes("image/jpeg", card);
        b.attachments["card.jpg"].revpos = 9;
        b.rev = "4-" + md5Hex("device b again");
        CHECK_OK(db.store->insertWithHistory(b, {b.rev, merged->rev}));
        auto resolved = merge::resolveConflict(*db.store, "c-1");
        CHECK_OK(resolved);
        auto after = db.store->get("c-1");
        QVERIFY(bytesOf(*db.store, after->attachments.at("card.jpg").digest) == card);
        // The card that lost is kept, with its bytes, for the person to restore.
        bool kept = false;
        std::string conflictId;
        auto listed = db.store->forEachDocument([&](const Document &doc) {
            if (doc.type() == "conflict" && doc.body.value("kind", "") == "attachment") {
                conflictId = doc.id;
                kept = doc.attachments.contains("card.jpg")
                    && doc.attachments.at("card.jpg").digest == AttachmentDigest::of(otherCard);
            }
        });
        CHECK_OK(listed);
        QVERIFY(kept);
        QVERIFY(bytesOf(*db.store, AttachmentDigest::of(otherCard)) == otherCard);

        // Restored: the record shows the card that had lost, and the conflict lets go of it.
        auto editor = merge::LocalEditor::open(*db.store);
        CHECK_OK(editor);
        CHECK_OK(merge::restoreConflict(**editor, conflictId));
        auto restored = db.store->get("c-1");
        QVERIFY(bytesOf(*db.store, restored->attachments.at("card.jpg").digest) == otherCard);
        QVERIFY(db.store->get(conflictId)->attachments.empty());
        QVERIFY(bytesOf(*db.store, AttachmentDigest::of(otherCard)) == otherCard);
    }

    // A phone that pulls a colleague's 48 MB video must not need 48 MB of memory for it, let
    // alone several times that: the bytes go from the download's file into the database in
    // bounded chunks.
    void arrivingBytes_areKeptInBoundedMemory()
    {
        StoreFixture db;
        const std::int64_t length = std::int64_t {48} << 20;
        const std::string digest = "md5-" + std::string(22, 'A') + "==";
        Document pulled = makeDocument(R"({"_id":"visit-1","type":"visit"})");
        pulled.rev = "1-" + md5Hex("from the tablet");
        Attachment video;
        video.contentType = "video/mp4";
        video.digest = digest;
        video.length = length;
        video.revpos = 1;
        pulled.attachments.emplace("stand.mp4", video);
        CHECK_OK(db.store->insertWithHistory(pulled, {pulled.rev}));
        QVERIFY(!*db.store->hasAttachmentBytes(digest));

        const std::unique_ptr<std::FILE, int (*)(std::FILE *)> file(std::tmpfile(), &std::fclose);
        QVERIFY(file);
        const std::string chunk = picture(1 << 20, 8);
        for (std::int64_t at = 0; at < length; at += static_cast<std::int64_t>(chunk.size()))
            QCOMPARE(std::fwrite(chunk.data(), 1, chunk.size(), file.get()), chunk.size());
        QCOMPARE(std::fflush(file.get()), 0);

        resetPeakMemory();
        const double before = peakMemoryMiB();
        CHECK_OK(db.store->keepAttachmentBytes(digest, file.get(), length));
        const double grown = peakMemoryMiB() - before;
        QVERIFY2(grown < 16,
                 qPrintable(
                     QStringLiteral("keeping 48 MB took %1 MB more memory").arg(grown, 0, 'f', 1)));
        QVERIFY(*db.store->hasAttachmentBytes(digest));
        QCOMPARE(db.store->stats()->attachmentBytes, length);
    }

    // A video of the stand attached from its file goes into the notebook a chunk at a time:
    // taking its digest and keeping it each cost far less memory than the video.
    void aFileAttached_isStreamedIn_inBoundedMemory()
    {
        StoreFixture db;
        const std::int64_t length = std::int64_t {48} << 20;
        const auto path = db.dir.filePath("stand.mp4").toStdString();
        {
            std::ofstream out(path, std::ios::binary);
            const std::string chunk = picture(1 << 20, 11);
            for (std::int64_t at = 0; at < length; at += static_cast<std::int64_t>(chunk.size()))
                out.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
            QVERIFY(out.good());
        }
        resetPeakMemory();
        const double before = peakMemoryMiB();
        auto video = Attachment::ofFile("video/mp4", path);
        CHECK_OK(video);
        QCOMPARE(video->length, length);
        Document visit = makeDocument(R"({"_id":"visit-1","type":"visit"})");
        visit.attachments.emplace("stand.mp4", *video);
        CHECK_OK(db.store->put(visit));
        const double grown = peakMemoryMiB() - before;
        QVERIFY2(
            grown < 16,
            qPrintable(
                QStringLiteral("attaching 48 MB took %1 MB more memory").arg(grown, 0, 'f', 1)));
        const auto kept = db.store->get("visit-1")->attachments.at("stand.mp4");
        QCOMPARE(kept.digest, video->digest);
        QCOMPARE(kept.revpos, std::int64_t {1});
        QCOMPARE(db.store->stats()->attachmentBytes, length);
        std::ifstream in(path, std::ios::binary);
        const std::string original((std::istreambuf_iterator<char>(in)), {});
        QVERIFY(bytesOf(*db.store, kept.digest) == original);
    }

    // A file changed between being chosen and the record being saved would be kept under a
    // digest that is not its own: the save is refused and nothing of it is kept.
    void aFileChangedBeforeTheSave_isRefused_andNothingKept()
    {
        StoreFixture db;
        const auto path = db.dir.filePath("card.jpg").toStdString();
        std::ofstream(path, std::ios::binary) << picture(200000, 12);
        auto card = Attachment::ofFile("image/jpeg", path);
        CHECK_OK(card);
        std::ofstream(path, std::ios::binary) << picture(200000, 13); // same length, other bytes
        CHECK_OK(db.store->put(makeDocument(R"({"_id":"c-1","type":"contact"})")));
        Document person = *db.store->get("c-1");
        person.attachments.emplace("card.jpg", *card);
        auto saved = db.store->put(person);
        QVERIFY(!saved);
        QVERIFY(saved.error().message.find("changed") != std::string::npos);
        QVERIFY(db.store->get("c-1")->attachments.empty());
        QCOMPARE(db.store->stats()->attachments, std::int64_t {0});

        std::ofstream(path, std::ios::binary | std::ios::app) << "longer";
        person.attachments["card.jpg"] = *Attachment::ofFile("image/jpeg", path);
        std::ofstream(path, std::ios::binary | std::ios::app) << "and longer still";
        QVERIFY(!db.store->put(person));
        QCOMPARE(db.store->stats()->attachments, std::int64_t {0});
    }

    // A thumbnail or an upload reads a photo while the sync writes: the read takes a snapshot,
    // never the write lock, so neither waits for the other.
    void readingAPhoto_whileAnotherConnectionWrites_neitherWaits()
    {
        StoreFixture db;
        const std::string photo = picture(300000, 9);
        CHECK_OK(db.store->put(withPhoto("c-1", "card.jpg", photo)));
        const auto digest = db.store->get("c-1")->attachments.at("card.jpg").digest;
        auto reader = db.open();
        QElapsedTimer waited;
        std::string read;
        auto written = db.store->writeBatch([&]() -> Status {
            if (auto put = db.store->put(withPhoto("c-2", "other.jpg", picture(1000, 10))); !put)
                return put.error();
            waited.start();
            read = bytesOf(*reader, digest);
            return {};
        });
        CHECK_OK(written);
        QVERIFY(read == photo);
        QVERIFY2(waited.elapsed() < 1000, "the read waited for the writer's lock");
    }

    // Deleting the records that held 4 MB of photos, then compacting, gives the 4 MB back to
    // the phone; the records that stay keep their photos.
    void deletedPhotos_leaveRoomThatCompactingGivesBack()
    {
        StoreFixture db;
        std::vector<std::string> revs;
        for (int i = 0; i < 4; ++i) {
            auto put = db.store->put(
                withPhoto("c-" + std::to_string(i), "shelf.jpg", picture(1 << 20, 20 + i)));
            CHECK_OK(put);
            revs.push_back(put->rev);
        }
        CHECK_OK(db.store->put(withPhoto("c-kept", "card.jpg", picture(50000, 30))));
        const auto full = db.store->stats();
        QVERIFY(full->fileBytes > 4 << 20);
        for (int i = 0; i < 4; ++i)
            CHECK_OK(db.store->remove("c-" + std::to_string(i), revs[static_cast<std::size_t>(i)]));
        const auto deleted = db.store->stats();
        QCOMPARE(deleted->attachments, std::int64_t {1});
        QVERIFY2(deleted->freeBytes >= 4 << 20, "the deleted photos' room is not free");
        QCOMPARE(deleted->fileBytes, full->fileBytes); // SQLite keeps it for reuse

        auto freed = db.store->compact();
        CHECK_OK(freed);
        QVERIFY2(*freed >= 4 << 20, qPrintable(QString::number(*freed)));
        const auto compacted = db.store->stats();
        QVERIFY(compacted->fileBytes <= full->fileBytes - (4 << 20));
        QVERIFY(compacted->freeBytes < 64 * 1024);
        QFileInfo file(QString::fromStdString(db.path));
        QCOMPARE(file.size(), compacted->fileBytes); // the file itself, not only its pages
        QVERIFY(bytesOf(*db.store, db.store->get("c-kept")->attachments.at("card.jpg").digest)
                == picture(50000, 30));
    }
};

QTEST_GUILESS_MAIN(AttachmentStore)
#include "tst_attachments.moc"
