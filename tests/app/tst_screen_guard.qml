import QtQuick
import QtTest
import Rapport
import RapportTest

// The screen guard through the whole app window, as a person uses it, at phone and tablet
// size: stand mode shows nothing but the lead form (and survives a restart), leaving it takes
// a long press and a confirmation or the passcode, and a passcode chosen in Settings covers
// everything until it is typed on the keypad.
PageTestCase {
    id: testCase
    name: "ScreenGuard"

    Component {
        id: appWindow
        Main {
            sync: SyncController {}
            startPage: "today"
        }
    }

    function init_data() {
        return [{ tag: "phone", width: 412, height: 915 }, { tag: "tablet", width: 1280, height: 800 }];
    }

    // A notebook with a customer and an earlier lead, whose names must not show at the stand.
    function notebook() {
        const session = TestSessions.fresh();
        TestSessions.put(session, '{"_id":"account-weber","type":"account","name":"Weber Bakery"}');
        TestSessions.put(session, '{"_id":"contact-anna","type":"contact","firstName":"Anna","lastName":"Weber","accountId":"account-weber","notes":"Her son plays baseball"}');
        TestSessions.put(session, '{"_id":"lead-tom","type":"lead","name":"Tom Berg","company":"Berg Mills","event":"Bakery Expo 2026"}');
        return session;
    }
    function openApp(session, size) {
        const app = createTemporaryObject(appWindow, testCase, { session: session, width: size.width, height: size.height });
        verify(app !== null);
        settle(app.contentItem);
        return app;
    }
    // Nothing of the notebook: no person, company, earlier lead, note, and no way to them.
    function showsNothingOfTheNotebook(app) {
        for (const text of [/Anna/, /Weber/, /Tom Berg/, /Berg Mills/, /baseball/, /^Accounts$/, /^Search$/, /^Follow-ups$/, /^More$/, /^Settings$/])
            verify(!shows(app.contentItem, text), "shows " + text);
    }
    function goToSettings(app) {
        tap(find(app.contentItem, item => item.text === "More" && item.clicked !== undefined && item.visible));
        tap(find(app.contentItem, item => item.visible && item.title === "Settings" && item.clicked !== undefined));
        tryVerify(() => shows(app.contentItem, /^Stand mode$/));
    }
    function holdToLeave(app) {
        const hold = button(app.contentItem, "Hold to leave");
        settle(hold);
        mousePress(hold);
        // Held until the next screen shows: a tap alone is not enough.
        tryVerify(() => !hold.visible || !shows(app.contentItem, /^Save and next lead$/), 3000);
        mouseRelease(hold);
    }
    function typeOnKeypad(app, digits) {
        for (const digit of digits)
            tap(find(app.contentItem, item => item.visible && item.text === digit && item.clicked !== undefined));
        tap(button(app.contentItem, "OK"));
    }

    function test_standModeShowsTheLeadFormAlone_andSurvivesARestart(size) {
        const session = notebook();
        let app = openApp(session, size);
        goToSettings(app);
        tap(button(app.contentItem, "Start stand mode"));
        tryVerify(() => shows(app.contentItem, /^Leads at the stand$/));
        verify(button(app.contentItem, "Save and next lead"));
        showsNothingOfTheNotebook(app);
        verify(!find(app.contentItem, item => item.visible && item.text === "‹"), "a way back");

        // A visitor's lead, saved: the form is empty again, and the lead is not shown.
        type(field(app.contentItem, "Name").input, "Carla Diaz");
        type(field(app.contentItem, "Company").input, "Diaz Ovens");
        tap(button(app.contentItem, "Save and next lead"));
        tryVerify(() => shows(app.contentItem, /^1 lead saved\. Next one:$/));
        compare(field(app.contentItem, "Name").text, "");
        verify(!shows(app.contentItem, /Carla|Diaz/));
        showsNothingOfTheNotebook(app);

        // The tablet restarts: still at the stand.
        app.destroy();
        const restarted = TestSessions.reopen(session.path);
        app = openApp(restarted, size);
        tryVerify(() => shows(app.contentItem, /^Leads at the stand$/));
        showsNothingOfTheNotebook(app);
        verify(!shows(app.contentItem, /Carla/));

        // A tap is not enough to leave; a long press asks first (there is no passcode).
        mouseClick(button(app.contentItem, "Hold to leave"));
        verify(shows(app.contentItem, /^Leads at the stand$/));
        holdToLeave(app);
        tryVerify(() => shows(app.contentItem, /^Leave stand mode\?$/));
        showsNothingOfTheNotebook(app);
        tap(button(app.contentItem, "Back to the lead form"));
        tryVerify(() => shows(app.contentItem, /^Save and next lead$/));
        holdToLeave(app);
        tap(button(app.contentItem, "Leave stand mode"));
        tryVerify(() => shows(app.contentItem, /^More$/));
        verify(!shows(app.contentItem, /^Leads at the stand$/));
        app.destroy();
    }

    function test_aPasscodeCoversEverything_untilTypedOnTheKeypad(size) {
        const session = notebook();
        let app = openApp(session, size);
        goToSettings(app);
        verify(shows(app.contentItem, /^No passcode: whoever holds this device can open Rapport\.$/));
        tap(button(app.contentItem, "Choose a passcode"));
        type(field(app.contentItem, "New passcode, 4 to 12 digits").input, "2580");
        type(field(app.contentItem, "The new passcode again").input, "2581");
        tap(button(app.contentItem, "Save passcode"));
        tryVerify(() => shows(app.contentItem, /The two passcodes differ/));
        field(app.contentItem, "The new passcode again").text = "";
        type(field(app.contentItem, "The new passcode again").input, "2580");
        tap(button(app.contentItem, "Save passcode"));
        tryVerify(() => shows(app.contentItem, /^Asked when Rapport starts and after 5 minutes away\.$/));

        // The next start: the keypad, and nothing else.
        app.destroy();
        app = openApp(TestSessions.reopen(session.path), size);
        tryVerify(() => shows(app.contentItem, /^Rapport is locked$/));
        showsNothingOfTheNotebook(app);
        verify(!shows(app.contentItem, /^Today$/));
        typeOnKeypad(app, "1111");
        tryVerify(() => shows(app.contentItem, /^That is not the passcode\.$/));
        showsNothingOfTheNotebook(app);
        typeOnKeypad(app, "2580");
        tryVerify(() => !shows(app.contentItem, /^Rapport is locked$/));
        verify(shows(app.contentItem, /^More$/) || shows(app.contentItem, /^Accounts$/));

        // Stand mode with a passcode: leaving takes it.
        goToSettings(app);
        tap(button(app.contentItem, "Start stand mode"));
        tryVerify(() => shows(app.contentItem, /^Leads at the stand$/));
        holdToLeave(app);
        tryVerify(() => shows(app.contentItem, /^Passcode to leave stand mode$/));
        showsNothingOfTheNotebook(app);
        typeOnKeypad(app, "0000");
        tryVerify(() => shows(app.contentItem, /^That is not the passcode\.$/));
        verify(shows(app.contentItem, /^Passcode to leave stand mode$/));
        typeOnKeypad(app, "2580");
        tryVerify(() => shows(app.contentItem, /^Stand mode$/));
        verify(!shows(app.contentItem, /^Rapport is locked$/));

        // Lock now, before handing the phone over; five wrong tries earn a wait shown on screen.
        tap(button(app.contentItem, "Lock now"));
        tryVerify(() => shows(app.contentItem, /^Rapport is locked$/));
        for (let i = 0; i < 5; ++i)
            typeOnKeypad(app, "9999");
        tryVerify(() => shows(app.contentItem, /Try again in \d+ seconds\./));
        verify(!button(app.contentItem, "OK").enabled);
        app.destroy();
    }
}
