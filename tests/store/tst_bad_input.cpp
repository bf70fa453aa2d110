// Bad input gets a clear error or a correct answer: never a crash, never a changed database.
#include "notebook/notebook_queries.h"
#include "store_fixture.h"

using namespace rapport;

class BadInput : public QObject
{
    Q_OBJECT

private:
    StoreFixture db;
    std::int64_t seqBefore = 0;

    void remember() { seqBefore = *db.store->lastSequence(); }
    void expectUnchanged() { QCOMPARE(*db.store->lastSequence(), seqBefore); }

private slots:
    void init() { remember(); }

    void malformedJson_isABadRequest()
    {
        for (const char *text :
             {"", "{", "{\"_id\":\"a\",}", "nul", "{\"_id\":\"a\" \"x\":1}", "\"str\""}) {
            auto doc = Document::parse(text);
            QVERIFY2(!doc.ok(), text);
            QCOMPARE(doc.error().code, Errc::BadRequest);
        }
    }

    void nonObjectBodies_areABadRequest()
    {
        QCOMPARE(Document::parse("[1,2,3]").error().code, Errc::BadRequest);
        QCOMPARE(Document::parse("42").error().code, Errc::BadRequest);
        Document doc;
        doc.id = "arr";
        doc.body = Json::array({1, 2});
        QCOMPARE(db.store->put(doc).error().code, Errc::BadRequest);
        expectUnchanged();
    }

    void invalidUtf8_isABadRequest()
    {
        // Bytes built by value: moc's lexer misreads hex escapes in string literals.
        const std::string invalid {static_cast<char>(0xff), static_cast<char>(0xfe)};
        QCOMPARE(Document::parse(R"({"_id":"u","x":")" + invalid + R"("})").error().code,
                 Errc::BadRequest);
        Document doc;
        doc.id = "u2";
        doc.body["name"] = "caf" + std::string(1, static_cast<char>(0xe9)); // Latin-1, not UTF-8
        auto written = db.store->put(doc);
        QCOMPARE(written.error().code, Errc::BadRequest);
        QVERIFY(written.error().message.find("UTF-8") != std::string::npos);
        expectUnchanged();
    }

    void twentyMegabyteDocument_isTooLarge()
    {
        Document doc;
        doc.id = "huge";
        doc.body["type"] = "visit";
        doc.body["notes"] = std::string(20 * 1024 * 1024, 'n');
        auto written = db.store->put(doc);
        QCOMPARE(written.error().code, Errc::TooLarge);
        QCOMPARE(db.store->get("huge").error().code, Errc::NotFound);
        expectUnchanged();
    }

    void deeplyNestedDocument_isRefusedNotAStackOverflow()
    {
        const std::string text = "{\"_id\":\"deep\",\"x\":" + std::string(100000, '[')
            + std::string(100000, ']') + "}";
        auto doc = Document::parse(text);
        QCOMPARE(doc.error().code, Errc::BadRequest);
        expectUnchanged();
    }

    void specialMembers_areRefusedByName()
    {
        auto doc = Document::parse(R"({"_id":"s","_secret":1})");
        QCOMPARE(doc.error().code, Errc::BadRequest);
        QVERIFY(doc.error().message.find("_secret") != std::string::npos);
        QCOMPARE(Document::parse(R"({"_id":"_users"})").error().code, Errc::BadRequest);
        QCOMPARE(Document::parse(R"({"_id":""})").error().code, Errc::BadRequest);
        QCOMPARE(Document::parse(R"({"_id":7})").error().code, Errc::BadRequest);
        QCOMPARE(Document::parse(R"({"_id":"x","_rev":"banana"})").error().code, Errc::BadRequest);
    }

    void awkwardIds_roundTrip_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("quotes") << QStringLiteral("O'Brien \"the boss\"");
        QTest::newRow("slashes") << QStringLiteral("contact/2026/../../etc/passwd");
        QTest::newRow("backslash") << QStringLiteral("a\\b");
        QTest::newRow("emoji") << QStringLiteral("🎉 party 👨‍👩‍👧");
        QTest::newRow("sql") << QStringLiteral("x'); DROP TABLE docs; --");
        QTest::newRow("percent") << QStringLiteral("100%_done");
    }

    void awkwardIds_roundTrip()
    {
        QFETCH(QString, id);
        Document doc;
        doc.id = id.toStdString();
        doc.body["type"] = "contact";
        doc.body["firstName"] = id.toStdString();
        auto written = db.store->put(doc);
        CHECK_OK(written);
        auto read = db.store->get(doc.id);
        CHECK_OK(read);
        QCOMPARE(read->id, doc.id);
        QCOMPARE(read->body["firstName"].get<std::string>(), doc.id);
    }

    void searchMetacharacters_areJustText_data()
    {
        QTest::addColumn<QString>("typed");
        for (const char *typed : {"\"",        "\"\"", "*",     "NEAR(",
                                  "NEAR(a b)", "a OR", "OR",    "AND NOT",
                                  "-",         "^",    ":",     "title:secret",
                                  "(",         ")",    "{a b}", "'; DROP TABLE docs; --",
                                  "%",         "_",    "\\",    "—",
                                  "🎉",         "   ",  "a\"b",  "+",
                                  "x*y"})
            QTest::newRow(typed) << QString::fromUtf8(typed);
    }

    void searchMetacharacters_areJustText()
    {
        QFETCH(QString, typed);
        auto hits = NotebookQueries(*db.store).search(typed.toStdString(), 20);
        CHECK_OK(hits);
        QVERIFY(db.store->stats().ok());
    }

    void searchMetacharacters_stillFindWhatTheyContain()
    {
        StoreFixture own; // its own file: the awkward ids above include an O'Brien too
        // An ordinary literal: moc's lexer reads an apostrophe inside a raw string as a char
        // literal.
        const auto siobhan
            = makeDocument("{\"_id\":\"ob\",\"type\":\"contact\",\"firstName\":\"Siobhan\","
                           "\"lastName\":\"O'Brien\"}");
        CHECK_OK(own.store->put(siobhan));
        CHECK_OK(own.store->put(
            makeDocument(R"({"_id":"or","type":"account","name":"OR Surgical Supplies"})")));
        auto hits = NotebookQueries(*own.store).search("O'Brien", 10);
        CHECK_OK(hits);
        QCOMPARE(hits->size(), std::size_t(1));
        QCOMPARE(hits->front().id, std::string("ob"));
        // "OR" is a word to find, not an operator.
        auto orHits = NotebookQueries(*own.store).search("OR surgical", 10);
        CHECK_OK(orHits);
        QCOMPARE(orHits->size(), std::size_t(1));
        QCOMPARE(orHits->front().id, std::string("or"));
        // Not a column filter (which would find Siobhan by her name): the phrase "title siobhan"
        // is in no document.
        auto filtered = NotebookQueries(*own.store).search("title:siobhan", 10);
        CHECK_OK(filtered);
        QVERIFY(filtered->empty());
    }
};

QTEST_GUILESS_MAIN(BadInput)
#include "tst_bad_input.moc"
