import QtQuick
import QtQuick.Controls
import QtTest
import Rapport
import RapportTest

// The taps between a salesperson's intention and the thing done, counted through the whole app
// window at phone and tablet size. Typing goes where the keyboard is, as on a phone: no test
// here gives a field the focus itself.
PageTestCase {
    id: testCase
    name: "Taps"

    Component {
        id: appWindow
        Main {
            sync: SyncController {}
            startPage: "today"
        }
    }

    property int taps: 0

    function init_data() {
        return [{ tag: "phone", width: 412, height: 915 }, { tag: "tablet", width: 1280, height: 800 }];
    }
    function init() {
        taps = 0;
    }

    function notebook() {
        const session = TestSessions.fresh();
        session.today = new Date(2026, 10, 25);
        TestSessions.put(session, '{"_id":"account-nordbrot","type":"account","name":"Nordbrot Bakery"}');
        TestSessions.put(session, '{"_id":"account-weber","type":"account","name":"Weber Mills"}');
        TestSessions.put(session, '{"_id":"contact-anna","type":"contact","firstName":"Anna","lastName":"Weber","accountId":"account-weber","hobbies":["baseball"]}');
        // Nordbrot was seen last: the first customer proposed.
        TestSessions.put(session, '{"_id":"visit-1","type":"visit","accountId":"account-weber","date":"2026-11-02"}');
        TestSessions.put(session, '{"_id":"visit-2","type":"visit","accountId":"account-nordbrot","date":"2026-11-20"}');
        return session;
    }
    function openApp(session, size) {
        const app = createTemporaryObject(appWindow, testCase, { session: session, width: size.width, height: size.height });
        verify(app !== null);
        waitForRendering(app.contentItem);
        return app;
    }
    function tapCounted(item) {
        verify(item !== null);
        tap(item);
        ++taps;
    }
    function visibleButton(app, text) {
        return find(app.contentItem, item => item.visible && item.text === text && item.clicked !== undefined);
    }
    // The page around an item (on a tablet, Today's list stays beside what is opened from it).
    function pageAround(item) {
        while (item && (item.header === undefined || item.background === undefined))
            item = item.parent;
        verify(item !== null);
        return item;
    }
    // Keys as a keyboard sends them, to whatever has the focus.
    function typeWhereTheFocusIs(text) {
        for (const c of text)
            keyClick(c);
    }

    function test_typingAVisitNoteFromLaunch_takesTwoTaps(size) {
        const session = notebook();
        const app = openApp(session, size);
        tapCounted(visibleButton(app, "Record a visit"));
        const customer = find(app.contentItem, item => item.visible && item.placeholderText === "Who did you visit?");
        verify(customer !== null, "no customer box");
        tryVerify(() => customer.activeFocus, 1000, "the customer box waits for a tap");
        const visit = pageAround(customer);
        const proposed = find(visit, item => item.visible && item.title !== undefined && item.clicked !== undefined);
        compare(proposed.title, "Nordbrot Bakery"); // the customer seen last, first
        tapCounted(proposed);
        typeWhereTheFocusIs("New ovens in March");
        const notes = find(app.contentItem, item => item.visible && item.label === "Notes" && item.area !== undefined);
        compare(notes.area.text, "New ovens in March");
        compare(taps, 2);
    }

    function test_typingTheCustomerFromLaunch_needsNoTapOnTheBox(size) {
        const session = notebook();
        const app = openApp(session, size);
        tapCounted(visibleButton(app, "Record a visit"));
        typeWhereTheFocusIs("Weber");
        const customer = find(app.contentItem, item => item.visible && item.placeholderText === "Who did you visit?");
        compare(customer.text, "Weber");
        tapCounted(find(pageAround(customer), item => item.visible && item.title === "Weber Mills" && item.clicked !== undefined));
        typeWhereTheFocusIs("Asked about");
        const notes = find(app.contentItem, item => item.visible && item.label === "Notes" && item.area !== undefined);
        compare(notes.area.text, "Asked about");
        compare(taps, 2);
    }

    // The app closed mid-sentence: Today offers the note, and one tap has the keyboard where it
    // stopped. On the way, the customer's page offers it too.
    function test_continuingAVisitNoteAfterARestart_takesOneTap(size) {
        const session = notebook();
        let app = openApp(session, size);
        verify(!shows(app.contentItem, /^Continue/));
        tapCounted(visibleButton(app, "Record a visit"));
        const customer = find(app.contentItem, item => item.visible && item.placeholderText === "Who did you visit?");
        tapCounted(find(pageAround(customer), item => item.visible && item.title === "Nordbrot Bakery" && item.clicked !== undefined));
        typeWhereTheFocusIs("New ovens");
        app.destroy();

        app = openApp(TestSessions.reopen(session.path), size);
        taps = 0;
        tapCounted(find(app.contentItem, item => item.visible && item.title === "Continue the visit note for Nordbrot Bakery" && item.clicked !== undefined));
        typeWhereTheFocusIs(" in March");
        const notes = find(app.contentItem, item => item.visible && item.label === "Notes" && item.area !== undefined);
        compare(notes.area.text, "New ovens in March");
        compare(taps, 1);
        tap(button(pageAround(notes), "Save visit"));
        tryVerify(() => !shows(app.contentItem, /^Continue the visit note/));
    }

    function test_theCustomersPageOffersTheUnfinishedNote(size) {
        const session = notebook();
        const app = openApp(session, size);
        tapCounted(visibleButton(app, "Record a visit"));
        typeWhereTheFocusIs("Weber");
        const customer = find(app.contentItem, item => item.visible && item.placeholderText === "Who did you visit?");
        tap(find(pageAround(customer), item => item.visible && item.title === "Weber Mills" && item.clicked !== undefined));
        typeWhereTheFocusIs("Prices");
        app.open("account", "account-weber");
        tryVerify(() => visibleButton(app, "Continue the visit note") !== null);
        app.open("account", "account-nordbrot");
        tryVerify(() => visibleButton(app, "Record a visit") !== null && visibleButton(app, "Continue the visit note") === null);
    }

    function test_searchingFromLaunch_takesOneTap(size) {
        const session = notebook();
        const app = openApp(session, size);
        tapCounted(find(app.contentItem, item => item.visible && item.text === "Search" && item.clicked !== undefined));
        typeWhereTheFocusIs("baseball");
        tryVerify(() => find(app.contentItem, item => item.visible && item.title === "Anna Weber") !== null);
        compare(taps, 1);
    }
}
