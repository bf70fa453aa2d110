import QtQuick
import QtTest
import Rapport
import RapportTest

TestCase {
    id: testCase
    name: "TodayPage"
    when: windowShown
    // Shown, so that the visibility of what the page shows can be asserted.
    visible: true
    width: 412
    height: 915

    Component {
        id: pageComponent
        TodayPage {
            width: testCase.width
            height: testCase.height
        }
    }

    function findText(item, pattern) {
        if (item.text !== undefined && item.visible && String(item.text).match(pattern))
            return item;
        for (let i = 0; i < item.children.length; ++i) {
            const found = findText(item.children[i], pattern);
            if (found)
                return found;
        }
        return null;
    }

    function test_freshDatabaseShowsAFriendlyEmptyDay() {
        const session = TestSessions.fresh();
        session.today = new Date(2026, 10, 24);
        const page = createTemporaryObject(pageComponent, testCase, { session: session });
        verify(page.session.ready);
        verify(findText(page, /A clear day/) !== null);
        verify(findText(page, /2026/) !== null);
        verify(findText(page, /Record a visit/) !== null);
        compare(findText(page, /could not be opened/), null);
    }

    function test_databaseFromANewerAppShowsWhyInPlainWords() {
        const page = createTemporaryObject(pageComponent, testCase, {
            session: TestSessions.fromTheFuture()
        });
        verify(!page.session.ready);
        verify(findText(page, /could not be opened/) !== null);
        verify(findText(page, /newer version of Rapport/) !== null);
        compare(findText(page, /A clear day/), null);
        compare(findText(page, /Record a visit/), null);
    }
}
