import QtQuick
import QtQuick.Controls
import QtTest
import Rapport
import RapportTest

// A salesperson's first customer, end to end through the real pages over a real file: an
// account, a person with a birthday and a son who collects baseball cards, a visit with a
// follow-up; Today shows the follow-up, search finds the person by "baseball", and after a
// restart everything is still there.
PageTestCase {
    id: testCase
    name: "FirstVisit"

    Component {
        id: accountEdit
        AccountEditPage {
            width: testCase.width
            height: testCase.height
        }
    }
    Component {
        id: contactEdit
        ContactEditPage {
            width: testCase.width
            height: testCase.height
        }
    }
    Component {
        id: contactView
        ContactPage {
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
        id: today
        TodayPage {
            width: testCase.width
            height: testCase.height
        }
    }
    Component {
        id: search
        SearchPage {
            width: testCase.width
            height: testCase.height
        }
    }
    SignalSpy {
        id: savedSpy
        signalName: "saved"
    }

    function saveOn(page) {
        savedSpy.clear();
        savedSpy.target = page;
        tap(button(page.header, "Save"));
        compare(savedSpy.count, 1, "not saved");
        return savedSpy.signalArguments[0][0];
    }

    function test_firstCustomerEndToEnd() {
        const session = TestSessions.fresh();
        session.today = new Date(2026, 10, 25);

        // The customer.
        const accountPage = createTemporaryObject(accountEdit, testCase, { session: session });
        type(field(accountPage, "Name").input, "Berg Bakery");
        const accountId = saveOn(accountPage);
        verify(accountId !== "");
        accountPage.destroy();

        // The person, with a birthday and a son who collects baseball cards.
        const contactPage = createTemporaryObject(contactEdit, testCase, { session: session, accountId: accountId });
        type(field(contactPage, "First name").input, "Mara");
        type(field(contactPage, "Last name").input, "Lind");
        type(field(contactPage, "Birthday").input, "1980-11-27");
        type(field(contactPage, "Name").input, "Jonas");
        type(field(contactPage, "Relation").input, "son");
        type(field(contactPage, "What they care about").input, "baseball cards");
        tap(button(contactPage, "Add family member"));
        verify(shows(contactPage, /Jonas \(son\): baseball cards/));
        // What was typed above the family stays when a member is added.
        compare(field(contactPage, "First name").text, "Mara");
        const contactId = saveOn(contactPage);
        contactPage.destroy();

        // The visit, with a next step due today.
        const visitPage = createTemporaryObject(visit, testCase, { session: session, accountId: accountId });
        verify(shows(visitPage, /Berg Bakery/));
        tap(button(visitPage, "+ Mara Lind"));
        type(field(visitPage, "Subject").input, "Oven trial");
        type(find(visitPage, item => item.placeholderText === "Send the brochure"), "Bring the baseball cards");
        type(find(visitPage, item => item.placeholderText === "due 2026-12-01"), "2026-11-25");
        tap(button(visitPage, "Add next step"));
        verify(shows(visitPage, /Bring the baseball cards — due 2026-11-25/));
        saveOn(visitPage);
        visitPage.destroy();

        // Today shows the follow-up, and Mara's birthday this week.
        const todayPage = createTemporaryObject(today, testCase, { session: session });
        tryVerify(() => shows(todayPage, /Bring the baseball cards/));
        verify(shows(todayPage, /Due today · Berg Bakery/));
        tryVerify(() => shows(todayPage, /Birthday Friday 27 November/));
        todayPage.destroy();

        // Search finds her by what her son collects.
        const searchPage = createTemporaryObject(search, testCase, { session: session });
        type(find(searchPage, item => item.placeholderText !== undefined && item.placeholderText.startsWith("A name")), "baseball");
        tryVerify(() => shows(searchPage, /^Mara Lind$/));
        searchPage.destroy();

        // The app starts again on the same file: everything is there.
        const again = TestSessions.reopen(session.path);
        again.today = new Date(2026, 10, 25);
        const todayAgain = createTemporaryObject(today, testCase, { session: again });
        tryVerify(() => shows(todayAgain, /Bring the baseball cards/));
        todayAgain.destroy();
        const person = createTemporaryObject(contactView, testCase, { session: again, contactId: contactId });
        verify(shows(person, /^Mara Lind$/));
        // The brief before the next visit.
        verify(shows(person, /Before you go/));
        verify(shows(person, /Last time, .*Oven trial/));
        verify(shows(person, /You promised: Bring the baseball cards/));
        verify(shows(person, /Ask about Jonas \(son\): baseball cards/));
        verify(shows(person, /Birthday Friday 27 November/));
        verify(shows(person, /Cares about baseball cards/));
        verify(shows(person, /1980-11-27/));
    }

    // Without a touch screen: the form is filled from the keyboard alone, Tab to the next field.
    function test_aFormWorksWithTheKeyboardAlone() {
        const session = TestSessions.fresh();
        const contactPage = createTemporaryObject(contactEdit, testCase, { session: session });
        field(contactPage, "First name").input.forceActiveFocus();
        type(field(contactPage, "First name").input, "Mara");
        keyClick(Qt.Key_Tab);
        verify(field(contactPage, "Last name").input.activeFocus, "Tab did not reach the last name");
        for (const c of "Lind")
            keyClick(c);
        compare(field(contactPage, "Last name").text, "Lind");
    }

    function test_badInputGivesAMessageAndKeepsWhatWasTyped() {
        const session = TestSessions.fresh();
        const contactPage = createTemporaryObject(contactEdit, testCase, { session: session });
        type(field(contactPage, "Birthday").input, "31.02.1980");
        savedSpy.clear();
        savedSpy.target = contactPage;
        tap(button(contactPage.header, "Save"));
        compare(savedSpy.count, 0);
        verify(shows(contactPage, /first or a last name|not a date/));
        type(field(contactPage, "First name").input, "Zoë 🎉");
        tap(button(contactPage.header, "Save"));
        compare(savedSpy.count, 0);
        verify(shows(contactPage, /“31.02.1980” is not a date/));
        compare(field(contactPage, "First name").text, "Zoë 🎉");
    }
}
