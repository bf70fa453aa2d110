// rapport-cli drives the store without the UI: JSON in, JSON out, clear errors, exit codes.
#include "merge/conflict_resolver.h"
#include "merge/hybrid_clock.h"
#include "notebook/notebook_index.h"
#include "store/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

class Cli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("cli.sqlite"));

    struct Run
    {
        int exitCode;
        QJsonObject out;
        QJsonObject err;
        QByteArray rawOut;
    };

    // The key store the CLI uses: a file in this test's folder, not the person's keychain.
    QString keyStoreHome = dir.filePath(QStringLiteral("data"));

    Run run(const QStringList &args, const QByteArray &input = {})
    {
        QProcess cli;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), keyStoreHome);
        environment.insert(QStringLiteral("RAPPORT_CREDENTIALS"), QStringLiteral("file"));
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(RAPPORT_CLI), QStringList {QStringLiteral("--db"), db} + args);
        cli.write(input);
        cli.closeWriteChannel();
        cli.waitForFinished();
        const auto out = cli.readAllStandardOutput();
        return {cli.exitCode(), QJsonDocument::fromJson(out).object(),
                QJsonDocument::fromJson(cli.readAllStandardError()).object(), out};
    }

private slots:
    // `encrypt`: the notebook encrypted in place, its key in the key store; every command then
    // opens it with that key, `rekey` gives it a new one, and a device without the key is
    // refused in words.
    void encrypt_thenEveryCommandOpensItWithTheKey_andRekey()
    {
        const QString plain = db;
        db = dir.filePath(QStringLiteral("encrypted.sqlite"));
        QCOMPARE(run({QStringLiteral("put")},
                     R"({"_id":"c-1","type":"contact","firstName":"Mara","notes":"baseball"})")
                     .exitCode,
                 0);
        auto encrypted = run({QStringLiteral("encrypt")});
        QCOMPARE(encrypted.exitCode, 0);
        QCOMPARE(encrypted.out.value(QStringLiteral("encrypted_now")).toBool(), true);
        QCOMPARE(encrypted.out.value(QStringLiteral("key_kept_in")).toString(),
                 QStringLiteral("file"));
        QFile file(db);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("baseball"));
        QCOMPARE(run({QStringLiteral("get"), QStringLiteral("c-1")})
                     .out.value(QStringLiteral("notes"))
                     .toString(),
                 QStringLiteral("baseball"));
        QCOMPARE(run({QStringLiteral("rekey")}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("search"), QStringLiteral("baseball")}).exitCode, 0);

        const QString home = keyStoreHome;
        keyStoreHome = dir.filePath(QStringLiteral("another-device"));
        auto refused = run({QStringLiteral("get"), QStringLiteral("c-1")});
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.err.value(QStringLiteral("error")).toString(), QStringLiteral("no_key"));
        keyStoreHome = home;
        db = plain;
    }

    void putFromStandardInput_thenGet()
    {
        auto put
            = run({QStringLiteral("put")},
                  R"({"_id":"acc-1","type":"account","name":"Fischer & Söhne","town":"Bremen"})");
        QCOMPARE(put.exitCode, 0);
        QVERIFY(put.out.value(QStringLiteral("rev")).toString().startsWith(QStringLiteral("1-")));
        auto get = run({QStringLiteral("get"), QStringLiteral("acc-1")});
        QCOMPARE(get.exitCode, 0);
        QCOMPARE(get.out.value(QStringLiteral("name")).toString(),
                 QStringLiteral("Fischer & Söhne"));
        QCOMPARE(get.out.value(QStringLiteral("_rev")), put.out.value(QStringLiteral("rev")));
    }

    // A signed order as PDF onto a customer, and back out byte for byte.
    void attachAndAttachment_roundTripAFile()
    {
        QByteArray order;
        for (int i = 0; i < 70000; ++i)
            order.append(static_cast<char>(i % 253));
        const QString file = dir.filePath(QStringLiteral("order.pdf"));
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(order);
        }
        QCOMPARE(run({QStringLiteral("put")}, R"({"_id":"acc-pdf","type":"account","name":"Ott"})")
                     .exitCode,
                 0);
        auto attached = run({QStringLiteral("attach"), QStringLiteral("acc-pdf"), file});
        QCOMPARE(attached.exitCode, 0);
        QCOMPARE(attached.out.value(QStringLiteral("name")).toString(),
                 QStringLiteral("order.pdf"));
        QCOMPARE(attached.out.value(QStringLiteral("content_type")).toString(),
                 QStringLiteral("application/pdf"));
        auto get = run({QStringLiteral("get"), QStringLiteral("acc-pdf")});
        const auto stub = get.out.value(QStringLiteral("_attachments"))
                              .toObject()
                              .value(QStringLiteral("order.pdf"))
                              .toObject();
        QCOMPARE(stub.value(QStringLiteral("length")).toInt(), 70000);
        QVERIFY(stub.value(QStringLiteral("stub")).toBool());
        const QString back = dir.filePath(QStringLiteral("back.pdf"));
        auto read = run({QStringLiteral("attachment"), QStringLiteral("acc-pdf"),
                         QStringLiteral("order.pdf"), QStringLiteral("--out"), back});
        QCOMPARE(read.exitCode, 0);
        QFile in(back);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QVERIFY(in.readAll() == order);
        auto missing = run({QStringLiteral("attachment"), QStringLiteral("acc-pdf"),
                            QStringLiteral("photo.jpg"), QStringLiteral("--out"), back});
        QVERIFY(missing.exitCode != 0);
        QVERIFY(missing.err.value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("no attachment")));
        QCOMPARE(run({QStringLiteral("stats")}).out.value(QStringLiteral("attachments")).toInt(),
                 1);
    }

    // A customer deleted with their signed order: its room is free, and compact gives it back.
    void compact_givesBackTheRoomOfADeletedFile()
    {
        const auto shared = qScopeGuard([this, was = db] { db = was; });
        db = dir.filePath(QStringLiteral("compact.sqlite"));
        const QString file = dir.filePath(QStringLiteral("order.pdf")); // written above
        QCOMPARE(run({QStringLiteral("put")}, R"({"_id":"acc-pdf","type":"account","name":"Ott"})")
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("attach"), QStringLiteral("acc-pdf"), file}).exitCode, 0);

        QCOMPARE(run({QStringLiteral("delete"), QStringLiteral("acc-pdf"), QStringLiteral("--rev"),
                      run({QStringLiteral("get"), QStringLiteral("acc-pdf")})
                          .out.value(QStringLiteral("_rev"))
                          .toString()})
                     .exitCode,
                 0);
        auto stats = run({QStringLiteral("stats")}).out;
        QCOMPARE(stats.value(QStringLiteral("attachments")).toInt(), 0);
        QVERIFY(stats.value(QStringLiteral("free_bytes")).toInteger() >= 65536);
        auto compacted = run({QStringLiteral("compact")});
        QCOMPARE(compacted.exitCode, 0);
        QVERIFY(compacted.out.value(QStringLiteral("freed_bytes")).toInteger() >= 65536);
        QVERIFY(compacted.out.value(QStringLiteral("file_bytes")).toInteger()
                < stats.value(QStringLiteral("file_bytes")).toInteger());
    }

    void staleRevision_exitsNonZeroWithTheReason()
    {
        auto put = run({QStringLiteral("put"),
                        QStringLiteral(R"({"_id":"c","type":"contact","firstName":"Eva"})")});
        const auto rev = put.out.value(QStringLiteral("rev")).toString();
        run({QStringLiteral("put"),
             QStringLiteral(R"({"_id":"c","_rev":"%1","firstName":"Eve"})").arg(rev)});
        auto stale = run({QStringLiteral("put"),
                          QStringLiteral(R"({"_id":"c","_rev":"%1","firstName":"X"})").arg(rev)});
        QCOMPARE(stale.exitCode, 1);
        QCOMPARE(stale.err.value(QStringLiteral("error")).toString(), QStringLiteral("conflict"));
        QVERIFY(
            stale.err.value(QStringLiteral("reason")).toString().contains(QStringLiteral("stale")));
    }

    // Places: customers pinned, a visit recorded on site, who is near, the day's route.
    void pinNearAndRoute()
    {
        const auto id = [this](const char *name) {
            return run({QStringLiteral("account"), QStringLiteral("create"),
                        QString::fromUtf8(name)})
                .out.value(QStringLiteral("id"))
                .toString();
        };
        const auto bakery = id("Near Bakery"), hotel = id("Far Hotel"), cafe = id("Mid Café");
        QCOMPARE(run({QStringLiteral("account"), QStringLiteral("pin"), bakery,
                      QStringLiteral("53.868,10.683")})
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("account"), QStringLiteral("pin"), hotel,
                      QStringLiteral("https://www.openstreetmap.org/?mlat=53.5511&mlon=9.9937")})
                     .exitCode,
                 0);
        // The café's place is learnt from a visit recorded there.
        const auto visit
            = run({QStringLiteral("visit"), QStringLiteral("record"), QStringLiteral("--account"),
                   cafe, QStringLiteral("--date"), QStringLiteral("2026-12-01"),
                   QStringLiteral("--at"), QStringLiteral("geo:53.918,10.699")});
        QCOMPARE(visit.exitCode, 0);
        const auto bad = run({QStringLiteral("account"), QStringLiteral("pin"), bakery,
                              QStringLiteral("Holstenstraße 1")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("not a place")));

        auto near = run({QStringLiteral("near"), QStringLiteral("53.8663,10.6797")});
        QCOMPARE(near.exitCode, 0);
        const auto rows = QJsonDocument::fromJson(near.rawOut).array();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Near Bakery"));
        QCOMPARE(rows[1].toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Mid Café"));
        QCOMPARE(rows[2].toObject().value(QStringLiteral("km")).toDouble(), 57.2);

        for (const auto &account : {hotel, bakery, cafe})
            QCOMPARE(
                run({QStringLiteral("put")},
                    QStringLiteral(
                        R"({"_id":"plan-%1","type":"visit","accountId":"%1","date":"2026-12-07","planned":true})")
                        .arg(account)
                        .toUtf8())
                    .exitCode,
                0);
        const auto route
            = run({QStringLiteral("route"), QStringLiteral("--date"), QStringLiteral("2026-12-07"),
                   QStringLiteral("--from"), QStringLiteral("53.8663,10.6797")});
        QCOMPARE(route.exitCode, 0);
        QStringList order;
        for (const auto &stop : route.out.value(QStringLiteral("stops")).toArray())
            order << stop.toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(order,
                 (QStringList {QStringLiteral("Near Bakery"), QStringLiteral("Mid Café"),
                               QStringLiteral("Far Hotel")}));
        QVERIFY(route.out.value(QStringLiteral("km")).toDouble() > 60);
        QCOMPARE(run({QStringLiteral("account"), QStringLiteral("unpin"), hotel}).exitCode, 0);
        QCOMPARE(
            run({QStringLiteral("route"), QStringLiteral("--date"), QStringLiteral("2026-12-07")})
                .out.value(QStringLiteral("unplaced"))
                .toArray()
                .size(),
            1);
    }

    void malformedInput_isRefusedClearly()
    {
        auto bad = run({QStringLiteral("put")}, "{not json");
        QCOMPARE(bad.exitCode, 1);
        QCOMPARE(bad.err.value(QStringLiteral("error")).toString(), QStringLiteral("bad_request"));
        auto usage = run({QStringLiteral("frobnicate")});
        QCOMPARE(usage.exitCode, 2);
    }

    void deleteChangesStatsSearchExport()
    {
        auto put
            = run({QStringLiteral("put"),
                   QStringLiteral(
                       R"({"_id":"gone","type":"visit","date":"2026-11-20","notes":"Brochure"})")});
        auto removed
            = run({QStringLiteral("delete"), QStringLiteral("gone"), QStringLiteral("--rev"),
                   put.out.value(QStringLiteral("rev")).toString()});
        QCOMPARE(removed.exitCode, 0);
        auto changes
            = run({QStringLiteral("changes"), QStringLiteral("--since"), QStringLiteral("0")});
        const auto results = changes.out.value(QStringLiteral("results")).toArray();
        QVERIFY(!results.isEmpty());
        QCOMPARE(results.last().toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("gone"));
        QVERIFY(results.last().toObject().value(QStringLiteral("deleted")).toBool());

        auto stats = run({QStringLiteral("stats")});
        QCOMPARE(stats.out.value(QStringLiteral("deleted")).toInt(), 1);
        auto search = run({QStringLiteral("search"), QStringLiteral("brem")});
        QCOMPARE(search.out.value(QStringLiteral("results"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 QStringLiteral("acc-1"));
        auto exported = run({QStringLiteral("export")});
        QCOMPARE(exported.exitCode, 0);
        const auto docs = exported.out.value(QStringLiteral("docs")).toArray();
        QCOMPARE(docs.size(), stats.out.value(QStringLiteral("documents")).toInt());
    }

    // A conflict two devices made, merged: the value that lost is listed for review.
    void conflicts_listsTheValuesThatLostAMerge()
    {
        const QString path = dir.filePath(QStringLiteral("conflicts.sqlite"));
        {
            auto store = std::move(*rapport::notebook::openStore(path.toStdString()));
            const auto stamp = [](std::int64_t millis, const char *device) {
                return rapport::merge::Stamp {millis, 0, device}.text();
            };
            auto base = rapport::Document::parse(
                R"({"_id":"c1","_rev":"1-aaa","type":"contact","role":"user"})");
            auto phone = rapport::Document::parse(
                R"({"_id":"c1","_rev":"2-bbb","type":"contact","role":"influencer","clocks":{"role":")"
                + stamp(2000, "phone") + R"("}})");
            auto tablet = rapport::Document::parse(
                R"({"_id":"c1","_rev":"2-ccc","type":"contact","role":"decision_maker","clocks":{"role":")"
                + stamp(1000, "tablet") + R"("}})");
            QVERIFY(store->insertWithHistory(*base, {"1-aaa"}).ok());
            QVERIFY(store->setBaseRevision("c1", "1-aaa").ok());
            QVERIFY(store->insertWithHistory(*phone, {"2-bbb", "1-aaa"}).ok());
            QVERIFY(store->insertWithHistory(*tablet, {"2-ccc", "1-aaa"}).ok());
            QVERIFY(rapport::merge::resolveConflict(*store, "c1").ok());
        }
        QProcess cli;
        cli.start(QStringLiteral(RAPPORT_CLI),
                  {QStringLiteral("--db"), path, QStringLiteral("conflicts")});
        QVERIFY(cli.waitForFinished());
        QCOMPARE(cli.exitCode(), 0);
        const auto listed = QJsonDocument::fromJson(cli.readAllStandardOutput()).array();
        QCOMPARE(listed.size(), 1);
        const auto conflict = listed.first().toObject();
        QCOMPARE(conflict[QStringLiteral("docId")].toString(), QStringLiteral("c1"));
        QCOMPARE(conflict[QStringLiteral("field")].toString(), QStringLiteral("role"));
        QCOMPARE(conflict[QStringLiteral("kept")].toString(), QStringLiteral("influencer"));
        QCOMPARE(conflict[QStringLiteral("lost")].toString(), QStringLiteral("decision_maker"));
        QCOMPARE(conflict[QStringLiteral("lostDevice")].toString(), QStringLiteral("tablet"));
        QCOMPARE(conflict[QStringLiteral("lostAt")].toInteger(), 1000);

        // Dismissed, it leaves the open list.
        QProcess dismiss;
        dismiss.start(QStringLiteral(RAPPORT_CLI),
                      {QStringLiteral("--db"), path, QStringLiteral("conflicts"),
                       QStringLiteral("--dismiss"), conflict[QStringLiteral("_id")].toString()});
        QVERIFY(dismiss.waitForFinished());
        QCOMPARE(dismiss.exitCode(), 0);
        QProcess again;
        again.start(QStringLiteral(RAPPORT_CLI),
                    {QStringLiteral("--db"), path, QStringLiteral("conflicts")});
        QVERIFY(again.waitForFinished());
        QVERIFY(QJsonDocument::fromJson(again.readAllStandardOutput()).array().isEmpty());
    }

    // Own your data from a script: contacts out as vCards and into another notebook, a preview
    // that changes nothing, a calendar, a spreadsheet folder; usage mistakes said as such.
    void exportAndImport_fromTheCommandLine()
    {
        QCOMPARE(run({QStringLiteral("put"),
                      QStringLiteral(R"({"_id":"a-1","type":"account","name":"Berg Bakery"})")})
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("put"),
                      QStringLiteral(R"({"_id":"contact-1","type":"contact","firstName":"Mara",)"
                                     R"("accountId":"a-1","birthday":"--02-29"})")})
                     .exitCode,
                 0);
        const auto cards = dir.filePath(QStringLiteral("people.vcf"));
        auto exported = run({QStringLiteral("export"), QStringLiteral("--format"),
                             QStringLiteral("vcard"), QStringLiteral("--out"), cards});
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(exported.out.value(QStringLiteral("written")).toString(), cards);

        const auto otherDb = db;
        db = dir.filePath(QStringLiteral("other.sqlite"));
        auto preview = run({QStringLiteral("import"), cards, QStringLiteral("--preview")});
        QCOMPARE(preview.exitCode, 0);
        QCOMPARE(preview.out.value(QStringLiteral("added")).toInt(), 1);
        QCOMPARE(preview.out.value(QStringLiteral("written")).toBool(), false);
        QCOMPARE(run({QStringLiteral("stats")}).out.value(QStringLiteral("documents")).toInt(), 0);
        auto imported = run({QStringLiteral("import"), cards});
        QCOMPARE(imported.out.value(QStringLiteral("added")).toInt(), 1);
        QCOMPARE(imported.out.value(QStringLiteral("companies")).toInt(), 1);
        auto mara = run({QStringLiteral("get"), QStringLiteral("contact-1")});
        QCOMPARE(mara.out.value(QStringLiteral("birthday")).toString(), QStringLiteral("--02-29"));
        db = otherDb;

        auto calendar
            = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("ical"),
                   QStringLiteral("--today"), QStringLiteral("2026-11-25")});
        QVERIFY(calendar.rawOut.contains("SUMMARY:Birthday: Mara"));
        auto csv = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                        QStringLiteral("--out"), dir.filePath(QStringLiteral("sheets"))});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("sheets/contacts.csv"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("sheets/accounts.csv"))));

        auto noFolder
            = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(noFolder.exitCode, 1);
        QVERIFY(noFolder.err.value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("--out FOLDER")));
        auto missing = run({QStringLiteral("import"), dir.filePath(QStringLiteral("nope.vcf"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("cannot read")));
    }

    // A script records a visit as the app does: the same documents, the same refusals.
    void visitRecord_writesTheVisitAndItsFollowUps_asTheAppDoes()
    {
        QTemporaryDir own;
        db = own.filePath(QStringLiteral("visits.sqlite"));
        const auto id = [](const Run &answer) {
            return answer.out.value(QStringLiteral("id")).toString();
        };
        auto account = run({QStringLiteral("account"), QStringLiteral("create"),
                            QStringLiteral("Fischer & Söhne")});
        QCOMPARE(account.exitCode, 0);
        auto jonas
            = run({QStringLiteral("contact"), QStringLiteral("create"), QStringLiteral("--first"),
                   QStringLiteral("Jonas"), QStringLiteral("--last"), QStringLiteral("Berg"),
                   QStringLiteral("--account"), id(account)});
        QCOMPARE(jonas.exitCode, 0);

        auto visit = run({QStringLiteral("visit"), QStringLiteral("record"),
                          QStringLiteral("--account"), id(account), QStringLiteral("--contact"),
                          id(jonas), QStringLiteral("--date"), QStringLiteral("2026-12-02"),
                          QStringLiteral("--notes"), QStringLiteral("Wants samples."),
                          QStringLiteral("--next"), QStringLiteral("Send the quote"),
                          QStringLiteral("--due"), QStringLiteral("2026-12-04"),
                          QStringLiteral("--next"), QStringLiteral("Call back")});
        QCOMPARE(visit.exitCode, 0);
        const auto followUps = visit.out.value(QStringLiteral("followUps")).toArray();
        QCOMPARE(followUps.size(), 2);
        auto quote = run({QStringLiteral("get"), followUps[0].toString()});
        QCOMPARE(quote.out.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Send the quote"));
        QCOMPARE(quote.out.value(QStringLiteral("due")).toString(), QStringLiteral("2026-12-04"));
        QCOMPARE(quote.out.value(QStringLiteral("visitId")).toString(), id(visit));
        QCOMPARE(quote.out.value(QStringLiteral("contactId")).toString(), id(jonas));
        QVERIFY(quote.out.contains(QStringLiteral("clocks"))); // stamped for the merge
        auto written = run({QStringLiteral("get"), id(visit)});
        QCOMPARE(written.out.value(QStringLiteral("notes")).toString(),
                 QStringLiteral("Wants samples."));

        auto done
            = run({QStringLiteral("followup"), QStringLiteral("done"), followUps[1].toString()});
        QCOMPARE(done.exitCode, 0);
        auto planned = run({QStringLiteral("followup"), QStringLiteral("plan"),
                            QStringLiteral("--title"), QStringLiteral("Bring the catalogue"),
                            QStringLiteral("--account"), id(account)});
        QCOMPARE(planned.exitCode, 0);
        auto stats = run({QStringLiteral("stats")});
        QCOMPARE(stats.out.value(QStringLiteral("by_type"))
                     .toObject()
                     .value(QStringLiteral("followup"))
                     .toInt(),
                 3);

        // Refused as the app refuses: a clear reason, exit 1, nothing written.
        auto badDay
            = run({QStringLiteral("visit"), QStringLiteral("record"), QStringLiteral("--account"),
                   id(account), QStringLiteral("--date"), QStringLiteral("2026-02-30")});
        QCOMPARE(badDay.exitCode, 1);
        QCOMPARE(badDay.err.value(QStringLiteral("error")).toString(),
                 QStringLiteral("bad_request"));
        QVERIFY(badDay.err.value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("2026-02-30")));
        auto stray
            = run({QStringLiteral("visit"), QStringLiteral("record"), QStringLiteral("--account"),
                   id(account), QStringLiteral("--due"), QStringLiteral("2026-12-04")});
        QCOMPARE(stray.exitCode, 1);
        auto unknown = run({QStringLiteral("visit"), QStringLiteral("plan")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("record")));
        QCOMPARE(run({QStringLiteral("stats")}).out.value(QStringLiteral("documents")).toInt(), 6);
    }

    void leadConvert_makesACustomerAndAContact()
    {
        QTemporaryDir own;
        db = own.filePath(QStringLiteral("leads.sqlite"));
        run({QStringLiteral("put")},
            R"({"_id":"lead-1","type":"lead","name":"Mia Lund","company":"Kvist AB"})");
        auto converted
            = run({QStringLiteral("lead"), QStringLiteral("convert"), QStringLiteral("lead-1")});
        QCOMPARE(converted.exitCode, 0);
        auto contact = run(
            {QStringLiteral("get"), converted.out.value(QStringLiteral("contactId")).toString()});
        QCOMPARE(contact.out.value(QStringLiteral("lastName")).toString(), QStringLiteral("Lund"));
        auto again
            = run({QStringLiteral("lead"), QStringLiteral("convert"), QStringLiteral("lead-1")});
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(again.err.value(QStringLiteral("error")).toString(), QStringLiteral("conflict"));
    }

    // `forget`: --preview says what it would touch and changes nothing; then the person and
    // their follow-up are gone, the visit stays without them, and the notes naming them are
    // listed, not rewritten.
    void forget_previewsThenForgetsAPerson()
    {
        QTemporaryDir own;
        db = own.filePath(QStringLiteral("forget.sqlite"));
        run({QStringLiteral("put")},
            R"({"_id":"contact-mara","type":"contact","firstName":"Mara","lastName":"Lind"})");
        run({QStringLiteral("put")},
            R"({"_id":"followup-1","type":"followup","title":"Call","contactId":"contact-mara"})");
        run({QStringLiteral("put")},
            R"({"_id":"visit-1","type":"visit","contactIds":["contact-mara"],
            "notes":"Mara Lind wants a demo"})");
        auto preview = run({QStringLiteral("forget"), QStringLiteral("contact-mara"),
                            QStringLiteral("--preview")});
        QCOMPARE(preview.exitCode, 0);
        QCOMPARE(preview.out.value(QStringLiteral("purged")).toArray().size(), 2);
        QCOMPARE(preview.out.value(QStringLiteral("namedIn")).toArray().size(), 1);
        QCOMPARE(run({QStringLiteral("get"), QStringLiteral("contact-mara")}).exitCode, 0);

        auto forgotten = run({QStringLiteral("forget"), QStringLiteral("contact-mara")});
        QCOMPARE(forgotten.exitCode, 0);
        QVERIFY(forgotten.out.value(QStringLiteral("erasure"))
                    .toString()
                    .startsWith(QStringLiteral("erasure-")));
        QCOMPARE(run({QStringLiteral("get"), QStringLiteral("contact-mara")}).exitCode, 1);
        QCOMPARE(run({QStringLiteral("get"), QStringLiteral("followup-1")}).exitCode, 1);
        auto visit = run({QStringLiteral("get"), QStringLiteral("visit-1")});
        QCOMPARE(visit.out.value(QStringLiteral("contactIds")).toArray().size(), 0);
        QCOMPARE(run({QStringLiteral("forget"), QStringLiteral("contact-mara")}).exitCode, 1);
    }

    void futureDatabase_isRefusedWithAMessage()
    {
        QTemporaryDir other;
        const auto path = other.filePath(QStringLiteral("future.sqlite"));
        QProcess cli;
        cli.start(QStringLiteral(RAPPORT_CLI),
                  {QStringLiteral("--db"), path, QStringLiteral("stats")});
        cli.waitForFinished();
        QCOMPARE(cli.exitCode(), 0);
        // Stamp the file as written by schema 999, as a newer Rapport would have left it.
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(60); // SQLite header: user_version, big-endian, at offset 60
            const char version[4] = {0, 0, 0x03, static_cast<char>(0xe7)};
            file.write(version, 4);
        }
        cli.start(QStringLiteral(RAPPORT_CLI),
                  {QStringLiteral("--db"), path, QStringLiteral("stats")});
        cli.waitForFinished();
        QCOMPARE(cli.exitCode(), 1);
        const auto err = QJsonDocument::fromJson(cli.readAllStandardError()).object();
        QCOMPARE(err.value(QStringLiteral("error")).toString(), QStringLiteral("future_version"));
    }
};

QTEST_GUILESS_MAIN(Cli)
#include "tst_cli.moc"
