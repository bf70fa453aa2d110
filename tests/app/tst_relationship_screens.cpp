// The controllers of the relationship features over a real database file: congratulating from
// Today (the message opened in the mail or messages app, and recorded), the nudge after a
// visit that promised nothing, whom to reach next and where feedback is heading on an account,
// the answered "why" of a lapsed account, feedback recorded, and cadences per segment.
#include "app/database_session.h"
#include "app/translations.h"
#include "card_maker.h"
#include "controllers/account_insights.h"
#include "controllers/cadence_settings.h"
#include "controllers/contact_editor.h"
#include "controllers/feedback_editor.h"
#include "controllers/greeting_words.h"
#include "controllers/lead_editor.h"
#include "controllers/person_record_export.h"
#include "controllers/sync_review.h"
#include "controllers/today_actions.h"
#include "models/core_messages.h"
#include "models/lead_list_model.h"
#include "models/today_model.h"
#include "notebook/notebook_queries.h"
#include "store/store.h"
#include "sync_worker.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#define ZX_USE_UTF8 1
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

namespace {

QVariant value(const QAbstractItemModel &model, int row, const QByteArray &role)
{
    return model.data(model.index(row, 0), model.roleNames().key(role));
}

int rowOf(const QAbstractItemModel &model, const QString &documentId)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (value(model, row, "documentId").toString() == documentId)
            return row;
    return -1;
}

// What a row's buttons offer, in their order.
QList<TodayModel::Action> actionsOf(const QAbstractItemModel &model, int row)
{
    QList<TodayModel::Action> offered;
    for (const auto &action : value(model, row, "actions").toList())
        offered << static_cast<TodayModel::Action>(
            action.toMap().value(QStringLiteral("action")).toInt());
    return offered;
}

// A badge as a phone photographs it: its QR code, with a quiet zone, on a picture.
QString badgePicture(const QString &path, const std::string &text)
{
    const auto matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                            .setMargin(4)
                            .encode(text, 400, 400);
    QImage image(matrix.width(), matrix.height(), QImage::Format_Grayscale8);
    for (int y = 0; y < matrix.height(); ++y)
        for (int x = 0; x < matrix.width(); ++x)
            image.setPixel(x, y, matrix.get(x, y) ? qRgb(0, 0, 0) : qRgb(255, 255, 255));
    if (!image.save(path))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

// Stands in for the phone's mail and messages apps: QDesktopServices hands it the URL.
class MessageApps : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened.append(url); }
};

class RelationshipScreens : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    MessageApps m_apps;

    std::unique_ptr<DatabaseSession> freshSession()
    {
        auto session = std::make_unique<DatabaseSession>(
            m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++m_count)));
        session->setToday(QDate(2026, 11, 25));
        return session;
    }

    static void put(DatabaseSession &session, const char *json)
    {
        auto doc = rapport::Document::parse(json);
        if (!doc || !session.save(*doc))
            qFatal("cannot save %s", json);
    }

private slots:
    void initTestCase()
    {
        Translations::applyLanguage(QStringLiteral("en")); // the English the tests read
        QDesktopServices::setUrlHandler(QStringLiteral("mailto"), &m_apps, "open");
        QDesktopServices::setUrlHandler(QStringLiteral("sms"), &m_apps, "open");
    }

    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("mailto"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("sms"));
    }

    void congratulate_opensTheMessageAndRecordsIt()
    {
        auto session = freshSession();
        put(*session, R"({"_id":"c1","type":"contact","firstName":"Mara","lastName":"Lind",
            "email":"mara@example.org","birthday":"1980-11-25"})");
        put(*session, R"({"_id":"c2","type":"contact","firstName":"Jo","phone":"+49 170 1",
            "birthday":"--11-25"})");
        TodayModel today;
        today.setSession(session.get());
        const int mara = rowOf(today, QStringLiteral("c1"));
        QVERIFY(mara >= 0);
        QCOMPARE(actionsOf(today, mara),
                 (QList {TodayModel::Action::Email, TodayModel::Action::Copy}));
        QCOMPARE(value(today, mara, "actionData").toString(), QStringLiteral("birthday-2026"));
        QCOMPARE(actionsOf(today, rowOf(today, QStringLiteral("c2"))),
                 (QList {TodayModel::Action::TextMessage, TodayModel::Action::Copy}));

        TodayActions actions;
        actions.setProperty("session", QVariant::fromValue(session.get()));
        m_apps.opened.clear();
        QVERIFY(actions.run(int(TodayModel::Action::Email), QStringLiteral("c1"),
                            QStringLiteral("birthday-2026")));
        QCOMPARE(m_apps.opened.size(), 1);
        const auto url = m_apps.opened.front();
        QCOMPARE(url.scheme(), QStringLiteral("mailto"));
        QCOMPARE(url.path(), QStringLiteral("mara@example.org"));
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded),
                 QStringLiteral("Happy birthday, Mara!"));
        QVERIFY(query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded)
                    .startsWith(QStringLiteral("Happy birthday, Mara! ")));
        // Recorded: the row says so and offers nothing more; the person's record keeps it.
        const int after = rowOf(today, QStringLiteral("c1"));
        QVERIFY(value(today, after, "detail").toString().contains(QStringLiteral("congratulated")));
        QVERIFY(actionsOf(today, after).isEmpty());
        auto stored = session->store()->get("c1");
        QVERIFY(stored.ok());
        QCOMPARE(stored->body["greetings"][0]["via"].get<std::string>(), std::string("email"));

        QVERIFY(actions.run(int(TodayModel::Action::TextMessage), QStringLiteral("c2"),
                            QStringLiteral("birthday-2026")));
        QCOMPARE(m_apps.opened.back().scheme(), QStringLiteral("sms"));
        // No e-mail address: said, and nothing recorded.
        QVERIFY(!actions.run(int(TodayModel::Action::Email), QStringLiteral("c2"),
                             QStringLiteral("anniversary-2026")));
        QVERIFY(actions.error().contains(QStringLiteral("no e-mail address")));
        QVERIFY(!actions.run(int(TodayModel::Action::Copy), QStringLiteral("c2"),
                             QStringLiteral("someday")));
    }

    void congratulate_copyPutsTheWordsOnTheClipboard()
    {
        auto session = freshSession();
        put(*session, R"({"_id":"c1","type":"contact","firstName":"Ida","anniversary":"--11-25"})");
        TodayActions actions;
        actions.setProperty("session", QVariant::fromValue(session.get()));
        QVERIFY(actions.run(int(TodayModel::Action::Copy), QStringLiteral("c1"),
                            QStringLiteral("anniversary-2026")));
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(
            QStringLiteral("Happy anniversary, Ida!")));
    }

    // The words sent are in the language the person's profile names, else in the app's: a
    // customer in Lübeck gets "Alles Gute zum Geburtstag", whatever language the app speaks.
    void congratulate_inTheLanguageOfThePerson_elseOfTheApp()
    {
        const auto mara = rapport::Json::parse(R"({"type":"contact","firstName":"Mara"})");
        auto inGerman = mara;
        inGerman["preferredLanguage"] = "Deutsch, English";
        auto inEnglish = mara;
        inEnglish["preferredLanguage"] = "English";
        auto unknown = mara;
        unknown["preferredLanguage"] = "Klingon";

        QCOMPARE(GreetingWords::forContact(mara, "birthday").subject,
                 QStringLiteral("Happy birthday, Mara!"));
        QCOMPARE(GreetingWords::forContact(inGerman, "birthday").subject,
                 QStringLiteral("Alles Gute zum Geburtstag, Mara!"));
        QVERIFY(GreetingWords::forContact(inGerman, "anniversary")
                    .message.startsWith(
                        QStringLiteral("Herzlichen Glückwunsch zum Jahrestag, Mara! ")));
        QCOMPARE(GreetingWords::forContact(unknown, "birthday").subject,
                 QStringLiteral("Happy birthday, Mara!"));

        Translations::applyLanguage(QStringLiteral("de"));
        QCOMPARE(GreetingWords::forContact(mara, "birthday").subject,
                 QStringLiteral("Alles Gute zum Geburtstag, Mara!"));
        QCOMPARE(GreetingWords::forContact(rapport::Json::object(), "birthday").subject,
                 QStringLiteral("Alles Gute zum Geburtstag!"));
        QCOMPARE(GreetingWords::forContact(inEnglish, "birthday").subject,
                 QStringLiteral("Happy birthday, Mara!"));
        Translations::applyLanguage(QStringLiteral("en"));
    }

    // What is kept about a person is written for them to read: in the language their profile
    // names, whatever the app's.
    void whatIsKept_isWrittenInTheLanguageOfThePerson()
    {
        auto session = freshSession();
        put(*session, R"({"_id":"c1","type":"contact","firstName":"Mara","lastName":"Lind",
            "birthday":"1984-03-17","preferredLanguage":"Deutsch"})");
        PersonRecordExport record;
        record.setProperty("session", QVariant::fromValue(session.get()));
        record.setProperty("contactId", QStringLiteral("c1"));
        record.setProperty("folder", m_dir.filePath(QStringLiteral("kept")));
        const auto file = record.exportRecord();
        QVERIFY2(!file.isEmpty(), qPrintable(record.error()));
        QVERIFY(file.endsWith(QStringLiteral("What Rapport keeps about Mara Lind.html")));
        QFile page(file);
        QVERIFY(page.open(QIODevice::ReadOnly));
        const auto html = QString::fromUtf8(page.readAll());
        QVERIFY(html.contains(QStringLiteral("<h1>Was über Mara Lind gespeichert ist</h1>")));
        QVERIFY(html.contains(QStringLiteral("<h2>Ihre Angaben</h2>")));
        QVERIFY(html.contains(QStringLiteral("<dt>Geburtstag</dt>")));
        QVERIFY(html.contains(QStringLiteral("Besuche, an denen Sie teilgenommen haben (0)")));
        QVERIFY(!html.contains(QStringLiteral("Your details")));
    }

    void nudge_planAFollowUpOrSayNoneIsNeeded()
    {
        auto session = freshSession();
        put(*session, R"({"_id":"a1","type":"account","name":"Berg Bakery"})");
        put(*session, R"({"_id":"v1","type":"visit","accountId":"a1","date":"2026-11-20",
            "title":"Oven trial","contactIds":["c1"]})");
        put(*session, R"({"_id":"v2","type":"visit","accountId":"a1","date":"2026-11-21",
            "title":"Coffee"})");
        TodayModel today;
        today.setSession(session.get());
        QCOMPARE(value(today, rowOf(today, QStringLiteral("v1")), "section").toString(),
                 QStringLiteral("nudges"));
        QVERIFY(rowOf(today, QStringLiteral("v2")) >= 0);

        TodayActions actions;
        actions.setProperty("session", QVariant::fromValue(session.get()));
        QVERIFY(actions.run(int(TodayModel::Action::PlanFollowUp), QStringLiteral("v1"), {}));
        QCOMPARE(rowOf(today, QStringLiteral("v1")), -1);
        auto open = session->queries()->openFollowUpsOfAccount("a1");
        QVERIFY(open.ok());
        QCOMPARE(open->size(), std::size_t(1));
        QCOMPARE(open->front().due, std::string("2026-11-27"));
        QCOMPARE(open->front().contactId, std::string("c1"));

        QVERIFY(actions.run(int(TodayModel::Action::NoFollowUpNeeded), QStringLiteral("v2"), {}));
        QCOMPARE(rowOf(today, QStringLiteral("v2")), -1);
    }

    void accountInsights_reachNextTrendAndTheAnsweredLapse()
    {
        auto session = freshSession();
        put(*session, R"({"_id":"a1","type":"account","name":"Berg Bakery","cadenceDays":30})");
        put(*session, R"({"_id":"c1","type":"contact","firstName":"Jonas","lastName":"Berg",
            "accountId":"a1","role":"influencer"})");
        put(*session, R"({"_id":"v1","type":"visit","accountId":"a1","date":"2026-09-01",
            "contactIds":["c1"],"noFollowUpNeeded":true})");
        AccountInsights insights;
        insights.setSession(session.get());
        insights.setAccountId(QStringLiteral("a1"));
        QCOMPARE(
            insights.reachNext(),
            QStringLiteral("Nobody you know here decides. Ask Jonas Berg (influencer) who does."));
        QCOMPARE(insights.reachNextContactId(), QStringLiteral("c1"));
        QVERIFY(insights.noDecisionMaker());
        QVERIFY(insights.feedbackTrend().isEmpty());
        QVERIFY(insights.brief().startsWith(QStringLiteral("Last time, Tue 1 Sep")));
        QCOMPARE(insights.lapsed(),
                 QStringLiteral("Quiet since Tue 1 Sep: 85 days, past the 30 you aim for. Why?"));

        // Feedback recorded on its page: the trend follows.
        for (int score : {4, 3, 2}) {
            FeedbackEditor feedback;
            feedback.setSession(session.get());
            feedback.startFor(QStringLiteral("a1"));
            QVERIFY(!feedback.save()); // neither a score nor words
            QVERIFY(feedback.error().contains(QStringLiteral("Give a score")));
            feedback.setScore(score);
            QVERIFY(feedback.save());
        }
        QCOMPARE(insights.feedbackTrend(), QStringLiteral("Falling: 4, 3, 2 out of 5"));

        QVERIFY(!insights.answerLapse(-1, {}));
        QVERIFY(insights.answerLapse(1, QStringLiteral("  the new bakery chain is cheaper ")));
        QVERIFY(insights.lapsed().isEmpty());
        QCOMPARE(insights.lastLapseAnswer(),
                 QStringLiteral("Why it went quiet (Wed 25 Nov): Buying elsewhere · the new "
                                "bakery chain is cheaper"));
        auto lapsed = session->queries()->lapsedAccounts("2026-11-25", 10);
        QVERIFY(lapsed.ok());
        QVERIFY(lapsed->empty()); // Today no longer asks
    }

    // In German the brief, dates, plurals and answers kept in the notebook read as German writes
    // them: "Mi., 25. Nov.", "1 Änderung wartet", an answer given in English shown in German.
    void inGerman_theBriefDatesPluralsAndKeptAnswersReadAsGermanWrites()
    {
        auto session = freshSession();
        put(*session, R"({"_id":"a1","type":"account","name":"Berg Bakery","cadenceDays":30})");
        put(*session, R"({"_id":"v1","type":"visit","accountId":"a1","date":"2026-09-01",
            "title":"Ofentest","noFollowUpNeeded":true})");
        put(*session, R"({"_id":"f1","type":"followup","accountId":"a1","visitId":"v1",
            "title":"Prospekt schicken","due":"2026-09-08"})");
        {
            AccountInsights english;
            english.setSession(session.get());
            english.setAccountId(QStringLiteral("a1"));
            QVERIFY(english.answerLapse(1, {}));
        }
        QCOMPARE(session->todayLabel(), QStringLiteral("Wednesday, 25 November 2026"));

        Translations::applyLanguage(QStringLiteral("de"));
        QCOMPARE(session->todayLabel(), QStringLiteral("Mittwoch, 25. November 2026"));
        // Qt's own words too (its dialogs' buttons), from Qt's catalogues.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                 QStringLiteral("Abbrechen"));
        AccountInsights insights;
        insights.setSession(session.get());
        insights.setAccountId(QStringLiteral("a1"));
        const auto brief = insights.brief().split(QLatin1Char('\n'));
        QCOMPARE(brief.value(0), QStringLiteral("Letztes Mal, Di., 1. Sept.: Ofentest"));
        QCOMPARE(
            brief.value(1),
            QStringLiteral("Sie haben versprochen: Prospekt schicken (war fällig Di., 8. Sept.)"));
        QCOMPARE(insights.lastLapseAnswer(),
                 QStringLiteral("Warum es still wurde (Mi., 25. Nov.): Kauft woanders"));
        QCOMPARE(insights.lapseReasons().value(1), QStringLiteral("Kauft woanders"));

        // A sentence of the core library, as a form shows it.
        ContactEditor contact;
        contact.setSession(session.get());
        QVERIFY(!contact.enter(QStringLiteral("birthday"), QStringLiteral("soon")));
        QCOMPARE(contact.error(),
                 QStringLiteral("„soon“ ist kein Datum. Geben Sie es als "
                                "1984-02-29 ein, oder als 02-29 ohne Jahr."));

        // What the Sync page says when a sync stopped, written in English by the sync thread.
        for (auto code :
             {rapport::Errc::Network, rapport::Errc::Unauthorized, rapport::Errc::ServerError,
              rapport::Errc::Protocol, rapport::Errc::NotFound, rapport::Errc::DiskFull,
              rapport::Errc::Internal}) {
            const auto english = rapport::platform::plainWords({code, {}});
            const auto shown = display::translatedMessage(english.toStdString());
            QVERIFY2(shown != english, qPrintable(english));
        }
        QCOMPARE(display::translatedMessage(
                     "The server cannot be reached. Your changes wait on this device."),
                 QStringLiteral(
                     "Der Server ist nicht erreichbar. Ihre Änderungen warten auf diesem Gerät."));

        SyncReview review;
        review.setSession(session.get());
        const int waiting = review.changesWaiting();
        QVERIFY(waiting > 1);
        QCOMPARE(review.waitingSentence(),
                 QStringLiteral("%1 Änderungen warten auf den Versand.").arg(waiting));
        QCOMPARE(SyncReview::tr("%n change(s) wait(s) to go.", nullptr, 1),
                 QStringLiteral("1 Änderung wartet auf den Versand."));
        QCOMPARE(SyncReview::tr("%n change(s) wait(s) to go.", nullptr, 0),
                 QStringLiteral("0 Änderungen warten auf den Versand."));
        Translations::applyLanguage(QStringLiteral("en"));
        QCOMPARE(SyncReview::tr("%n change(s) wait(s) to go.", nullptr, 1),
                 QStringLiteral("1 change waits to go."));
        QCOMPARE(SyncReview::tr("%n change(s) wait(s) to go.", nullptr, 0),
                 QStringLiteral("0 changes wait to go."));
    }

    // A visitor's business card, photographed: read off the UI thread into the lead's form,
    // each field marked until confirmed or corrected, the person already known said so, the
    // photo kept with the lead; a photo of no card fills nothing.
    void leads_captureFromABusinessCard()
    {
        auto session = freshSession();
        const auto made = rapport::cards::testing::makeCard(11, 5, {false, false});
        const auto known = made.truth.emails.first().toStdString();
        const auto contact = rapport::Json {
            {"_id", "contact-known"},
            {"type", "contact"},
            {"firstName", "Known"},
            {"lastName", "Before"},
            {"email", known}}.dump();
        put(*session, contact.c_str());
        const QString photo = m_dir.filePath(QStringLiteral("card.jpg"));
        QFile file(photo);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(made.jpeg);
        file.close();

        LeadEditor lead;
        lead.setSession(session.get());
        lead.startNew(QStringLiteral("Bakery Expo"));
        QSignalSpy read(&lead, &LeadEditor::cardRead);
        lead.readPhoto(photo); // no QR code on it: read as a card
        QVERIFY(lead.readingCard());
        QVERIFY(read.wait(30000));
        QCOMPARE(read.first().first().toBool(), true);
        QVERIFY(!lead.readingCard());
        QCOMPARE(lead.text(QStringLiteral("name")), made.truth.name);
        QCOMPARE(lead.text(QStringLiteral("title")), made.truth.title);
        QCOMPARE(lead.text(QStringLiteral("email")), made.truth.emails.first());
        for (const char *key : {"name", "company", "title", "email", "phone"}) {
            const double sureness
                = lead.unconfirmed().value(QString::fromLatin1(key), -1).toDouble();
            QVERIFY2(sureness > 0 && sureness <= 1, key);
        }
        lead.confirmField(QStringLiteral("name"));
        QVERIFY(!lead.unconfirmed().contains(QStringLiteral("name")));
        QCOMPARE(lead.alreadyKnown(),
                 QStringLiteral("Known Before is in your notebook already: "
                                "a contact with the same e-mail."));
        QVERIFY(lead.saveAndNext());
        QVERIFY(lead.unconfirmed().isEmpty());
        QVERIFY(lead.alreadyKnown().isEmpty());
        std::vector<std::string> files;
        (void)session->store()->forEachDocument([&](const rapport::Document &doc) {
            if (doc.body.value("name", std::string()) == made.truth.name.toStdString())
                for (const auto &[name, attachment] : doc.attachments)
                    files.push_back(name + " " + attachment.contentType);
        });
        QCOMPARE(files, std::vector<std::string> {"card.jpg image/jpeg"});

        // A photo of nothing: said so, nothing filled.
        const QString nothing = m_dir.filePath(QStringLiteral("wall.png"));
        QImage wall(1200, 900, QImage::Format_RGB32);
        wall.fill(QColor(200, 190, 170));
        QVERIFY(wall.save(nothing));
        read.clear();
        lead.readCardImage(nothing);
        QVERIFY(read.wait(30000));
        QCOMPARE(read.first().first().toBool(), false);
        QVERIFY(lead.error().startsWith(QStringLiteral("No business card or badge code")));
        QCOMPARE(lead.text(QStringLiteral("name")), QString());
        QVERIFY(lead.unconfirmed().isEmpty());
    }

    void leads_captureFromABadgeNextInOneTapThenFollowUpOrConvert()
    {
        auto session = freshSession();
        LeadEditor lead;
        lead.setSession(session.get());
        lead.startNew(QStringLiteral("Bakery Expo"));
        const auto badge = badgePicture(m_dir.filePath(QStringLiteral("badge.png")),
                                        "MECARD:N:Lee,Ann;ORG:Lee Ovens;EMAIL:ann@lee.example;;");
        QVERIFY2(lead.readBadgeImage(badge), qPrintable(lead.error()));
        QCOMPARE(lead.text(QStringLiteral("name")), QStringLiteral("Ann Lee"));
        QCOMPARE(lead.text(QStringLiteral("company")), QStringLiteral("Lee Ovens"));
        QCOMPARE(lead.text(QStringLiteral("email")), QStringLiteral("ann@lee.example"));
        lead.setWarmth(3);
        lead.enter(QStringLiteral("interests"), QStringLiteral("ovens"));
        QVERIFY(lead.saveAndNext());
        QCOMPARE(lead.captured(), 1);
        // The next lead starts empty, at the same event.
        QCOMPARE(lead.text(QStringLiteral("name")), QString());
        QCOMPARE(lead.text(QStringLiteral("event")), QStringLiteral("Bakery Expo"));
        QVERIFY(!lead.saveAndNext()); // no name
        QVERIFY(lead.error().contains(QStringLiteral("needs a name")));
        lead.setText(QStringLiteral("name"), QStringLiteral("Bo Chan"));
        QVERIFY(lead.saveAndNext());
        // The badge's picture stays with Ann's lead; Bo's, typed, has none.
        std::map<std::string, std::vector<std::string>> files;
        (void)session->store()->forEachDocument([&files](const rapport::Document &doc) {
            for (const auto &[name, file] : doc.attachments)
                files[doc.body.value("name", std::string())].push_back(name + " "
                                                                       + file.contentType);
        });
        QCOMPARE(files["Ann Lee"], std::vector<std::string> {"badge.png image/png"});
        QVERIFY(!files.contains("Bo Chan"));

        // Pictures without a person's code say so.
        const auto plain = m_dir.filePath(QStringLiteral("plain.png"));
        QImage blank(200, 200, QImage::Format_Grayscale8);
        blank.fill(Qt::white);
        QVERIFY(blank.save(plain));
        QVERIFY(!lead.readBadgeImage(plain));
        QVERIFY(lead.error().contains(QStringLiteral("No QR code")));
        QVERIFY(!lead.readBadgeImage(badgePicture(m_dir.filePath(QStringLiteral("ticket.png")),
                                                  "https://expo.example/ticket/8812")));
        QVERIFY(lead.error().contains(QStringLiteral("holds no name")));
        QVERIFY(!lead.readBadgeImage(m_dir.filePath(QStringLiteral("missing.png"))));

        LeadListModel forgotten;
        forgotten.setSession(session.get());
        forgotten.setNeverFollowedUp(true);
        QCOMPARE(forgotten.rowCount(), 2);
        QVERIFY(value(forgotten, 0, "detail")
                    .toString()
                    .startsWith(QStringLiteral("Never followed up")));
        const auto annId = value(forgotten, 1, "documentId").toString();
        QVERIFY(value(forgotten, 1, "detail")
                    .toString()
                    .startsWith(QStringLiteral("Never followed up · Lee Ovens · hot")));

        LeadEditor ann;
        ann.setSession(session.get());
        ann.setDocumentId(annId);
        QVERIFY(ann.planFollowUp());
        QCOMPARE(forgotten.rowCount(), 1);
        LeadEditor bo;
        bo.setSession(session.get());
        bo.setDocumentId(value(forgotten, 0, "documentId").toString());
        const auto contactId = bo.convert();
        QVERIFY(!contactId.isEmpty());
        QCOMPARE(forgotten.rowCount(), 0);
        QVERIFY(bo.convert().isEmpty()); // once
    }

    void cadence_perSegmentFromTheSettings()
    {
        auto session = freshSession();
        put(*session, R"({"_id":"a1","type":"account","name":"Shop","segment":"retail"})");
        put(*session, R"({"_id":"v1","type":"visit","accountId":"a1","date":"2026-10-01",
            "noFollowUpNeeded":true})");
        CadenceSettings cadence;
        cadence.setSession(session.get());
        QCOMPARE(cadence.segments().size(), 1);
        QVERIFY(!cadence.setDays(QStringLiteral("retail"), QStringLiteral("thirty")));
        QVERIFY(cadence.error().contains(QStringLiteral("not a number of days")));
        QVERIFY(cadence.setDays(QStringLiteral("retail"), QStringLiteral("30")));
        QCOMPARE(cadence.segments().front().toMap().value(QStringLiteral("days")).toInt(), 30);
        auto lapsed = session->queries()->lapsedAccounts("2026-11-25", 10);
        QVERIFY(lapsed.ok());
        QCOMPARE(lapsed->size(), std::size_t(1));
        QVERIFY(cadence.setDays(QStringLiteral("retail"), QString()));
        lapsed = session->queries()->lapsedAccounts("2026-11-25", 10);
        QVERIFY(lapsed.ok());
        QVERIFY(lapsed->empty());
    }
};

QTEST_MAIN(RelationshipScreens)
#include "tst_relationship_screens.moc"
