// The C++ behind the screens, over a real database file: models pass Qt's model checks and
// follow edits live; controllers refuse bad input with a message and lose nothing.
#include "app/database_session.h"
#include "app/preferences.h"
#include "app/translations.h"
#include "controllers/account_editor.h"
#include "controllers/contact_editor.h"
#include "controllers/follow_up_actions.h"
#include "controllers/notebook_export.h"
#include "controllers/sync_review.h"
#include "controllers/visit_recorder.h"
#include "merge/local_editor.h"
#include "models/account_feedback_model.h"
#include "models/account_list_model.h"
#include "models/account_people_model.h"
#include "models/account_visits_model.h"
#include "models/conflict_list_model.h"
#include "models/follow_up_list_model.h"
#include "models/search_results_model.h"
#include "models/today_model.h"
#include "notebook/notebook_queries.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QGuiApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QVariant value(const QAbstractItemModel &model, int row, const QByteArray &role)
{
    return model.data(model.index(row, 0), model.roleNames().key(role));
}

QStringList column(const QAbstractItemModel &model, const QByteArray &role)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(value(model, row, role).toString());
    return out;
}

} // namespace

class ModelsAndControllers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    std::unique_ptr<DatabaseSession> freshSession()
    {
        auto session = std::make_unique<DatabaseSession>(
            m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++m_count)));
        session->setToday(QDate(2026, 11, 25));
        return session;
    }

    QString newAccount(DatabaseSession &session, const QString &name, int cadenceDays = 0)
    {
        AccountEditor editor;
        editor.setSession(&session);
        editor.setText(QStringLiteral("name"), name);
        if (cadenceDays)
            editor.enter(QStringLiteral("cadenceDays"), QString::number(cadenceDays));
        if (!editor.save())
            qFatal("account not saved: %s", qPrintable(editor.error()));
        return editor.documentId();
    }

private slots:
    void initTestCase()
    {
        Translations::applyLanguage(QStringLiteral("en")); // the English the tests read
    }

    void recordedVisit_putsItsFollowUpOnTodayAndTheAccountHistory()
    {
        auto session = freshSession();
        const auto account = newAccount(*session, QStringLiteral("Berg Bakery"));
        TodayModel today;
        QAbstractItemModelTester todayTester(
            &today, QAbstractItemModelTester::FailureReportingMode::QtTest);
        today.setSession(session.get());
        QCOMPARE(today.rowCount(), 0);

        VisitRecorder recorder;
        recorder.setSession(session.get());
        recorder.setAccountId(account);
        QVERIFY(recorder.createContact(QStringLiteral("Mara"), QStringLiteral("Lind")));
        QCOMPARE(recorder.contactNames(), QStringList {QStringLiteral("Mara Lind")});
        recorder.setTitle(QStringLiteral("Oven trial"));
        // Typing the notes tells of the notes alone: nothing re-reads the customer or the
        // people met from the store at each keystroke.
        QSignalSpy customerRead(&recorder, &VisitRecorder::accountChanged);
        QSignalSpy peopleRead(&recorder, &VisitRecorder::peopleChanged);
        QSignalSpy notesRead(&recorder, &VisitRecorder::notesChanged);
        recorder.setNotes(QStringLiteral("Son Jonas"));
        recorder.setNotes(QStringLiteral("Son Jonas collects baseball cards"));
        QCOMPARE(notesRead.count(), 2);
        QCOMPARE(customerRead.count() + peopleRead.count(), 0);
        QVERIFY(recorder.addNextStep(QStringLiteral("Bring the baseball cards"),
                                     QStringLiteral("2026-11-25")));
        QVERIFY(
            recorder.addNextStep(QStringLiteral("Send the quote"), QStringLiteral("2026-12-01")));
        QVERIFY(recorder.finish());
        QVERIFY(recorder.notes().isEmpty()); // ready for the next visit

        // Live: the model read itself again when the visit was saved.
        // The visit is dated today, so it is one of today's visits too.
        QCOMPARE(column(today, "title"),
                 (QStringList {QStringLiteral("Oven trial"),
                               QStringLiteral("Bring the baseball cards")}));
        QCOMPARE(column(today, "section"),
                 (QStringList {QStringLiteral("visits"), QStringLiteral("followups")}));

        AccountVisitsModel visits;
        QAbstractItemModelTester visitsTester(
            &visits, QAbstractItemModelTester::FailureReportingMode::QtTest);
        visits.setSession(session.get());
        visits.setAccountId(account);
        QCOMPARE(column(visits, "title"), QStringList {QStringLiteral("Oven trial")});

        rapport::Document said;
        said.id = "feedback-1";
        said.body = rapport::Json {{"type", "feedback"},
                                   {"accountId", account.toStdString()},
                                   {"date", "2026-11-20"},
                                   {"score", 4},
                                   {"said", "The oven trial went well"}};
        QVERIFY(session->save(said).ok());
        AccountFeedbackModel feedback;
        QAbstractItemModelTester feedbackTester(
            &feedback, QAbstractItemModelTester::FailureReportingMode::QtTest);
        feedback.setSession(session.get());
        feedback.setAccountId(account);
        QCOMPARE(column(feedback, "title"),
                 QStringList {QStringLiteral("The oven trial went well")});
        QVERIFY(value(feedback, 0, "detail").toString().contains(QStringLiteral("4 of 5")));

        AccountPeopleModel people;
        QAbstractItemModelTester peopleTester(
            &people, QAbstractItemModelTester::FailureReportingMode::QtTest);
        people.setSession(session.get());
        people.setAccountId(account);
        QCOMPARE(column(people, "name"), QStringList {QStringLiteral("Mara Lind")});
        QVERIFY(!people.hasDecisionMaker());

        ContactEditor contact;
        contact.setSession(session.get());
        contact.setDocumentId(value(people, 0, "documentId").toString());
        QVERIFY(contact.lastTalkedAbout().contains(QStringLiteral("Oven trial")));
        contact.setText(QStringLiteral("role"), QStringLiteral("decision_maker"));
        QVERIFY(contact.save());
        QVERIFY(people.hasDecisionMaker());
        QCOMPARE(column(people, "role"), QStringList {QStringLiteral("Decision maker")});
    }

    void followUps_completeWithOneTapMovesThemToDone()
    {
        auto session = freshSession();
        VisitRecorder recorder;
        recorder.setSession(session.get());
        recorder.setAccountId(newAccount(*session, QStringLiteral("Crown Hotel")));
        QVERIFY(recorder.addNextStep(QStringLiteral("Call back"), QStringLiteral("2026-11-20")));
        QVERIFY(recorder.addNextStep(QStringLiteral("No date"), QString()));
        QVERIFY(recorder.finish());

        FollowUpListModel open;
        QAbstractItemModelTester openTester(&open,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        open.setSession(session.get());
        QCOMPARE(column(open, "title"),
                 (QStringList {QStringLiteral("Call back"), QStringLiteral("No date")}));
        QVERIFY(value(open, 0, "overdue").toBool());
        FollowUpListModel done;
        done.setShowDone(true);
        done.setSession(session.get());
        QCOMPARE(done.rowCount(), 0);

        FollowUpActions actions;
        actions.setProperty("session", QVariant::fromValue(session.get()));
        QVERIFY(actions.complete(value(open, 0, "documentId").toString()));
        QCOMPARE(column(open, "title"), QStringList {QStringLiteral("No date")});
        QCOMPARE(column(done, "title"), QStringList {QStringLiteral("Call back")});
    }

    void accountList_pagesFiltersAndShowsLapsedCustomers()
    {
        auto session = freshSession();
        for (int i = 0; i < 120; ++i)
            newAccount(*session, QStringLiteral("Account %1").arg(i, 3, 10, QLatin1Char('0')));
        const auto quiet = newAccount(*session, QStringLiteral("Quiet Joinery"), 14);
        VisitRecorder recorder;
        recorder.setSession(session.get());
        recorder.setAccountId(quiet);
        recorder.setDate(QStringLiteral("2026-10-01"));
        QVERIFY(recorder.finish());

        AccountListModel accounts;
        accounts.setSession(session.get());
        QCOMPARE(accounts.rowCount(), 50); // the first page
        QAbstractItemModelTester tester(&accounts,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (accounts.canFetchMore({}))
            accounts.fetchMore({});
        QCOMPARE(accounts.rowCount(), 121);
        QCOMPARE(value(accounts, 120, "name").toString(), QStringLiteral("Quiet Joinery"));
        QVERIFY(value(accounts, 120, "lapsed").toBool());

        accounts.setFilterText(QStringLiteral("joinery"));
        QCOMPARE(column(accounts, "name"), QStringList {QStringLiteral("Quiet Joinery")});
        accounts.setFilterText({});
        accounts.setSortByLastContact(true);
        QCOMPARE(value(accounts, 0, "name").toString(), QStringLiteral("Quiet Joinery"));

        TodayModel today;
        today.setSession(session.get());
        QCOMPARE(column(today, "section"), QStringList {QStringLiteral("lapsed")});
    }

    void search_findsAPersonByWhatTheirChildCollects()
    {
        auto session = freshSession();
        ContactEditor contact;
        contact.setSession(session.get());
        contact.setText(QStringLiteral("firstName"), QStringLiteral("Mara"));
        QVERIFY(contact.enter(QStringLiteral("birthday"), QStringLiteral("1980-11-27")));
        QVERIFY(contact.setFamilyMember({}, QStringLiteral("Jonas"), QStringLiteral("son"),
                                        QStringLiteral("baseball cards, chess")));
        QVERIFY(contact.save());

        SearchResultsModel search;
        QAbstractItemModelTester tester(&search,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        search.setSession(session.get());
        search.setText(QStringLiteral("basebal"));
        QCOMPARE(column(search, "title"), QStringList {QStringLiteral("Mara")});
        QCOMPARE(value(search, 0, "typeLabel").toString(), QStringLiteral("Person"));

        TodayModel today;
        today.setSession(session.get());
        QCOMPARE(column(today, "detail"),
                 QStringList {QStringLiteral("Birthday Friday 27 November")});
    }

    // A form's fields are the editor's, one property each: typing into one tells that one, so
    // a keystroke in a visit's notes or a person's name re-reads nothing else on the page.
    void writingAField_tellsThatFieldAlone_asItsKindKeepsIt()
    {
        auto session = freshSession();
        ContactEditor contact;
        contact.setSession(session.get());
        QObject *fields = contact.fields();
        const auto notifyOf = [fields](const char *name) {
            const auto *meta = fields->metaObject();
            return meta->property(meta->indexOfProperty(name)).notifySignal();
        };
        QSignalSpy firstName(fields, notifyOf("firstName"));
        QSignalSpy notes(fields, notifyOf("notes"));
        QSignalSpy hobbies(fields, notifyOf("hobbies"));
        QVERIFY(firstName.isValid() && notes.isValid() && hobbies.isValid());

        // As QML writes `contact.fields.firstName = text`.
        QVERIFY(fields->setProperty("firstName", QStringLiteral("  Mara ")));
        QCOMPARE(fields->property("firstName").toString(), QStringLiteral("Mara"));
        QCOMPARE(firstName.count(), 1);
        QCOMPARE(notes.count(), 0);
        QVERIFY(fields->setProperty("hobbies", QStringLiteral("sailing, , jazz, sailing")));
        QCOMPARE(fields->property("hobbies").toString(), QStringLiteral("sailing, jazz"));
        QCOMPARE(notes.count(), 0);
        QVERIFY(fields->setProperty("birthday", QStringLiteral("02-29")));
        QCOMPARE(fields->property("birthday").toString(), QStringLiteral("02-29"));
        QCOMPARE(contact.text(QStringLiteral("birthday")), QStringLiteral("--02-29"));
        // Refused, the form keeps showing what was typed, beside the reason.
        QVERIFY(fields->setProperty("anniversary", QStringLiteral("31-31")));
        QCOMPARE(fields->property("anniversary").toString(), QStringLiteral("31-31"));
        QVERIFY(contact.error().contains(QStringLiteral("31-31")));
        QVERIFY(!contact.save());
        QVERIFY(fields->setProperty("anniversary", QString()));
        QVERIFY(contact.save());

        // Another record shown: every field is read again.
        ContactEditor other;
        other.setSession(session.get());
        other.setDocumentId(contact.documentId());
        QCOMPARE(other.fields()->property("hobbies").toString(), QStringLiteral("sailing, jazz"));
        QCOMPARE(other.fields()->property("firstName").toString(), QStringLiteral("Mara"));
    }

    // A field added to a kind (the person's preferred language) is on its form and found by
    // search, from the kind's unit alone.
    void aContactsPreferredLanguage_isOnTheirFormAndFindsThem()
    {
        auto session = freshSession();
        ContactEditor contact;
        contact.setSession(session.get());
        QVERIFY(contact.fields()->setProperty("firstName", QStringLiteral("Inês")));
        QVERIFY(contact.fields()->setProperty("preferredLanguage", QStringLiteral(" Portuguese ")));
        QVERIFY(contact.save());

        ContactEditor reread;
        reread.setSession(session.get());
        reread.setDocumentId(contact.documentId());
        QCOMPARE(reread.fields()->property("preferredLanguage").toString(),
                 QStringLiteral("Portuguese"));
        SearchResultsModel search;
        search.setSession(session.get());
        search.setText(QStringLiteral("portugu"));
        QCOMPARE(column(search, "title"), QStringList {QStringLiteral("Inês")});
    }

    void badInput_isRefusedWithAMessageAndNothingIsLost()
    {
        auto session = freshSession();
        AccountEditor account;
        account.setSession(session.get());
        account.setText(QStringLiteral("name"), QStringLiteral("   "));
        QVERIFY(!account.save());
        QVERIFY(account.error().contains(QStringLiteral("needs a name")));
        account.setText(QStringLiteral("name"), QStringLiteral("Nordwind"));
        QVERIFY(!account.enter(QStringLiteral("cadenceDays"), QStringLiteral("two weeks")));
        QVERIFY(account.error().contains(QStringLiteral("not a whole number")));
        // Not saved with a field that holds no value of its kind: typed again, it is.
        QVERIFY(!account.save());
        QVERIFY(account.error().contains(QStringLiteral("two weeks")));
        QVERIFY(account.enter(QStringLiteral("cadenceDays"), QStringLiteral(" 14 ")));
        QCOMPARE(account.error(), QString());
        QVERIFY(account.save());
        QCOMPARE(account.number(QStringLiteral("cadenceDays")), 14);

        ContactEditor contact;
        contact.setSession(session.get());
        QVERIFY(!contact.save());
        QVERIFY(contact.error().contains(QStringLiteral("first or a last name")));
        contact.setText(QStringLiteral("firstName"), QStringLiteral("Zoë 🎉"));
        QVERIFY(contact.enter(QStringLiteral("birthday"), QStringLiteral("1984-02-29")));
        QVERIFY(!contact.enter(QStringLiteral("birthday"), QStringLiteral("1985-02-29")));
        QVERIFY(contact.error().contains(QStringLiteral("not a date")));
        QCOMPARE(contact.text(QStringLiteral("birthday")), QStringLiteral("1984-02-29"));
        QVERIFY(!contact.save()); // not with a birthday that is no day
        QVERIFY(contact.enter(QStringLiteral("birthday"), QStringLiteral("1984-02-29")));
        QVERIFY(contact.enter(QStringLiteral("anniversary"), QStringLiteral("02-29")));
        const QString longNote(10000, QLatin1Char('x'));
        contact.setText(QStringLiteral("notes"), longNote);
        QVERIFY(contact.save());

        ContactEditor reread;
        reread.setSession(session.get());
        reread.setDocumentId(contact.documentId());
        QCOMPARE(reread.displayName(), QStringLiteral("Zoë 🎉"));
        QCOMPARE(reread.text(QStringLiteral("notes")), longNote);
        QCOMPARE(reread.text(QStringLiteral("anniversary")), QStringLiteral("--02-29"));

        VisitRecorder recorder;
        recorder.setSession(session.get());
        recorder.setNotes(QStringLiteral("Typed before picking a customer"));
        QVERIFY(!recorder.finish());
        QVERIFY(recorder.error().contains(QStringLiteral("Pick the customer")));
        QVERIFY(!recorder.addNextStep(QStringLiteral("Call"), QStringLiteral("31.12.2026")));
        recorder.setDate(QStringLiteral("yesterday"));
        QVERIFY(recorder.error().contains(QStringLiteral("not a date")));
        QCOMPARE(recorder.date(), QStringLiteral("2026-11-25"));
        QCOMPARE(recorder.notes(), QStringLiteral("Typed before picking a customer"));
    }

    void fullDisk_saysSoInPlainWordsAndKeepsWhatWasTyped()
    {
        auto session = freshSession();
        QVERIFY(session->store()->limitFileSize(1).ok()); // not a page more
        ContactEditor contact;
        contact.setSession(session.get());
        contact.setText(QStringLiteral("firstName"), QStringLiteral("Mara"));
        contact.setText(QStringLiteral("notes"), QString(20000, QLatin1Char('x')));
        QVERIFY(!contact.save());
        QVERIFY2(contact.error().contains(QStringLiteral("This device is full")),
                 qPrintable(contact.error()));
        QCOMPARE(contact.text(QStringLiteral("firstName")), QStringLiteral("Mara"));
        QVERIFY(session->store()->limitFileSize(0).ok()); // room again
        QVERIFY(contact.save());
    }

    void editor_keepsTheFieldsOfANewerAppAndMergesOntoAConcurrentSave()
    {
        auto session = freshSession();
        rapport::Document doc;
        doc.id = "contact-x";
        doc.body = rapport::Json::parse(
            R"({"type":"contact","firstName":"Ida","futureField":{"kept":true}})");
        QVERIFY(session->save(doc).ok());

        ContactEditor form;
        form.setSession(session.get());
        form.setDocumentId(QStringLiteral("contact-x"));
        // Meanwhile another writer (a sync) changes another field.
        auto other = session->store()->get("contact-x");
        other->body["phone"] = "+49 30 1234567";
        QVERIFY(session->save(*other).ok());

        form.setText(QStringLiteral("lastName"), QStringLiteral("Berg"));
        QVERIFY2(form.save(), qPrintable(form.error()));
        auto stored = session->store()->get("contact-x");
        QCOMPARE(stored->body.value("lastName", std::string()), std::string("Berg"));
        QCOMPARE(stored->body.value("phone", std::string()), std::string("+49 30 1234567"));
        QVERIFY(stored->body["futureField"]["kept"] == true);
    }

    void conflictReview_restoresTheValueThatLostOrKeepsWhatWasKept()
    {
        auto session = freshSession();
        ContactEditor contact;
        contact.setSession(session.get());
        contact.setText(QStringLiteral("firstName"), QStringLiteral("Mara"));
        contact.setText(QStringLiteral("phone"), QStringLiteral("0421 1"));
        QVERIFY(contact.save());
        const auto id = contact.documentId().toStdString();
        // What the merge writes when another device's phone number lost to this one.
        for (const char *conflictId : {"conflict-1", "conflict-2"}) {
            rapport::Document conflict;
            conflict.id = conflictId;
            conflict.body = rapport::Json {{"type", "conflict"},
                                           {"schema", 1},
                                           {"kind", "value"},
                                           {"docId", id},
                                           {"field", "phone"},
                                           {"kept", "0421 1"},
                                           {"lost", "0421 2"},
                                           {"keptDevice", "x"},
                                           {"lostDevice", session->editor()->device()},
                                           {"keptAt", 1795000000000},
                                           {"lostAt", 1794990000000},
                                           {"status", "open"}};
            QVERIFY(session->save(conflict).ok());
        }

        ConflictListModel conflicts;
        QAbstractItemModelTester tester(&conflicts,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        conflicts.setSession(session.get());
        QCOMPARE(conflicts.rowCount(), 2);
        QCOMPARE(value(conflicts, 0, "title").toString(), QStringLiteral("Mara · phone"));
        QCOMPARE(value(conflicts, 0, "lost").toString(), QStringLiteral("0421 2"));
        QVERIFY(
            value(conflicts, 0, "lostWhere").toString().endsWith(QStringLiteral("this device")));
        QVERIFY(
            value(conflicts, 0, "keptWhere").toString().endsWith(QStringLiteral("another device")));

        SyncReview review;
        review.setSession(session.get());
        QVERIFY(review.restore(QStringLiteral("conflict-2")));
        QCOMPARE(session->store()->get(id)->body.value("phone", std::string()),
                 std::string("0421 2"));
        QCOMPARE(conflicts.rowCount(), 1);
        QVERIFY(review.dismiss(QStringLiteral("conflict-1")));
        QCOMPARE(conflicts.rowCount(), 0);
        QVERIFY(!review.dismiss(QStringLiteral("conflict-1")));
        QVERIFY(review.error().contains(QStringLiteral("dealt with already")));
        QVERIFY(review.changesWaiting() >= 3);
    }

    // One person, one name on every page: the people of an account, the Sync page's list of
    // what the server refused, and the Conflicts page (the Sync page said "Berg").
    void aPersonsName_isTheSameOnEveryPage()
    {
        auto session = freshSession();
        ContactEditor contact;
        contact.setSession(session.get());
        contact.setText(QStringLiteral("firstName"), QStringLiteral("Jonas"));
        contact.setText(QStringLiteral("lastName"), QStringLiteral("Berg"));
        QVERIFY(contact.save());
        QCOMPARE(contact.displayName(), QStringLiteral("Jonas Berg"));
        const auto id = contact.documentId().toStdString();
        const auto rev = session->store()->get(id)->rev;
        QVERIFY(session->store()->markRejected({id, rev, "forbidden", "not today"}).ok());
        rapport::Document conflict;
        conflict.id = "conflict-berg";
        conflict.body = rapport::Json {{"type", "conflict"}, {"schema", 1},      {"kind", "value"},
                                       {"docId", id},        {"field", "phone"}, {"kept", "1"},
                                       {"lost", "2"},        {"status", "open"}};
        QVERIFY(session->save(conflict).ok());

        SyncReview review;
        review.setSession(session.get());
        review.refresh();
        QCOMPARE(review.rejections().size(), 1);
        QCOMPARE(review.rejections().front().toMap().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Jonas Berg"));
        ConflictListModel conflicts;
        conflicts.setSession(session.get());
        QCOMPARE(value(conflicts, 0, "title").toString(), QStringLiteral("Jonas Berg · phone"));
    }

    void export_writesEveryRecordAsJsonWithoutHoldingUpTheScreen()
    {
        auto session = freshSession();
        newAccount(*session, QStringLiteral("Berg Bakery"));
        newAccount(*session, QStringLiteral("Crown Hotel"));
        QTemporaryDir folder;
        NotebookExport exporter;
        exporter.setProperty("session", QVariant::fromValue(session.get()));
        exporter.setFolder(folder.path());
        QSignalSpy done(&exporter, &NotebookExport::stateChanged);
        exporter.exportJson();
        QVERIFY(exporter.busy());
        QVERIFY(done.wait(10000));
        if (exporter.busy())
            QVERIFY(done.wait(10000));
        QVERIFY2(exporter.error().isEmpty(), qPrintable(exporter.error()));
        QFile file(exporter.lastFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto exported = rapport::Json::parse(file.readAll().toStdString());
        QCOMPARE(exported["docs"].size(), std::size_t(2));
        QVERIFY(exported["docs"][0].contains("_rev"));
    }

    void preferences_theThemeSurvivesARestart()
    {
        QStandardPaths::setTestModeEnabled(true);
        {
            Preferences preferences;
            preferences.setDarkTheme(true);
        }
        Preferences again;
        QVERIFY(again.darkTheme());
        again.setDarkTheme(false);
        QVERIFY(!Preferences().darkTheme());
    }

    // The size of text chosen in Settings is there after a restart; a damaged or hand-edited
    // value never makes the app unreadable (too small or too large to use).
    void preferences_theTextSizeSurvivesARestart_withinWhatCanBeRead()
    {
        QStandardPaths::setTestModeEnabled(true);
        Preferences().setTextScale(0);
        // Nothing chosen: the system's (the offscreen platform's 9 pt is below the standard).
        QCOMPARE(Preferences().chosenTextScale(), 0.0);
        QCOMPARE(Preferences().textScale(), Preferences::systemTextScale());
        QCOMPARE(Preferences::systemTextScale(), 1.0);
        {
            Preferences preferences;
            QSignalSpy changed(&preferences, &Preferences::textScaleChanged);
            preferences.setTextScale(1.6);
            QCOMPARE(changed.count(), 1);
        }
        QCOMPARE(Preferences().textScale(), 1.6);
        Preferences preferences;
        preferences.setTextScale(5);
        QCOMPARE(Preferences().textScale(), 2.0);
        QSettings().setValue(QStringLiteral("appearance/textScale"), QStringLiteral("huge"));
        QCOMPARE(Preferences().textScale(), 1.0);
        QSettings().setValue(QStringLiteral("appearance/textScale"), 0.2);
        QCOMPARE(Preferences().textScale(), 1.0);
        preferences.setTextScale(0);
        QCOMPARE(Preferences().chosenTextScale(), 0.0);
        QCOMPARE(Preferences().textScales().front(), 0.0);
        QCOMPARE(Preferences().textScales().back(), 2.0);

        // A desktop whose font was made larger (GNOME's Large Text: 11 pt x 1.25) reads larger.
        const QFont before = QGuiApplication::font();
        QFont larger = before;
        larger.setPixelSize(18);
        QGuiApplication::setFont(larger);
        QVERIFY(Preferences().textScale() > 1.2);
        QGuiApplication::setFont(before);
    }

    // The hour of the morning's reminders: 8 unless chosen, none at all, or a real hour.
    void preferences_theRemindersHour()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("reminders/hour"));
        QCOMPARE(Preferences::storedReminderHour(), 8);
        Preferences preferences;
        preferences.setReminderHour(-1);
        QCOMPARE(Preferences().reminderHour(), -1);
        preferences.setReminderHour(30);
        QCOMPARE(Preferences().reminderHour(), 23);
        QSettings().setValue(QStringLiteral("reminders/hour"), QStringLiteral("soon"));
        QCOMPARE(Preferences::storedReminderHour(), 8);
        QSettings().remove(QStringLiteral("reminders/hour"));
    }

    // A write on the session's connection that did not go through save() (a merge, a
    // duplicate flag) still reaches the lists and the sync scheduler: nobody has to remember.
    void anyWriteOnTheSession_isHeardByTheListsAndBySync()
    {
        auto session = freshSession();
        AccountListModel accounts;
        accounts.setSession(session.get());
        QSignalSpy changed(session.get(), &DatabaseSession::notebookChanged);
        QSignalSpy edits(session.get(), &DatabaseSession::localEdit);
        auto doc = rapport::Document::parse(R"({"_id":"a1","type":"account","name":"Nord"})");
        QVERIFY(doc.ok());
        QVERIFY(session->store()->put(*doc).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(edits.count(), 1);
        QCOMPARE(column(accounts, "name"), QStringList {QStringLiteral("Nord")});
        const rapport::Json draft {{"notes", "O"}};
        QVERIFY(session->store()->putLocal("_local/rapport-visit-draft", draft).ok());
        QCOMPARE(edits.count(), 1);
    }

    // Every section's lists exist at once; only the one on screen reads the notebook at each
    // change, and one behind another section catches up when it is shown again.
    void aListNobodySees_readsAgainWhenItIsSeen()
    {
        auto session = freshSession();
        newAccount(*session, QStringLiteral("Nord"));
        AccountListModel accounts;
        QAbstractItemModelTester tester(&accounts);
        accounts.setSession(session.get());
        accounts.setLive(false);
        newAccount(*session, QStringLiteral("Adler"));
        QCOMPARE(column(accounts, "name"), QStringList {QStringLiteral("Nord")});
        QSignalSpy counted(&accounts, &PagedListModel::countChanged);
        accounts.setLive(true);
        QCOMPARE(column(accounts, "name"),
                 (QStringList {QStringLiteral("Adler"), QStringLiteral("Nord")}));
        QCOMPARE(counted.count(), 1);
        // Seen, it follows each change again.
        newAccount(*session, QStringLiteral("Zander"));
        QCOMPARE(accounts.rowCount(), 3);
    }

    // QML sets a list's properties in an order of its own: the More page's lists and its
    // count of what waits to go, set up behind another section, read nothing before they are
    // seen (they read at the start, on the first frame's time), and are right once seen.
    void whatQmlMakesBehindAnotherSection_readsOnlyOnceSeen()
    {
        auto session = freshSession();
        newAccount(*session, QStringLiteral("Nord"));
        AccountListModel accounts;
        SyncReview review;
        QSignalSpy counted(&review, &SyncReview::refreshed);
        // What QML does when it makes them: begin, the properties in the file's order, complete.
        for (QQmlParserStatus *made :
             {static_cast<QQmlParserStatus *>(&accounts), static_cast<QQmlParserStatus *>(&review)})
            made->classBegin();
        accounts.setSession(session.get());
        review.setSession(session.get());
        accounts.setLive(false);
        review.setLive(false);
        accounts.componentComplete();
        review.componentComplete();
        QCOMPARE(accounts.rowCount(), 0);
        QCOMPARE(counted.count(), 0);
        newAccount(*session, QStringLiteral("Adler"));
        QCOMPARE(counted.count(), 0);

        accounts.setLive(true);
        review.setLive(true);
        QCOMPARE(column(accounts, "name"),
                 (QStringList {QStringLiteral("Adler"), QStringLiteral("Nord")}));
        QCOMPARE(counted.count(), 1);
        QCOMPARE(review.changesWaiting(), 2);
        newAccount(*session, QStringLiteral("Zander"));
        QCOMPARE(review.changesWaiting(), 3);
    }

    void searchIndex_isMergedWhileTheAppIsIdleNotOnSave()
    {
        // A hundred saves, one tap each: the full-text index gathers small segments (its
        // structure record lists each one) and no save merges them; a few seconds of nothing
        // happening, and the session's upkeep has merged them.
        const auto path = m_dir.filePath(QStringLiteral("upkeep.sqlite"));
        DatabaseSession session(path);
        QVERIFY(session.ready());
        auto structure = [&] {
            auto bytes = rapport::sqlite::singleInteger(
                session.store()->database(), "SELECT length(block) FROM search_data WHERE id = 10");
            return bytes ? *bytes : std::int64_t(-1);
        };
        for (int i = 0; i < 100; ++i)
            QVERIFY(session
                        .save(rapport::Document {"contact-upkeep-" + std::to_string(i),
                                                 {},
                                                 false,
                                                 rapport::Json {{"type", "contact"},
                                                                {"firstName", "Ida"},
                                                                {"lastName", std::to_string(i)}}})
                        .ok());
        const auto afterSaves = structure();
        QVERIFY(afterSaves > 0);
        QTRY_VERIFY_WITH_TIMEOUT(structure() < afterSaves / 2, 30000);
        QCOMPARE(session.queries()->search("ida", 5)->size(), std::size_t(5));
    }

    void visitDraft_isResumedByTheNextSession()
    {
        const auto path = m_dir.filePath(QStringLiteral("draft.sqlite"));
        {
            DatabaseSession session(path);
            VisitRecorder recorder;
            recorder.setSession(&session);
            recorder.setNotes(QStringLiteral("She asked about the"));
        }
        DatabaseSession session(path);
        VisitRecorder recorder;
        recorder.setSession(&session);
        QVERIFY(recorder.resumed());
        QCOMPARE(recorder.notes(), QStringLiteral("She asked about the"));
        recorder.discard();
        QVERIFY(!recorder.resumed());
        VisitRecorder again;
        again.setSession(&session);
        QVERIFY(!again.resumed());
    }
};

QTEST_MAIN(ModelsAndControllers)
#include "tst_models_and_controllers.moc"
