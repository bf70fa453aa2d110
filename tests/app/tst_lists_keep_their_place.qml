import QtQuick
import QtTest
import Rapport
import RapportTest

// A salesperson scrolled down the customers when a sync lands 500 more, most of them sorted
// above the one they look at: the list does not jump, the customer under their thumb stays
// where it was, and what changed in the rows they see shows in place.
PageTestCase {
    id: testCase
    name: "ListsKeepTheirPlace"

    Component {
        id: accountsPage
        AccountsPage {
            width: testCase.width
            height: testCase.height
        }
    }

    function account(id, name, town) {
        return '{"_id":"' + id + '","type":"account","name":"' + name + '","town":"' + town + '"}';
    }
    function listOf(page) {
        return find(page, item => item.positionViewAtIndex !== undefined && item.count > 0);
    }
    // The name on the row at the top of what the list shows.
    function topName(list) {
        const row = list.itemAt(10, list.contentY + 5);
        verify(row !== null, "no row at the top of the list");
        return row.title;
    }

    function test_aSyncOf500_keepsTheRowUnderTheThumb() {
        const s = TestSessions.fresh();
        for (let i = 0; i < 120; ++i)
            TestSessions.put(s, account("m" + i, "Müller " + String(i).padStart(3, "0"), "Ulm"));
        const page = createTemporaryObject(accountsPage, testCase, { session: s });
        const list = listOf(page);
        tryVerify(() => list.count >= 50);
        list.positionViewAtIndex(40, ListView.Beginning);
        settle(list);
        tryVerify(() => topName(list) !== "Müller 000");
        const before = topName(list);
        const detailBefore = list.itemAt(10, list.contentY + 5).detail;

        let arriving = [];
        for (let i = 0; i < 500; ++i)
            arriving.push(JSON.parse(account("a" + i, (i < 400 ? "Adler " : "Zeller ") + String(i).padStart(3, "0"), "Bonn")));
        // One of the rows on screen changes too: another device recorded a visit there.
        const shownId = "m" + Number(before.slice(-3));
        arriving.push({ "_id": shownId + "-visit", "type": "visit", "accountId": shownId, "date": "2026-11-30", "title": "Oven" });
        TestSessions.arriveFromSync(s, JSON.stringify(arriving));
        settle(list);

        compare(topName(list), before);
        // The 400 that sort above it came in above it, loaded.
        verify(list.count >= 441, "the rows that came in above are loaded: " + list.count);
        // And the visit just recorded shows on its row, where it is.
        verify(list.itemAt(10, list.contentY + 5).detail !== detailBefore);
    }
}
