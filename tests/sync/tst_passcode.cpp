// The passcode that guards the screen: kept only as a salted hash, the right one opens, five
// wrong tries are free and then each further one waits longer, counted across restarts.
#include "core/passcode.h"

#include <QTest>

using rapport::Passcode;

class PasscodeTest : public QObject
{
    Q_OBJECT

private slots:
    void onlyFourToTwelveDigits_makeAPasscode()
    {
        QVERIFY(!Passcode::choose("123"));
        QVERIFY(!Passcode::choose("12a4"));
        QVERIFY(!Passcode::choose("1234567890123"));
        QVERIFY(Passcode::choose("0000"));
        QVERIFY(Passcode::choose("123456789012"));
    }

    void isKeptAsASaltedHash_neverAsTyped()
    {
        const auto first = Passcode::choose("482913");
        const auto second = Passcode::choose("482913");
        QVERIFY(first && second);
        const std::string kept = first->toJson().dump();
        QVERIFY(kept.find("482913") == std::string::npos);
        QVERIFY(first->toJson()["hash"] != second->toJson()["hash"]); // a salt of its own
    }

    void theRightOneOpens_fiveWrongAreFree_thenTheWaitGrows_acrossARestart()
    {
        auto passcode = *Passcode::choose("2468");
        std::int64_t now = 1'000'000;
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(passcode.check("1111", now), Passcode::Answer::Wrong);
            QCOMPARE(passcode.waitMs(now), std::int64_t {0});
        }
        QCOMPARE(passcode.check("1111", now), Passcode::Answer::Wrong); // the fifth
        QCOMPARE(passcode.waitMs(now), std::int64_t {30000});
        // Even the right one waits, and trying meanwhile does not count.
        QCOMPARE(passcode.check("2468", now + 1000), Passcode::Answer::Wait);
        QCOMPARE(passcode.wrongTries(), 5);

        // The app restarted: the count and the wait come back with it.
        auto restarted = *Passcode::fromJson(passcode.toJson());
        QCOMPARE(restarted.waitMs(now + 1000), std::int64_t {29000});
        now += 30000;
        QCOMPARE(restarted.check("9999", now), Passcode::Answer::Wrong);
        QCOMPARE(restarted.waitMs(now), std::int64_t {60000});
        now += 60000;
        QCOMPARE(restarted.check("2468", now), Passcode::Answer::Right);
        QCOMPARE(restarted.wrongTries(), 0);
        QCOMPARE(restarted.check("1111", now), Passcode::Answer::Wrong);
        QCOMPARE(restarted.waitMs(now), std::int64_t {0});
    }

    void aDamagedRecord_isNoPasscode()
    {
        QVERIFY(!Passcode::fromJson(rapport::Json::parse(R"({"salt":"00","hash":"ab"})")));
        QVERIFY(!Passcode::fromJson(rapport::Json::array()));
    }
};

QTEST_GUILESS_MAIN(PasscodeTest)
#include "tst_passcode.moc"
