// The scheduler's rules, each with a made-up clock: when sync runs, and when it does not.
#include "sync_policy.h"

#include <QTest>

using rapport::platform::SyncPolicy;
using rapport::platform::SyncTiming;
using namespace std::chrono_literals;
using Outcome = SyncPolicy::Outcome;

namespace {

const SyncPolicy::Time t0 {};

SyncPolicy::Time at(std::chrono::milliseconds offset)
{
    return t0 + offset;
}

// Signed in and online at t0, with the first sync (the one at start) done.
SyncPolicy settled()
{
    SyncPolicy policy;
    policy.setSignedIn(true, t0);
    policy.setOnline(true, t0);
    policy.started(t0);
    policy.finished(Outcome::Done, t0);
    return policy;
}

} // namespace

class SyncPolicyRules : public QObject
{
    Q_OBJECT

private slots:
    void start_syncsAtOnceWhenSignedInAndOnline()
    {
        SyncPolicy policy;
        QVERIFY(!policy.shouldStart(t0)); // not signed in, not online
        policy.setSignedIn(true, t0);
        QVERIFY(!policy.shouldStart(t0)); // offline
        policy.setOnline(true, at(1s));
        QVERIFY(policy.shouldStart(at(1s)));
    }

    void offlineOrSignedOut_nothingRuns()
    {
        auto policy = settled();
        policy.setOnline(false, at(1s));
        policy.localEdit(at(1s));
        policy.requestNow(at(2s));
        QVERIFY(!policy.shouldStart(at(1h)));
        QVERIFY(!policy.nextStart());
        policy.setOnline(true, at(1h));
        policy.setSignedIn(false, at(1h));
        QVERIFY(!policy.shouldStart(at(2h)));
    }

    void reconnect_syncsAtOnceEvenDuringABackoff()
    {
        auto policy = settled();
        policy.started(at(1s));
        policy.finished(Outcome::Failed, at(1s));
        policy.started(at(3s));
        policy.finished(Outcome::Failed, at(3s)); // backing off for 4 s now
        policy.setOnline(false, at(4s));
        policy.setOnline(true, at(5s));
        QVERIFY(policy.shouldStart(at(5s)));
    }

    void localEdits_goUpAFewSecondsAfterTheLastOne()
    {
        auto policy = settled();
        policy.localEdit(at(10s));
        policy.localEdit(at(11s));
        policy.localEdit(at(12s));
        QVERIFY(!policy.shouldStart(at(14s)));
        QCOMPARE(*policy.nextStart(), at(15s));
        QVERIFY(policy.shouldStart(at(15s)));
    }

    void localEdits_typingOnStillSyncsWithinTheBound()
    {
        auto policy = settled();
        for (int second = 100; second < 200; ++second) {
            policy.localEdit(at(std::chrono::seconds(second)));
            if (policy.shouldStart(at(std::chrono::seconds(second)))) {
                QCOMPARE(second, 115); // 15 s after the first edit of the burst
                return;
            }
        }
        QFAIL("typing without pause never synced");
    }

    void neverTwoAtOnce_whatIsAskedMeanwhileRunsRightAfter()
    {
        auto policy = settled();
        policy.requestNow(at(1s));
        QVERIFY(policy.shouldStart(at(1s)));
        policy.started(at(1s));
        policy.requestNow(at(2s));
        policy.remoteChanged(at(2s));
        QVERIFY(!policy.shouldStart(at(2s)));
        policy.finished(Outcome::Done, at(3s));
        QVERIFY(policy.shouldStart(at(3s)));
    }

    void editDuringASync_goesUpInTheNextOne()
    {
        auto policy = settled();
        policy.requestNow(at(1s));
        policy.started(at(1s));
        policy.localEdit(at(2s));
        policy.finished(Outcome::Done, at(3s));
        QVERIFY(!policy.shouldStart(at(4s)));
        QVERIFY(policy.shouldStart(at(5s)));
    }

    void failures_backOffExponentiallyUpToTheCap()
    {
        auto policy = settled();
        auto now = at(1s);
        policy.requestNow(now);
        std::vector<std::chrono::milliseconds> waits;
        for (int i = 0; i < 10; ++i) {
            policy.started(now);
            policy.finished(Outcome::Failed, now);
            const auto next = *policy.nextStart();
            waits.push_back(std::chrono::duration_cast<std::chrono::milliseconds>(next - now));
            QVERIFY(!policy.shouldStart(next - 1ms));
            QVERIFY(policy.shouldStart(next));
            now = next;
        }
        QCOMPARE(waits[0], std::chrono::milliseconds(2s));
        QCOMPARE(waits[1], std::chrono::milliseconds(4s));
        QCOMPARE(waits[2], std::chrono::milliseconds(8s));
        QCOMPARE(waits.back(), std::chrono::milliseconds(5min));
        policy.started(now);
        policy.finished(Outcome::Done, now);
        QCOMPARE(policy.failures(), 0);
    }

    void signInRefused_stopsUntilThePersonSignsInAgain()
    {
        auto policy = settled();
        policy.requestNow(at(1s));
        policy.started(at(1s));
        policy.finished(Outcome::SignInRefused, at(1s));
        QVERIFY(policy.stoppedBySignIn());
        policy.localEdit(at(2s));
        policy.requestNow(at(3s));
        policy.setOnline(false, at(4s));
        policy.setOnline(true, at(5s));
        QVERIFY(!policy.shouldStart(at(1h)));
        policy.setSignedIn(true, at(1h)); // the person signs in again
        QVERIFY(!policy.stoppedBySignIn());
        QVERIFY(policy.shouldStart(at(1h)));
    }

    void whileOnline_aFullSyncRunsPeriodically()
    {
        auto policy = settled();
        QCOMPARE(*policy.nextStart(), at(5min));
        QVERIFY(!policy.shouldStart(at(5min) - 1ms));
        QVERIFY(policy.shouldStart(at(5min)));
    }

    void remoteChange_syncsAtOnce()
    {
        auto policy = settled();
        policy.remoteChanged(at(7s));
        QVERIFY(policy.shouldStart(at(7s)));
    }

    void cancelled_whatWasWantedStaysWanted()
    {
        auto policy = settled();
        policy.localEdit(at(1s));
        policy.started(at(4s));
        policy.finished(Outcome::Cancelled, at(5s));
        QVERIFY(policy.shouldStart(at(5s)));
    }
};

QTEST_GUILESS_MAIN(SyncPolicyRules)
#include "tst_sync_policy.moc"
