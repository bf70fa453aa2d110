// A record's photos and files behind the pages: adding one from a file (its name kept, made
// unique), removing it, plain words when a file cannot be added; photos taken during a visit,
// kept in its draft until it is saved; and the pictures made small off the UI thread, once: a
// second look comes from the cache.
#include "app/attachment_images.h"
#include "app/database_session.h"
#include "app/translations.h"
#include "controllers/camera_roll.h"
#include "controllers/notebook_export.h"
#include "controllers/record_files.h"
#include "controllers/visit_recorder.h"
#include "models/account_people_model.h"
#include "store/store.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QQuickImageResponse>
#include <QQuickTextureFactory>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class RecordFilesTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString picture(const QString &name, int width, int height)
    {
        QImage image(width, height, QImage::Format_RGB32);
        image.fill(QColor(0x20, 0x60, 0xc0));
        const QString path = m_dir.filePath(name);
        if (!image.save(path))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // A person in a fresh notebook, through the session as the app saves one.
    static QString addPerson(DatabaseSession &session)
    {
        auto doc = rapport::Document::parse(
            R"({"_id":"contact-ines","type":"contact","firstName":"Ines","lastName":"Roth"})");
        if (!doc || !session.save(*doc))
            qFatal("cannot save the person");
        return QStringLiteral("contact-ines");
    }

    // What the provider answers for `source`, asked for at `size`: the image, or its error.
    static std::pair<QImage, QString> ask(AttachmentImages &provider, const QString &source,
                                          QSize size)
    {
        const QString id = source.mid(QStringLiteral("image://attachment/").size());
        std::unique_ptr<QQuickImageResponse> response(provider.requestImageResponse(id, size));
        QSignalSpy finished(response.get(), &QQuickImageResponse::finished);
        if (!finished.wait(10000))
            return {QImage(), QStringLiteral("no answer")};
        std::unique_ptr<QQuickTextureFactory> texture(response->textureFactory());
        return {texture ? texture->image() : QImage(), response->errorString()};
    }

private slots:
    void initTestCase()
    {
        Translations::applyLanguage(QStringLiteral("en")); // the English the tests read
        QStandardPaths::setTestModeEnabled(true); // the copies to open
    }

    void aPhoto_isAddedUnderItsName_aSecondOneOfThatNameToo_andRemoved()
    {
        DatabaseSession session(m_dir.filePath(QStringLiteral("files.sqlite")));
        RecordFiles files;
        files.setSession(&session);
        files.setDocumentId(addPerson(session));
        QVERIFY(files.files().isEmpty());

        const QString shelf = picture(QStringLiteral("shelf.png"), 640, 480);
        QVERIFY(files.attach(QUrl::fromLocalFile(shelf)));
        QCOMPARE(files.files().size(), 1);
        const auto first = files.files().first().toMap();
        QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("shelf.png"));
        QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("image/png"));
        QVERIFY(first.value(QStringLiteral("picture")).toBool());
        QVERIFY(first.value(QStringLiteral("here")).toBool());
        QCOMPARE(files.pictureCount(), 1);
        // It is the record's: in the notebook, byte for byte, and an edit to sync.
        auto stored = session.store()->get("contact-ines");
        QVERIFY(stored && stored->attachments.contains("shelf.png"));
        QFile original(shelf);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(stored->attachments.at("shelf.png").length, original.size());
        // A copy for another app to open holds the same bytes.
        const QUrl copy = files.openable(QStringLiteral("shelf.png"));
        QVERIFY2(copy.isLocalFile(), qPrintable(files.error()));
        QCOMPARE(QFileInfo(copy.toLocalFile()).fileName(), QStringLiteral("shelf.png"));
        QFile copied(copy.toLocalFile());
        QVERIFY(copied.open(QIODevice::ReadOnly));
        QVERIFY(copied.readAll() == original.readAll());

        // Another picture of the shelf, from another day, with the same file name.
        QVERIFY(files.attach(QUrl::fromLocalFile(picture(QStringLiteral("shelf.png"), 320, 200))));
        QCOMPARE(files.files().size(), 2); // by name
        QCOMPARE(files.files().at(0).toMap().value(QStringLiteral("name")).toString(),
                 QStringLiteral("shelf (2).png"));

        QVERIFY(files.remove(QStringLiteral("shelf.png")));
        QCOMPARE(files.files().size(), 1);
        QVERIFY(!session.store()->get("contact-ines")->attachments.contains("shelf.png"));
    }

    void aFileThatCannotBeAdded_saysWhy_andChangesNothing()
    {
        DatabaseSession session(m_dir.filePath(QStringLiteral("refusals.sqlite")));
        RecordFiles files;
        files.setSession(&session);
        QVERIFY(!files.attach(QUrl::fromLocalFile(picture(QStringLiteral("a.png"), 10, 10))));
        QVERIFY(files.error().contains(QStringLiteral("Save the record first")));

        files.setDocumentId(addPerson(session));
        QVERIFY(!files.attach(QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("gone.jpg")))));
        QCOMPARE(files.error(), QStringLiteral("“gone.jpg” could not be read."));
        QVERIFY(files.files().isEmpty());
        QVERIFY(session.store()->get("contact-ines")->attachments.empty());
    }

    void aVisitsPhotos_waitInItsDraft_andAreKeptWithTheVisitWhenItIsSaved()
    {
        const QString notebook = m_dir.filePath(QStringLiteral("visit.sqlite"));
        const QString shelf = picture(QStringLiteral("shelf.png"), 400, 300);
        const QString whiteboard = picture(QStringLiteral("whiteboard.png"), 300, 200);
        {
            DatabaseSession session(notebook);
            auto account = rapport::Document::parse(
                R"({"_id":"account-berg","type":"account","name":"Berg Bakery"})");
            QVERIFY(session.save(*account));
            VisitRecorder recorder;
            recorder.setSession(&session);
            recorder.setAccountId(QStringLiteral("account-berg"));
            QVERIFY(recorder.addFile(QUrl::fromLocalFile(shelf)));
            QVERIFY(recorder.addFile(QUrl::fromLocalFile(whiteboard)));
            QVERIFY(
                !recorder.addFile(QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("x.png")))));
            QCOMPARE(recorder.files().size(), 2);
        }
        // The app was closed before the visit was saved: the photos are still in the draft.
        DatabaseSession session(notebook);
        VisitRecorder recorder;
        recorder.setSession(&session);
        QVERIFY(recorder.resumed());
        QCOMPARE(recorder.files().size(), 2);
        QCOMPARE(recorder.files().at(0).toMap().value(QStringLiteral("name")).toString(),
                 QStringLiteral("shelf.png"));

        // A photo deleted from the device meanwhile: the visit is not saved without it unasked.
        QVERIFY(QFile::remove(whiteboard));
        QVERIFY(!recorder.finish());
        QVERIFY2(recorder.error().contains(QStringLiteral("“whiteboard.png” is gone")),
                 qPrintable(recorder.error()));
        QVERIFY(recorder.resumed()); // the draft is kept
        recorder.removeFile(1);

        QSignalSpy finished(&recorder, &VisitRecorder::finished);
        QVERIFY2(recorder.finish(), qPrintable(recorder.error()));
        const auto visitId = finished.at(0).at(0).toString().toStdString();
        auto visit = session.store()->get(visitId);
        QVERIFY(visit.ok());
        QCOMPARE(visit->attachments.size(), std::size_t {1});
        QCOMPARE(visit->attachments.at("shelf.png").contentType, std::string("image/png"));
        QCOMPARE(visit->attachments.at("shelf.png").length, QFileInfo(shelf).size());
        QVERIFY(recorder.files().isEmpty()); // the next visit starts without them
    }

    // Photos the camera took for a visit stay in the camera folder while the draft names them,
    // and leave it once the visit holds them; one taken for a draft that is discarded goes too.
    void aVisitsCameraPhotos_leaveTheCameraFolder_onceSavedOrDiscarded()
    {
        DatabaseSession session(m_dir.filePath(QStringLiteral("camera.sqlite")));
        auto account = rapport::Document::parse(
            R"({"_id":"account-berg","type":"account","name":"Berg Bakery"})");
        QVERIFY(session.save(*account));
        const auto taken = [] {
            const QString path = CameraRoll::newPhotoPath();
            QImage photo(640, 480, QImage::Format_RGB32);
            photo.fill(Qt::darkGreen);
            return photo.save(path) ? path : QString();
        };
        const QString shelf = taken(), other = taken(),
                      order = picture(QStringLiteral("order.png"), 200, 100);
        QVERIFY(CameraRoll::isCameraPhoto(shelf) && !CameraRoll::isCameraPhoto(order));
        VisitRecorder recorder;
        recorder.setSession(&session);
        recorder.setAccountId(QStringLiteral("account-berg"));
        QVERIFY(recorder.addFile(QUrl::fromLocalFile(shelf)));
        QVERIFY(recorder.addFile(QUrl::fromLocalFile(other)));
        QVERIFY(recorder.addFile(QUrl::fromLocalFile(order)));
        recorder.removeFile(1); // taken again
        QVERIFY(!QFileInfo::exists(other));
        QVERIFY(QFileInfo::exists(shelf));

        QSignalSpy finished(&recorder, &VisitRecorder::finished);
        QVERIFY2(recorder.finish(), qPrintable(recorder.error()));
        const auto visit = session.store()->get(finished.at(0).at(0).toString().toStdString());
        QCOMPARE(visit->attachments.size(), std::size_t {2});
        QVERIFY(!QFileInfo::exists(shelf));
        QVERIFY(QFileInfo::exists(order)); // the user's own file is never touched

        const QString unwanted = taken();
        recorder.setAccountId(QStringLiteral("account-berg"));
        QVERIFY(recorder.addFile(QUrl::fromLocalFile(unwanted)));
        recorder.discard();
        QVERIFY(!QFileInfo::exists(unwanted));
    }

    void aPersonsPhoto_showsBesideTheirNameInTheCustomersPeople()
    {
        DatabaseSession session(m_dir.filePath(QStringLiteral("people.sqlite")));
        for (
            const char *json :
            {R"({"_id":"account-berg","type":"account","name":"Berg Bakery"})",
             R"({"_id":"contact-ines","type":"contact","firstName":"Ines","accountId":"account-berg"})"})
            QVERIFY(session.save(*rapport::Document::parse(json)));
        AccountPeopleModel people;
        people.setSession(&session);
        people.setAccountId(QStringLiteral("account-berg"));
        const auto picture = [&people] {
            return people.data(people.index(0), people.roleNames().key("picture")).toString();
        };
        QCOMPARE(people.rowCount(), 1);
        QCOMPARE(picture(), QString());
        RecordFiles files;
        files.setSession(&session);
        files.setDocumentId(QStringLiteral("contact-ines"));
        // A PDF is no picture to show.
        const QString order = m_dir.filePath(QStringLiteral("order.pdf"));
        {
            QFile out(order);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("%PDF-1.4\n%%EOF\n");
        }
        QVERIFY(files.attach(QUrl::fromLocalFile(order)));
        QTRY_COMPARE(picture(), QString());
        QVERIFY(
            files.attach(QUrl::fromLocalFile(this->picture(QStringLiteral("ines.png"), 60, 80))));
        QTRY_VERIFY(picture().startsWith(QStringLiteral("image://attachment/md5-")));
    }

    // A video of the stand removed: Your data offers its room back, and gives it.
    void aRemovedFilesRoom_isGivenBackFromYourData()
    {
        DatabaseSession session(m_dir.filePath(QStringLiteral("room.sqlite")));
        RecordFiles files;
        files.setSession(&session);
        files.setDocumentId(addPerson(session));
        const QString video = m_dir.filePath(QStringLiteral("stand.mp4"));
        {
            QFile out(video);
            QVERIFY(out.open(QIODevice::WriteOnly));
            std::uint32_t state = 2026;
            QByteArray bytes(3 << 20, Qt::Uninitialized);
            for (auto &byte : bytes) {
                state = state * 1664525u + 1013904223u; // no compression shrinks it
                byte = static_cast<char>(state >> 24);
            }
            out.write(bytes);
        }
        QVERIFY(files.attach(QUrl::fromLocalFile(video)));
        NotebookExport exporter;
        exporter.setProperty("session", QVariant::fromValue(&session));
        QCOMPARE(exporter.unusedRoom(), QString());
        QVERIFY(files.remove(QStringLiteral("stand.mp4")));
        QVERIFY2(exporter.unusedRoom().contains(QStringLiteral("unused")),
                 qPrintable(exporter.unusedRoom()));
        const auto before = QFileInfo(session.path()).size();

        exporter.giveBackRoom();
        QVERIFY(exporter.busy());
        QTRY_VERIFY_WITH_TIMEOUT(!exporter.busy(), 20000);
        QVERIFY2(exporter.roomGivenBack().contains(QStringLiteral("given back")),
                 qPrintable(exporter.roomGivenBack()));
        QCOMPARE(exporter.unusedRoom(), QString());
        QVERIFY(QFileInfo(session.path()).size() < before - (2 << 20));
        // The notebook goes on as before on the app's own connection.
        QCOMPARE(session.store()->get("contact-ines")->body.value("firstName", ""),
                 std::string("Ines"));
    }

    void pictures_areMadeAtTheSizeAsked_onceThenFromTheCache()
    {
        const QString notebook = m_dir.filePath(QStringLiteral("pictures.sqlite"));
        QString source;
        {
            DatabaseSession session(notebook);
            RecordFiles files;
            files.setSession(&session);
            files.setDocumentId(addPerson(session));
            QVERIFY(
                files.attach(QUrl::fromLocalFile(picture(QStringLiteral("card.png"), 1200, 800))));
            source = files.files().first().toMap().value(QStringLiteral("source")).toString();
        }
        QTemporaryDir cache;
        AttachmentImages provider(cache.path());

        auto [thumbnail, error] = ask(provider, source, QSize(208, 208));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(thumbnail.size(), QSize(208, 138)); // its shape kept, within what was asked
        // The page's "&side=N" when it sets no sourceSize; never larger than the picture.
        auto [full, fullError] = ask(provider, source + QStringLiteral("&side=2048"), QSize());
        QVERIFY2(fullError.isEmpty(), qPrintable(fullError));
        QCOMPARE(full.size(), QSize(1200, 800));
        QCOMPARE(QDir(cache.path()).entryList(QDir::Files).size(), 2);

        // Made once: what is asked again is what the cache holds (here painted red to tell).
        const auto cached = QDir(cache.path()).entryInfoList({QStringLiteral("*-208x208")});
        QCOMPARE(cached.size(), 1);
        QImage red(208, 138, QImage::Format_RGB32);
        red.fill(Qt::red);
        QVERIFY(red.save(cached.first().filePath(), "PNG"));
        auto [again, againError] = ask(provider, source, QSize(208, 208));
        QVERIFY2(againError.isEmpty(), qPrintable(againError));
        QCOMPARE(again.pixelColor(10, 10), QColor(Qt::red));

        // A picture the notebook does not have: an error, not a blank.
        const QString unknown
            = QStringLiteral("image://attachment/md5-AAAAAAAAAAAAAAAAAAAAAA%3D%3D?")
            + source.section(QLatin1Char('?'), 1);
        auto [none, noneError] = ask(provider, unknown, QSize(100, 100));
        QVERIFY(none.isNull());
        QVERIFY2(noneError.contains(QStringLiteral("not on this device")), qPrintable(noneError));
    }
};

QTEST_MAIN(RecordFilesTest)
#include "tst_record_files.moc"
