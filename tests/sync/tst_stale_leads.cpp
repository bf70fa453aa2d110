// A year after a trade show, the leads that never became customers and were never followed up
// are offered for forgetting; one kept is not offered again for a year; one forgotten is
// purged with an erasure record that names no one.
#include "check_ok.h"
#include "merge/local_editor.h"
#include "notebook/forget.h"
#include "notebook/notebook_index.h"
#include "notebook/stale_leads.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rapport;

class StaleLeads : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static std::vector<std::string> idsOf(const Result<std::vector<notebook::StaleLead>> &leads)
    {
        std::vector<std::string> ids;
        if (leads)
            for (const auto &lead : *leads)
                ids.push_back(lead.id);
        return ids;
    }

private slots:
    void leftLeads_areOffered_keptOnesWaitAYear_forgottenOnesGo()
    {
        auto store = std::move(
            *notebook::openStore(m_dir.filePath(QStringLiteral("n.sqlite")).toStdString()));
        auto editor = std::move(*merge::LocalEditor::open(*store));
        auto put = [&](const std::string &json) {
            auto doc = Document::parse(json);
            QVERIFY(doc.ok());
            CHECK_OK(editor->save(*doc));
        };
        put(R"({"_id":"lead-left","type":"lead","name":"Ines Vogt","company":"Vogt Mills",
            "capturedOn":"2025-02-14","event":"EuroShop"})");
        put(R"({"_id":"lead-older","type":"lead","name":"Pia Kahn","capturedOn":"2024-09-01"})");
        put(R"({"_id":"lead-followed","type":"lead","name":"Tom Berg","capturedOn":"2025-02-14"})");
        put(R"({"_id":"followup-tom","type":"followup","title":"Call Tom","leadId":"lead-followed"})");
        put(R"({"_id":"lead-customer","type":"lead","name":"Eva Lund","capturedOn":"2025-02-14",
            "contactId":"contact-eva"})");
        put(R"({"_id":"lead-recent","type":"lead","name":"Max Roth","capturedOn":"2026-06-01"})");

        const std::string today = "2026-12-03";
        auto offered = notebook::staleLeads(*store, today);
        CHECK_OK(offered);
        QVERIFY(idsOf(offered) == (std::vector<std::string> {"lead-older", "lead-left"}));
        QCOMPARE(offered->back().company, std::string("Vogt Mills"));
        QCOMPARE(offered->back().event, std::string("EuroShop"));

        // Kept: not offered again until a year after the choice.
        CHECK_OK(notebook::keepLead(*editor, "lead-left", today));
        QVERIFY(idsOf(notebook::staleLeads(*store, today))
                == (std::vector<std::string> {"lead-older"}));
        // A year on, it is offered again (and by then so is the lead captured in June).
        QVERIFY(idsOf(notebook::staleLeads(*store, "2027-12-04"))
                == (std::vector<std::string> {"lead-older", "lead-left", "lead-recent"}));
        QCOMPARE(notebook::keepLead(*editor, "followup-tom", today).error().code, Errc::BadRequest);

        // Forgotten: purged, with an erasure record that holds ids and revisions only.
        auto erasure = notebook::forgetRecords(*store, {"lead-older"}, today);
        CHECK_OK(erasure);
        QCOMPARE(store->get("lead-older").error().code, Errc::NotFound);
        auto record = store->get(*erasure);
        QVERIFY(record.ok());
        QVERIFY(record->body["forgotten"].contains("lead-older"));
        QVERIFY(record->body.dump().find("Pia") == std::string::npos);
        QVERIFY(notebook::staleLeads(*store, today)->empty());
    }
};

QTEST_GUILESS_MAIN(StaleLeads)
#include "tst_stale_leads.moc"
