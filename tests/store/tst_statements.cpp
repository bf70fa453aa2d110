// The statement cache under the store: keyed by the SQL's text (so SQL may be built at run
// time), and a statement in use is never handed out twice (a query run for each row of
// another query of the same text used to reset the outer one, which then stopped early).
#include "check_ok.h"
#include "store/sqlite.h"

#include <QTest>

using namespace rapport;
using namespace rapport::sqlite;

class Statements : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> db;

private slots:
    void init()
    {
        auto opened = Database::open(":memory:", Database::Mode::ReadWrite);
        CHECK_OK(opened);
        db = std::move(*opened);
        CHECK_OK(db->exec("CREATE TABLE people(id INTEGER PRIMARY KEY, name TEXT);"
                          "INSERT INTO people(name) VALUES ('Mara'), ('Jonas'), ('Eva');"));
    }

    void nestedUseOfTheSameStatement_eachRunsToItsEnd()
    {
        const char *sql = "SELECT name FROM people WHERE id >= ? ORDER BY id";
        auto outer = db->prepare(sql);
        CHECK_OK(outer);
        outer->bind(1, 1);
        std::vector<std::string> outerNames;
        int innerRows = 0;
        while (true) {
            auto row = outer->step();
            CHECK_OK(row);
            if (!*row)
                break;
            outerNames.push_back(outer->text(0));
            auto inner = db->prepare(sql); // the same text, while the outer one runs
            CHECK_OK(inner);
            inner->bind(1, 1);
            while (*inner->step())
                ++innerRows;
        }
        QCOMPARE(outerNames, (std::vector<std::string> {"Mara", "Jonas", "Eva"}));
        QCOMPARE(innerRows, 9);
        QCOMPARE(db->preparedStatements(), std::size_t(2)); // one for each level, kept
    }

    // Row readers read columns by their name in the statement, whatever their position.
    void columnsByName_readTheirValues_nullAsNothing()
    {
        CHECK_OK(db->exec("INSERT INTO people(name) VALUES (NULL)"));
        auto query = db->prepare("SELECT name AS who, id AS row_id, id * 10 AS tenfold "
                                 "FROM people ORDER BY id");
        CHECK_OK(query);
        std::vector<std::string> names;
        std::int64_t lastTenfold = 0;
        while (*query->step()) {
            QCOMPARE(query->integer("tenfold"), query->integer("row_id") * 10);
            names.push_back(query->text("who"));
            lastTenfold = query->integer("tenfold");
            QCOMPARE(query->isNull("who"), names.back().empty());
        }
        QCOMPARE(names, (std::vector<std::string> {"Mara", "Jonas", "Eva", ""}));
        QCOMPARE(lastTenfold, std::int64_t(40));
    }

    void sqlBuiltAtRunTime_isPreparedOnceForItsText()
    {
        for (int i = 0; i < 5; ++i) {
            const std::string sql = std::string("SELECT count(*) FROM ") + "people";
            auto query = db->prepare(sql);
            CHECK_OK(query);
            QVERIFY(*query->step());
            QCOMPARE(query->integer(0), std::int64_t(3));
        }
        QCOMPARE(db->preparedStatements(), std::size_t(1));
    }

    void aFinishedQuery_leavesNoReadOpen()
    {
        {
            auto query = db->prepare("SELECT name FROM people");
            CHECK_OK(query);
            QVERIFY(*query->step()); // stopped after the first row
        }
        // A statement still stepping would keep the schema locked; DROP would fail.
        CHECK_OK(db->exec("DROP TABLE people"));
    }
};

QTEST_GUILESS_MAIN(Statements)
#include "tst_statements.moc"
