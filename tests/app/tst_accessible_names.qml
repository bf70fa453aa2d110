import QtQuick
import QtQuick.Controls
import QtTest
import Rapport
import RapportTest

// A screen reader on a phone reads each control by its accessible name: every control a person
// can reach on every place of the app has one, made of words (not "‹" or "✕"). Fails naming the
// page and the control that has none.
PageTestCase {
    id: testCase
    name: "AccessibleNames"

    Component {
        id: appWindow
        Main {
            sync: SyncController {}
        }
    }

    function notebook() {
        const session = TestSessions.fresh();
        session.today = new Date(2026, 10, 25);
        TestSessions.put(session, '{"_id":"account-weber","type":"account","name":"Weber Mills","town":"Lübeck"}');
        TestSessions.put(session, '{"_id":"contact-anna","type":"contact","firstName":"Anna","lastName":"Weber","accountId":"account-weber","email":"anna@example.org","phone":"+49 451 1234","birthday":"--11-25","hobbies":["baseball"]}');
        TestSessions.put(session, '{"_id":"visit-1","type":"visit","accountId":"account-weber","date":"2026-11-20","notes":"Talked about ovens"}');
        TestSessions.put(session, '{"_id":"followup-1","type":"followup","title":"Call about the quote","due":"2026-11-25","accountId":"account-weber"}');
        TestSessions.put(session, '{"_id":"lead-tom","type":"lead","name":"Tom Berg","company":"Berg Mills","event":"Bakery Expo 2026"}');
        return session;
    }

    function init_data() {
        const pages = ["today", "accounts", "account", "contact", "visit", "followups", "search", "more", "sync", "conflicts", "settings", "data", "cadence", "leads"];
        return pages.map(page => ({ tag: page, page: page }));
    }

    // What a person can operate: buttons, boxes, fields, switches.
    function isControl(item) {
        return item.visible && (item.clicked !== undefined || item.placeholderText !== undefined || item.currentIndex !== undefined && item.popup !== undefined || item.checked !== undefined && item.toggled !== undefined);
    }
    // Its own, or for a button its text: Qt names a button by its text once a screen reader is
    // active (which it is not in a test, so the attached name is empty until then).
    function accessibleName(item) {
        const own = String(item.Accessible.name || "");
        if (own !== "" || item.text === undefined || item.clicked === undefined)
            return own;
        return String(item.text);
    }
    function named(item) {
        return /[A-Za-zÀ-ÿ]{2,}/.test(accessibleName(item));
    }

    function test_everyControlHasAName(data) {
        const documents = { account: "account-weber", contact: "contact-anna" };
        const app = createTemporaryObject(appWindow, testCase, { session: notebook(), startPage: data.page, startDocument: documents[data.page] ?? "" });
        verify(app !== null);
        settle(app.contentItem);
        const unnamed = [];
        find(app.contentItem, item => {
            if (isControl(item) && !named(item) && unnamed.indexOf(item) < 0)
                unnamed.push(item);
            return false;
        });
        compare(unnamed.map(item => String(item) + " \"" + (item.text ?? item.placeholderText ?? "") + "\""), []);
    }
}
