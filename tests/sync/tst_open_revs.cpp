// Reading open_revs answers, which servers without _bulk_get give instead: CouchDB's
// multipart/mixed (with a revision that has attachments, and a missing one) and the JSON list,
// and answers that are cut short or malformed, which must be errors and never documents.
#include "check_ok.h"
#include "replicator/open_revs.h"

#include <QTest>

using namespace rapport;
using namespace rapport::replicator;

namespace {

// Laid out as CouchDB 3 lays out GET /db/c1?open_revs=[...]&revs=true with
// Accept: multipart/mixed: a plain revision, one with an attachment (multipart/related inside),
// and one the server does not have.
std::string couchMultipart()
{
    const std::string crlf = "\r\n";
    return "--b7a1d" + crlf + "Content-Type: application/json" + crlf + crlf
        + Json {{"_id", "c1"},
                {"_rev", "2-bbb"},
                {"type", "contact"},
                {"firstName", "Eva"},
                {"_revisions", {{"start", 2}, {"ids", {"bbb", "aaa"}}}}}
              .dump()
        + crlf + "--b7a1d" + crlf + "Content-Type: multipart/related; boundary=\"in9\"" + crlf
        + crlf + "--in9" + crlf + "Content-Type: application/json" + crlf + crlf
        + Json {{"_id", "c1"},
                {"_rev", "2-ccc"},
                {"type", "contact"},
                {"firstName", "Eve"},
                {"_revisions", {{"start", 2}, {"ids", {"ccc", "aaa"}}}},
                {"_attachments", {{"card.txt", {{"follows", true}, {"length", 5}}}}}}
              .dump()
        + crlf + "--in9" + crlf + "Content-Disposition: attachment; filename=\"card.txt\"" + crlf
        + "Content-Type: text/plain" + crlf + crlf + "hello" + crlf + "--in9--" + crlf + "--b7a1d"
        + crlf + "Content-Type: application/json; error=\"true\"" + crlf + crlf
        + Json {{"missing", "3-ddd"}}.dump() + crlf + "--b7a1d--";
}

} // namespace

class OpenRevsTest : public QObject
{
    Q_OBJECT

private slots:
    void multipart_givesEveryRevisionWithItsHistoryAndNamesTheMissingOne()
    {
        auto fetched = parseOpenRevs("c1", "multipart/mixed; boundary=\"b7a1d\"", couchMultipart());
        CHECK_OK(fetched);
        QCOMPARE(fetched->size(), std::size_t(3));
        QCOMPARE((*fetched)[0].rev, std::string("2-bbb"));
        QVERIFY((*(*fetched)[0].doc)["_revisions"]["ids"] == Json({"bbb", "aaa"}));
        QCOMPARE((*(*fetched)[1].doc)["firstName"].get<std::string>(), std::string("Eve"));
        // Another client's attachment stays on the server: kept as a stub, as _bulk_get gives it.
        QVERIFY((*(*fetched)[1].doc)["_attachments"]["card.txt"]
                == Json({{"length", 5}, {"stub", true}}));
        QCOMPARE((*fetched)[2].rev, std::string("3-ddd"));
        QVERIFY(!(*fetched)[2].doc);
        QCOMPARE((*fetched)[2].error, std::string("not_found"));
    }

    void json_givesTheSameAsMultipart()
    {
        const Json answer
            = Json::array({{{"ok",
                             {{"_id", "c1"},
                              {"_rev", "2-bbb"},
                              {"_deleted", true},
                              {"_revisions", {{"start", 2}, {"ids", {"bbb", "aaa"}}}}}}},
                           {{"missing", "3-ddd"}}});
        auto fetched = parseOpenRevs("c1", "application/json", answer.dump());
        CHECK_OK(fetched);
        QCOMPARE(fetched->size(), std::size_t(2));
        QVERIFY((*(*fetched)[0].doc)["_deleted"] == Json(true));
        QCOMPARE((*fetched)[1].error, std::string("not_found"));
    }

    void cutShortOrMalformed_isAProtocolErrorNotADocument()
    {
        const std::string whole = couchMultipart();
        const std::string multipart = "multipart/mixed; boundary=b7a1d";
        for (std::size_t cut :
             {std::size_t(0), std::size_t(30), whole.size() / 2, whole.size() - 3}) {
            auto fetched = parseOpenRevs("c1", multipart, whole.substr(0, cut));
            QVERIFY2(!fetched, std::to_string(cut).c_str());
            QCOMPARE(fetched.error().code, Errc::Protocol);
        }
        QCOMPARE(parseOpenRevs("c1", "multipart/mixed", whole).error().code, Errc::Protocol);
        QCOMPARE(
            parseOpenRevs("c1", "application/json", "[{\"ok\":{\"_id\":\"c1\"}}]").error().code,
            Errc::Protocol);
        QCOMPARE(parseOpenRevs("c1", "application/json", "{\"ok\":1}").error().code,
                 Errc::Protocol);
        QCOMPARE(parseOpenRevs("c1", "application/json", R"([{"ok":{"_id":"other","_rev":"1-a"}}])")
                     .error()
                     .code,
                 Errc::Protocol);
    }
};

QTEST_GUILESS_MAIN(OpenRevsTest)
#include "tst_open_revs.moc"
