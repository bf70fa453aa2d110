import QtQuick
import QtTest
import Rapport
import RapportTest

// The relationship features through the real pages: congratulate from Today (the mail app opens
// with the words, and Today remembers), answer the nudge after a visit that promised nothing,
// record what a customer said and see the trend, answer why an account went quiet, and set how
// often a segment's customers are seen.
PageTestCase {
    id: testCase
    name: "Relationships"

    Component {
        id: today
        TodayPage {
            width: testCase.width
            height: testCase.height
        }
    }
    Component {
        id: account
        AccountPage {
            width: testCase.width
            height: testCase.height
        }
    }
    Component {
        id: feedback
        FeedbackPage {
            width: testCase.width
            height: testCase.height
        }
    }
    Component {
        id: cadence
        CadencePage {
            width: testCase.width
            height: testCase.height
        }
    }
    Component {
        id: leadForm
        LeadPage {
            width: testCase.width
            height: testCase.height
        }
    }
    Component {
        id: leadList
        LeadsPage {
            width: testCase.width
            height: testCase.height
        }
    }
    SignalSpy {
        id: savedSpy
        signalName: "saved"
    }

    function session() {
        const s = TestSessions.fresh();
        s.today = new Date(2026, 10, 25);
        return s;
    }

    function test_congratulateFromToday() {
        const s = session();
        TestSessions.put(s, '{"_id":"c1","type":"contact","firstName":"Mara","lastName":"Lind","email":"mara@example.org","birthday":"--11-25"}');
        const page = createTemporaryObject(today, testCase, { session: s });
        tryVerify(() => shows(page, /Birthday today · say congratulations/));
        tap(button(page, "E-mail"));
        compare(TestSessions.lastOpenedUrl, "mailto:mara@example.org?subject=Happy birthday, Mara!&body=Happy birthday, Mara! I hope you have a wonderful day, and all the best for the year ahead.");
        tryVerify(() => shows(page, /Birthday today · congratulated/));
        verify(!find(page, item => item.text === "E-mail" && item.visible));
    }

    function test_nudgeAfterAVisitThatPromisedNothing() {
        const s = session();
        TestSessions.put(s, '{"_id":"a1","type":"account","name":"Berg Bakery"}');
        TestSessions.put(s, '{"_id":"v1","type":"visit","accountId":"a1","date":"2026-11-20","title":"Oven trial"}');
        const page = createTemporaryObject(today, testCase, { session: s });
        tryVerify(() => shows(page, /Berg Bakery · Oven trial/));
        verify(shows(page, /send them something useful/));
        tap(button(page, "Plan a follow-up"));
        tryVerify(() => !shows(page, /Berg Bakery · Oven trial/));
    }

    function test_feedbackTrendAndTheLapsedQuestion() {
        const s = session();
        TestSessions.put(s, '{"_id":"a1","type":"account","name":"Berg Bakery","cadenceDays":30}');
        TestSessions.put(s, '{"_id":"v1","type":"visit","accountId":"a1","date":"2026-09-01","noFollowUpNeeded":true}');
        for (const score of [5, 3]) {
            const form = createTemporaryObject(feedback, testCase, { session: s, accountId: "a1" });
            savedSpy.clear();
            savedSpy.target = form;
            tap(button(form, String(score)));
            type(find(form, item => item.placeholderText !== undefined && item.placeholderText.startsWith("Deliveries")), "ok");
            tap(button(form.header, "Save"));
            compare(savedSpy.count, 1, "feedback not saved");
            form.destroy();
        }
        const page = createTemporaryObject(account, testCase, { session: s, accountId: "a1" });
        tryVerify(() => shows(page, /Falling: 5, 3 out of 5/));
        verify(shows(page, /Quiet since Tue 1 Sep: 85 days, past the 30 you aim for. Why\?/));
        tap(button(page, "Seasonal"));
        tap(button(page, "Keep the answer"));
        tryVerify(() => shows(page, /Why it went quiet \(Wed 25 Nov\): Seasonal/));
        verify(!shows(page, /Quiet since/));
    }

    function test_cadencePerSegment() {
        const s = session();
        TestSessions.put(s, '{"_id":"a1","type":"account","name":"Shop","segment":"retail"}');
        TestSessions.put(s, '{"_id":"v1","type":"visit","accountId":"a1","date":"2026-10-01","noFollowUpNeeded":true}');
        const page = createTemporaryObject(cadence, testCase, { session: s });
        const retail = field(page, "retail");
        type(retail.input, "30");
        keyClick(Qt.Key_Return);
        const todayPage = createTemporaryObject(today, testCase, { session: s });
        tryVerify(() => shows(todayPage, /Gone quiet|ask them why/i));
    }

    function test_tradeShowLeadsInSecondsEach() {
        const s = session();
        const form = createTemporaryObject(leadForm, testCase, { session: s, event: "Bakery Expo" });
        type(field(form, "Name").input, "Ann Lee");
        type(field(form, "Company").input, "Lee Ovens");
        type(field(form, "What they care about").input, "ovens, energy costs");
        tap(button(form, "Hot"));
        tap(button(form, "Save and next lead"));
        tryVerify(() => shows(form, /^1 lead saved. Next one:$/));
        compare(field(form, "Name").text, "");
        compare(field(form, "Event").text, "Bakery Expo");
        type(field(form, "Name").input, "Bo Chan");
        tap(button(form, "Save and next lead"));
        tryVerify(() => shows(form, /^2 leads saved/));
        form.destroy();

        const list = createTemporaryObject(leadList, testCase, { session: s });
        tryVerify(() => shows(list, /^Ann Lee$/));
        verify(shows(list, /Never followed up · Lee Ovens · hot · Bakery Expo Wed 25 Nov/));
        tap(button(list, "Never followed up"));
        tryVerify(() => shows(list, /^Bo Chan$/));
    }
}
