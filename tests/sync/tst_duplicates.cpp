// One person created on two devices arrives as two contacts: flagged for the user, never merged
// silently, and flagged the same way on every device.
#include "check_ok.h"
#include "merge/duplicates.h"
#include "notebook/notebook_index.h"
#include "notebook/notebook_queries.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rapport;

namespace {

struct Device
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store
        = std::move(*notebook::openStore(dir.filePath(QStringLiteral("d.sqlite")).toStdString()));

    void put(const Json &json)
    {
        auto doc = Document::fromJson(json);
        if (!doc || !store->put(*doc))
            qFatal("put failed");
    }

    std::vector<Json> flags()
    {
        std::vector<Json> out;
        if (!store->forEachDocument([&](const Document &doc) {
                if (doc.type() == "duplicate")
                    out.push_back(doc.toJson());
            }))
            qFatal("listing failed");
        return out;
    }
};

} // namespace

class DuplicatesTest : public QObject
{
    Q_OBJECT

private slots:
    void samePersonByEmailPhoneOrNameInAccount_isFlaggedOnce()
    {
        Device phone;
        phone.put({{"_id", "c-a"},
                   {"type", "contact"},
                   {"firstName", "Mara"},
                   {"email", "mara@example.org"}});
        phone.put({{"_id", "c-b"},
                   {"type", "contact"},
                   {"firstName", "Mara K."},
                   {"email", "  Mara@Example.org "}});
        phone.put({{"_id", "c-c"},
                   {"type", "contact"},
                   {"firstName", "Jonas"},
                   {"phone", "+49 (421) 555-0101"}});
        phone.put({{"_id", "c-d"},
                   {"type", "contact"},
                   {"firstName", "J."},
                   {"phone", "+49421/5550101"}});
        phone.put({{"_id", "c-e"},
                   {"type", "contact"},
                   {"firstName", "Lea"},
                   {"lastName", "Berg"},
                   {"accountId", "acme"}});
        phone.put({{"_id", "c-f"},
                   {"type", "contact"},
                   {"firstName", "lea"},
                   {"lastName", "berg"},
                   {"accountId", "acme"}});
        phone.put({{"_id", "c-g"},
                   {"type", "contact"},
                   {"firstName", "Lea"},
                   {"lastName", "Berg"},
                   {"accountId", "other"}}); // another company's Lea
        auto flagged = merge::flagLikelyDuplicates(*phone.store, 0);
        CHECK_OK(flagged);
        QCOMPARE(*flagged, 3);
        std::vector<Json> pairs;
        for (const auto &flag : phone.flags())
            pairs.push_back(flag["ids"]);
        std::sort(pairs.begin(), pairs.end());
        QVERIFY(pairs
                == (std::vector<Json> {Json({"c-a", "c-b"}), Json({"c-c", "c-d"}),
                                       Json({"c-e", "c-f"})}));
        // Nothing was merged: all seven contacts are still there.
        QCOMPARE(NotebookQueries(*phone.store).recordsByType()->at("contact"), std::int64_t(7));
        // Flagged once: asking again adds nothing.
        QCOMPARE(*merge::flagLikelyDuplicates(*phone.store, 0), 0);
    }

    void aDismissedFlag_isNotRaisedAgain_andTwoDevicesWriteTheSameFlag()
    {
        Device phone;
        Device tablet;
        for (Device *device : {&phone, &tablet}) {
            device->put({{"_id", "c-1"}, {"type", "contact"}, {"email", "ben@example.org"}});
            device->put({{"_id", "c-2"}, {"type", "contact"}, {"email", "ben@example.org"}});
            QCOMPARE(*merge::flagLikelyDuplicates(*device->store, 0), 1);
        }
        QCOMPARE(phone.flags().front().dump(), tablet.flags().front().dump()); // same id and rev

        Json dismissed = phone.flags().front();
        dismissed["status"] = "dismissed";
        phone.put(dismissed);
        QCOMPARE(*merge::flagLikelyDuplicates(*phone.store, 0), 0);
        QCOMPARE(phone.flags().front()["status"].get<std::string>(), std::string("dismissed"));
    }
};

QTEST_GUILESS_MAIN(DuplicatesTest)
#include "tst_duplicates.moc"
