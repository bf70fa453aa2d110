// The one rule for what a record is called, as a table: every page and message asks it.
#include "notebook/display_name.h"

#include <QTest>

using namespace rapport;

class DisplayName : public QObject
{
    Q_OBJECT

private slots:
    void names_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("first and last")
            << R"({"type":"contact","firstName":"Jonas","lastName":"Berg"})"
            << "Jonas Berg";
        QTest::newRow("last alone") << R"({"type":"contact","lastName":"Berg"})"
                                    << "Berg";
        QTest::newRow("first alone") << R"({"type":"contact","firstName":"Jonas"})"
                                     << "Jonas";
        QTest::newRow("spaces trimmed")
            << R"({"type":"contact","firstName":"  Jonas ","lastName":" Berg "})"
            << "Jonas Berg";
        QTest::newRow("a whole name") << R"({"type":"lead","name":"Eva Holm"})"
                                      << "Eva Holm";
        QTest::newRow("first and last before name")
            << R"({"type":"contact","firstName":"Jonas","lastName":"Berg","name":"JB"})"
            << "Jonas Berg";
        QTest::newRow("an account") << R"({"type":"account","name":"Berg Bakery"})"
                                    << "Berg Bakery";
        QTest::newRow("a follow-up") << R"({"type":"followup","title":"Send the brochure"})"
                                     << "Send the brochure";
        QTest::newRow("a visit has none") << R"({"type":"visit","notes":"x"})"
                                          << "";
        QTest::newRow("not text") << R"({"type":"contact","firstName":7,"name":["x"]})"
                                  << "";
    }

    void names()
    {
        QFETCH(QString, body);
        QFETCH(QString, expected);
        const auto json = Json::parse(body.toStdString());
        QCOMPARE(QString::fromStdString(notebook::displayName(json)), expected);
    }
};

QTEST_GUILESS_MAIN(DisplayName)
#include "tst_display_name.moc"
