// The notebook's operations, as the app's forms and rapport-cli both call them: what they
// write, what they refuse (writing nothing), and that every write is heard by the store's
// commit observer, so no caller has to announce it.
#include "check_ok.h"
#include "merge/local_editor.h"
#include "notebook/notebook_index.h"
#include "notebook/notebook_queries.h"
#include "notebook/operations.h"
#include "relationship/leads.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rapport;

namespace {

struct Notebook
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store
        = std::move(*notebook::openStore(dir.filePath(QStringLiteral("n.sqlite")).toStdString()));
    std::unique_ptr<merge::LocalEditor> editor = std::move(*merge::LocalEditor::open(*store));
    int commitsHeard = 0;

    Notebook()
    {
        store->observeCommits([this](const std::vector<std::string> &) { ++commitsHeard; });
    }

    Json body(const std::string &id)
    {
        auto doc = store->get(id);
        if (!doc)
            qFatal("missing %s", id.c_str());
        return doc->body;
    }

    std::int64_t documents()
    {
        auto stats = store->stats();
        if (!stats)
            qFatal("stats failed");
        return stats->documents;
    }
};

} // namespace

class NotebookOperationsTest : public QObject
{
    Q_OBJECT

private slots:
    void recordVisit_writesTheVisitAndAFollowUpPerNextStep_inOneCommit()
    {
        Notebook book;
        auto account = notebook::createAccount(*book.editor, "  Fischer & Söhne ");
        CHECK_OK(account);
        auto jonas = notebook::createContact(*book.editor, "Jonas", "Berg", *account);
        CHECK_OK(jonas);
        auto mia = notebook::createContact(*book.editor, "", "Lund", *account);
        CHECK_OK(mia);
        QVERIFY(book.body(*account)["name"] == Json("Fischer & Söhne"));
        QVERIFY(book.body(*jonas)["accountId"] == Json(*account));
        const int before = book.commitsHeard;

        notebook::VisitEntry entry;
        entry.accountId = *account;
        entry.contactIds = {*jonas, *mia};
        entry.date = "2026-12-02";
        entry.notes = " Wants the spring range early. ";
        entry.nextSteps = {{"Send the quote", "2026-12-04"}, {"Call about samples", ""}};
        auto visit = notebook::recordVisit(*book.editor, entry);
        CHECK_OK(visit);
        QCOMPARE(book.commitsHeard, before + 1);

        const auto written = book.body(visit->visitId);
        QVERIFY(written["type"] == Json("visit"));
        QVERIFY(written["accountId"] == Json(*account));
        QVERIFY(written["contactIds"] == (Json {*jonas, *mia}));
        QVERIFY(written["notes"] == Json("Wants the spring range early."));
        QVERIFY(!written.contains("title"));
        QVERIFY(written["nextSteps"] == (Json {"Send the quote", "Call about samples"}));
        QCOMPARE(visit->followUpIds.size(), std::size_t(2));
        const auto quote = book.body(visit->followUpIds[0]);
        QVERIFY(quote["title"] == Json("Send the quote"));
        QVERIFY(quote["due"] == Json("2026-12-04"));
        QVERIFY(quote["done"] == Json(false));
        QVERIFY(quote["visitId"] == Json(visit->visitId));
        QVERIFY(quote["accountId"] == Json(*account));
        QVERIFY(quote["contactId"] == Json(*jonas));
        QVERIFY(!book.body(visit->followUpIds[1]).contains("due"));
        // Written through the editor: stamped for the merge.
        QVERIFY(written.contains("clocks"));

        // And the screens see them at once.
        NotebookQueries queries(*book.store);
        auto open = queries.openFollowUpsOfAccount(*account);
        CHECK_OK(open);
        QCOMPARE(open->size(), std::size_t(2));
    }

    void refusedVisit_writesNothing_andSaysWhy()
    {
        Notebook book;
        auto account = notebook::createAccount(*book.editor, "Nordwind");
        CHECK_OK(account);
        const auto documents = book.documents();
        const int heard = book.commitsHeard;

        notebook::VisitEntry noCustomer;
        noCustomer.date = "2026-12-02";
        auto refused = notebook::recordVisit(*book.editor, noCustomer);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Errc::BadRequest);
        QVERIFY(refused.error().message.find("customer") != std::string::npos);

        notebook::VisitEntry badDay;
        badDay.accountId = *account;
        badDay.date = "2026-02-30";
        refused = notebook::recordVisit(*book.editor, badDay);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.find("2026-02-30") != std::string::npos);

        notebook::VisitEntry badStep;
        badStep.accountId = *account;
        badStep.date = "2026-12-02";
        badStep.nextSteps = {{"Send the quote", "2026-12-04"}, {"  ", ""}};
        refused = notebook::recordVisit(*book.editor, badStep);
        QVERIFY(!refused);
        QCOMPARE(refused.error().message, std::string("Say what the next step is."));

        // A person who is not in the notebook (a typo on the command line): nothing is
        // written, not even the visit that came before the failing check.
        notebook::VisitEntry stranger;
        stranger.accountId = *account;
        stranger.date = "2026-12-02";
        stranger.contactIds = {"contact-nobody"};
        stranger.nextSteps = {{"Send the quote", ""}};
        refused = notebook::recordVisit(*book.editor, stranger);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Errc::NotFound);

        notebook::VisitEntry notAnAccount;
        notAnAccount.accountId = "contact-nobody";
        notAnAccount.date = "2026-12-02";
        QCOMPARE(notebook::recordVisit(*book.editor, notAnAccount).error().code, Errc::NotFound);

        QCOMPARE(book.documents(), documents);
        QCOMPARE(book.commitsHeard, heard);
        QCOMPARE(notebook::createAccount(*book.editor, " ").error().code, Errc::BadRequest);
        QCOMPARE(notebook::createContact(*book.editor, "", " ", "").error().code, Errc::BadRequest);
        QCOMPARE(notebook::createContact(*book.editor, "Eva", "", "account-gone").error().code,
                 Errc::NotFound);
        QCOMPARE(book.documents(), documents);
    }

    void followUpsFromAVisitAndFromALead_haveOneShape()
    {
        Notebook book;
        auto account = notebook::createAccount(*book.editor, "Nordwind");
        auto jonas = notebook::createContact(*book.editor, "Jonas", "Berg", *account);
        notebook::VisitEntry entry;
        entry.accountId = *account;
        entry.contactIds = {*jonas};
        entry.date = "2026-11-30";
        auto visit = notebook::recordVisit(*book.editor, entry);
        CHECK_OK(visit);

        const auto nudge
            = notebook::followUpAfterVisit(visit->visitId, book.body(visit->visitId), "2026-12-31");
        QCOMPARE(nudge.due, std::string("2027-01-02"));
        QCOMPARE(nudge.accountId, *account);
        QCOMPARE(nudge.contactId, *jonas);
        QCOMPARE(nudge.visitId, visit->visitId);
        auto planned = notebook::planFollowUp(*book.editor, nudge);
        CHECK_OK(planned);
        QVERIFY(book.body(*planned)["visitId"] == Json(visit->visitId));

        CHECK_OK(book.store->put(*Document::fromJson(
            {{"_id", "lead-1"}, {"type", "lead"}, {"name", "Mia Lund"}, {"company", "Kvist"}})));
        const auto lead = notebook::followUpForLead("lead-1", book.body("lead-1"), "2026-12-02");
        QCOMPARE(lead.title, std::string("Follow up with Mia Lund"));
        QCOMPARE(lead.due, std::string("2026-12-04"));
        QVERIFY(lead.contactId.empty());
        auto leadFollowUp = notebook::planFollowUp(*book.editor, lead);
        CHECK_OK(leadFollowUp);
        QVERIFY(book.body(*leadFollowUp)["leadId"] == Json("lead-1"));
        NotebookQueries queries(*book.store);
        auto leads = queries.leads(LeadState::NeverFollowedUp, std::nullopt, 10);
        CHECK_OK(leads);
        QVERIFY(leads->empty()); // followed up now

        // Converted, the lead's follow-up goes to the person it became.
        auto converted = relationship::convertLead(*book.editor, "lead-1");
        CHECK_OK(converted);
        QCOMPARE(notebook::followUpForLead("lead-1", book.body("lead-1"), "2026-12-02").contactId,
                 converted->contactId);

        notebook::FollowUpPlan untitled;
        untitled.due = "2026-12-04";
        QCOMPARE(notebook::planFollowUp(*book.editor, untitled).error().code, Errc::BadRequest);
    }

    void tickingOff_andNoFollowUpNeeded_editTheRecord()
    {
        Notebook book;
        auto account = notebook::createAccount(*book.editor, "Nordwind");
        notebook::VisitEntry entry;
        entry.accountId = *account;
        entry.date = "2026-12-01";
        entry.nextSteps = {{"Send the quote", "2026-12-03"}};
        auto visit = notebook::recordVisit(*book.editor, entry);
        CHECK_OK(visit);
        CHECK_OK(notebook::setFollowUpDone(*book.editor, visit->followUpIds[0], true));
        QVERIFY(book.body(visit->followUpIds[0])["done"] == Json(true));
        CHECK_OK(notebook::markNoFollowUpNeeded(*book.editor, visit->visitId));
        QVERIFY(book.body(visit->visitId)["noFollowUpNeeded"] == Json(true));
        // Ids of another kind are not taken for one.
        QCOMPARE(notebook::setFollowUpDone(*book.editor, visit->visitId, true).error().code,
                 Errc::NotFound);
        QCOMPARE(notebook::markNoFollowUpNeeded(*book.editor, *account).error().code,
                 Errc::NotFound);
    }
};

QTEST_GUILESS_MAIN(NotebookOperationsTest)
#include "tst_notebook_operations.moc"
