import QtQuick
import QtQuick.Controls
import QtTest
import Rapport
import RapportTest

// On a keyboard (a tablet's, or a screen reader's swipes, which follow the same chain), Tab goes
// through a form as a person reads it: top to bottom, and left to right along a row. Fails
// naming the page and the two controls out of order.
PageTestCase {
    id: testCase
    name: "FocusOrder"

    Component {
        id: contactEdit
        ContactEditPage {
            width: testCase.width
            height: testCase.height
        }
    }
    Component {
        id: accountEdit
        AccountEditPage {
            width: testCase.width
            height: testCase.height
        }
    }
    Component {
        id: visit
        VisitPage {
            width: testCase.width
            height: testCase.height
        }
    }
    Component {
        id: lead
        LeadPage {
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

    function notebook() {
        const session = TestSessions.fresh();
        session.today = new Date(2026, 10, 25);
        TestSessions.put(session, '{"_id":"account-weber","type":"account","name":"Weber Mills"}');
        TestSessions.put(session, '{"_id":"contact-anna","type":"contact","firstName":"Anna","lastName":"Weber","accountId":"account-weber"}');
        return session;
    }

    function init_data() {
        return [
            { tag: "new person", page: contactEdit, properties: { accountId: "account-weber" } },
            { tag: "a person", page: contactEdit, properties: { contactId: "contact-anna" } },
            { tag: "new customer", page: accountEdit, properties: {} },
            { tag: "a customer", page: accountEdit, properties: { accountId: "account-weber" } },
            { tag: "record a visit", page: visit, properties: { accountId: "account-weber" } },
            { tag: "new lead", page: lead, properties: {} },
            { tag: "what they said", page: feedback, properties: { accountId: "account-weber" } }
        ];
    }

    function inside(item, ancestor) {
        for (let it = item; it; it = it.parent) {
            if (it === ancestor)
                return true;
        }
        return false;
    }
    function describe(item) {
        return String(item) + " \"" + (item.text || item.placeholderText || item.Accessible.name || "") + "\"";
    }

    function test_tabFollowsThePage(data) {
        const properties = Object.assign({ session: notebook() }, data.properties);
        const page = createTemporaryObject(data.page, testCase, properties);
        verify(page !== null);
        settle(page);
        // The controls Tab reaches in the page's body (the title bar's back and save come first
        // or last, as on every page), in the order Tab reaches them.
        const first = page.contentItem.nextItemInFocusChain(true);
        verify(first !== null);
        const chain = [];
        for (let item = first; item && chain.indexOf(item) < 0; item = item.nextItemInFocusChain(true)) {
            if (inside(item, page.contentItem) && item.visible)
                chain.push(item);
        }
        verify(chain.length >= 2, "Tab reaches " + chain.length + " controls");
        // The chain is a circle: start it at the control nearest the top.
        const positions = chain.map(item => {
            const at = item.mapToItem(page.contentItem, 0, 0);
            return { x: at.x, y: at.y, middle: at.y + item.height / 2, height: item.height };
        });
        // Side by side when each one's middle is within the other's height.
        const sideBySide = (a, b) => Math.abs(a.middle - b.middle) < Math.min(a.height, b.height) / 2;
        let start = 0;
        positions.forEach((p, i) => {
            if (sideBySide(p, positions[start]) ? p.x < positions[start].x : p.y < positions[start].y)
                start = i;
        });
        const outOfOrder = [];
        for (let n = 1; n < chain.length; ++n) {
            const before = positions[(start + n - 1) % chain.length];
            const after = positions[(start + n) % chain.length];
            if (sideBySide(before, after) ? after.x < before.x : after.middle < before.middle)
                outOfOrder.push(describe(chain[(start + n - 1) % chain.length]) + " then " + describe(chain[(start + n) % chain.length]));
        }
        compare(outOfOrder, []);
    }
}
