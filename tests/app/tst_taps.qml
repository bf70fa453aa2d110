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
        id: leadPage
        LeadPage {
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
        translations.chosen = "en"; // whatever a test before chose
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
        settle(app.contentItem);
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

    function test_todaysPlannedCustomerIsProposedFirst(size) {
        const session = notebook();
        TestSessions.put(session, '{"_id":"visit-plan","type":"visit","accountId":"account-weber","date":"2026-11-25","planned":true,"title":"Price talk"}');
        const app = openApp(session, size);
        tapCounted(visibleButton(app, "Record a visit"));
        const customer = find(app.contentItem, item => item.visible && item.placeholderText === "Who did you visit?");
        const visit = pageAround(customer);
        const proposed = find(visit, item => item.visible && item.title !== undefined && item.clicked !== undefined);
        compare(proposed.title, "Weber Mills");
        compare(proposed.detail, "Planned today: Price talk");
        // Not offered twice: once planned, not again among the recent ones.
        const weberRows = [];
        find(visit, item => {
            if (item.visible && item.title === "Weber Mills" && item.clicked !== undefined && weberRows.indexOf(item) < 0)
                weberRows.push(item);
            return false;
        });
        compare(weberRows.length, 1);
        tapCounted(proposed);
        typeWhereTheFocusIs("Agreed");
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

    function test_recordingAVisitWithAFollowUpNextWeek_takesSixTaps(size) {
        const session = notebook();
        const app = openApp(session, size);
        tapCounted(visibleButton(app, "Record a visit"));
        const customer = find(app.contentItem, item => item.visible && item.placeholderText === "Who did you visit?");
        const visit = pageAround(customer);
        tapCounted(find(visit, item => item.visible && item.title === "Nordbrot Bakery" && item.clicked !== undefined));
        typeWhereTheFocusIs("Wants the new oven brochure");
        tapCounted(find(visit, item => item.visible && item.placeholderText === "Send the brochure"));
        typeWhereTheFocusIs("Send the brochure");
        tapCounted(button(visit, "Next week"));
        tapCounted(button(visit, "Add next step"));
        verify(shows(visit, /^Send the brochure — due 2026-12-02$/));
        tapCounted(button(visit, "Save visit"));
        compare(taps, 6);
        tap(find(app.contentItem, item => item.visible && item.text === "Follow-ups" && item.clicked !== undefined));
        tryVerify(() => find(app.contentItem, item => item.visible && item.title === "Send the brochure") !== null);
    }

    function test_congratulatingTodaysBirthday_takesOneTap(size) {
        const session = notebook();
        TestSessions.put(session, '{"_id":"contact-mara","type":"contact","firstName":"Mara","lastName":"Lind","email":"mara@example.org","birthday":"--11-25"}');
        const app = openApp(session, size);
        tapCounted(visibleButton(app, "E-mail"));
        verify(TestSessions.lastOpenedUrl.startsWith("mailto:mara@example.org?subject=Happy birthday, Mara!"));
        compare(taps, 1);
    }

    function test_tickingOffAFollowUpDueToday_takesOneTap(size) {
        const session = notebook();
        TestSessions.put(session, '{"_id":"followup-1","type":"followup","title":"Call about the quote","due":"2026-11-25","accountId":"account-weber"}');
        const app = openApp(session, size);
        tryVerify(() => find(app.contentItem, item => item.visible && item.title === "Call about the quote") !== null);
        tapCounted(visibleButton(app, "Done"));
        tryVerify(() => find(app.contentItem, item => item.visible && item.title === "Call about the quote") === null);
        compare(TestSessions.field(session, "followup-1", "done"), "true");
        compare(taps, 1);
    }

    // At the stand: the keyboard is up for the first visitor's name, and again for the next.
    function test_capturingALeadAndTheNext_takesOneTapEach(size) {
        const session = notebook();
        const page = createTemporaryObject(leadPage, testCase, { session: session, width: size.width, height: size.height });
        settle(page);
        typeWhereTheFocusIs("Carla Diaz");
        compare(field(page, "Name").text, "Carla Diaz");
        tapCounted(button(page, "Save and next lead"));
        typeWhereTheFocusIs("Tom Berg");
        compare(field(page, "Name").text, "Tom Berg");
        compare(taps, 1);
    }

    // The next visitor hands over a business card: photographed, read offline, saved. Three
    // taps (the camera, its shutter, save) and, with the reading, well under 20 seconds.
    function test_aVisitorsBusinessCard_toASavedLead_takesThreeTaps(size) {
        const session = notebook();
        const page = createTemporaryObject(leadPage, testCase, { session: session, event: "Bakery Expo", width: size.width, height: size.height });
        settle(page);
        const card = TestSessions.writeCardPhoto(CameraRoll.newPhotoPath(), 3);
        const started = Date.now();
        // This machine has no camera, so its button is hidden: the camera is opened as the
        // button opens it, and the shutter is the camera handing over its photo.
        ++taps;
        page.camera.open();
        tryCompare(page.camera, "opened", true);
        ++taps;
        page.camera.photoSaved(card.path);
        tryCompare(page.camera, "opened", false);
        tryCompare(field(page, "Name"), "text", card.name, 20000);
        compare(field(page, "Company").text.replace(/\./g, ""), card.company.replace(/\./g, ""));
        compare(field(page, "E-mail").text, card.email);
        compare(field(page, "Phone").text, card.phone);
        // Each field the card filled says so until it is confirmed or corrected.
        verify(shows(page, /^Read from the card/));
        tapCounted(button(page, "Save and next lead"));
        const spent = Date.now() - started;
        verify(spent < 20000, "the card took " + spent + " ms");
        compare(taps, 3);
        // Saved with the card's fields, and the next lead's form is empty and unmarked.
        tryCompare(field(page, "Name"), "text", "");
        verify(!shows(page, /^Read from the card/));
        verify(shows(page, /^1 lead saved\. Next one:$/));
        verify(!TestSessions.exists(card.path), "the camera's file is still there");
    }

    function test_recordingAVisitFromAPerson_startsWithTheirCustomerAndThem(size) {
        const session = notebook();
        const app = openApp(session, size);
        app.open("contact", "contact-anna");
        tryVerify(() => visibleButton(app, "Record a visit") !== null);
        const onTheirPage = find(app.contentItem, item => item.visible && item.text === "Record a visit" && item.clicked !== undefined && pageAround(item).contactId === "contact-anna");
        tapCounted(onTheirPage);
        typeWhereTheFocusIs("Talked about the season");
        const notes = find(app.contentItem, item => item.visible && item.label === "Notes" && item.area !== undefined);
        compare(notes.area.text, "Talked about the season");
        const visit = pageAround(notes);
        verify(shows(visit, /^Weber Mills$/));
        verify(shows(visit, /^Anna Weber  ✕$/));
        compare(taps, 1);
    }

    // The keyboard a phone shows for what a field takes.
    function test_phoneNumbersEmailsAndDatesGetTheirKeyboards() {
        const session = notebook();
        const page = createTemporaryObject(contactEdit, testCase, { session: session });
        settle(page);
        const dialable = 0x100000, email = 0x200000, noAutoUppercase = 0x4, preferNumbers = 0x8, date = 0x80;
        compare(field(page, "Phone").input.inputMethodHints, dialable);
        compare(field(page, "E-mail").input.inputMethodHints, email | noAutoUppercase);
        compare(field(page, "Birthday").input.inputMethodHints, preferNumbers | date);
        compare(field(page, "First name").input.inputMethodHints, 0);
        verify(field(page, "First name").input.activeFocus, "a new person waits for a tap");
    }

    // Dates by thumb: the calendar beside a date opens wheels on the field's day (today when it
    // is empty); the day turned, Done writes it. A 31st turned to a month of 30 days is the 30th.
    function test_pickingADateWithTheWheels(size) {
        const session = notebook();
        const app = openApp(session, size);
        tapCounted(visibleButton(app, "Record a visit"));
        const customer = find(app.contentItem, item => item.visible && item.placeholderText === "Who did you visit?");
        const visit = pageAround(customer);
        tapCounted(find(visit, item => item.visible && item.title === "Nordbrot Bakery" && item.clicked !== undefined));
        const dateField = field(visit, "Date");
        compare(dateField.text, "2026-11-25");
        tapCounted(find(visit, item => item.visible && item.Accessible.name === "Pick the visit's date" && item.clicked !== undefined));
        const wheels = app.contentItem.parent; // the window's root: its pages and its popups
        const day = find(wheels, item => item.visible && item.objectName === "day" && item.currentIndex !== undefined);
        const month = find(wheels, item => item.visible && item.objectName === "month" && item.currentIndex !== undefined);
        verify(day !== null, "no wheels");
        compare(day.currentIndex, 24); // the 25th
        compare(month.currentIndex, 10); // November
        day.currentIndex = 19; // a thumb turns the day to the 20th
        tapCounted(find(wheels, item => item.visible && item.text === "Done" && item.clicked !== undefined));
        compare(dateField.text, "2026-11-20");
        compare(taps, 4);

        // The due day of a next step: opened on today, turned to the 31st of December, then
        // to November: the 30th.
        tap(find(visit, item => item.visible && item.Accessible.name === "Pick the day it is due" && item.clicked !== undefined));
        const dueDay = find(wheels, item => item.visible && item.objectName === "day" && item.currentIndex !== undefined);
        const dueMonth = find(wheels, item => item.visible && item.objectName === "month" && item.currentIndex !== undefined);
        compare(dueDay.currentIndex, 24); // today
        dueMonth.currentIndex = 11;
        dueDay.currentIndex = 30;
        compare(dueDay.currentIndex, 30);
        dueMonth.currentIndex = 10;
        tryCompare(dueDay, "currentIndex", 29);
        dueDay.currentIndex = 30; // the 31st of November turns back to the 30th
        tryCompare(dueDay, "currentIndex", 29);
        tap(find(wheels, item => item.visible && item.text === "Done" && item.clicked !== undefined));
        compare(find(visit, item => item.visible && item.Accessible.name === "Due on" && item.placeholderText !== undefined).text, "2026-11-30");
    }

    // A start makes only the page it shows: the lists behind the other destinations (each reads
    // the notebook as it is made) come the first time they are shown, and stay.
    function test_aDestinationsListIsMadeWhenFirstShown(size) {
        const session = notebook();
        const app = openApp(session, size);
        const accountsPage = item => item.nearMeRequested !== undefined;
        verify(find(app.contentItem, accountsPage) === null, "the accounts' page was made at the start");
        tapCounted(visibleButton(app, "Accounts"));
        tryVerify(() => find(app.contentItem, item => item.visible && item.title === "Nordbrot Bakery") !== null);
        const made = find(app.contentItem, accountsPage);
        tapCounted(visibleButton(app, "Today"));
        tapCounted(visibleButton(app, "Accounts"));
        compare(find(app.contentItem, accountsPage), made, "the accounts' page was made again");
    }

    function test_searchingFromLaunch_takesOneTap(size) {
        const session = notebook();
        const app = openApp(session, size);
        tapCounted(find(app.contentItem, item => item.visible && item.text === "Search" && item.clicked !== undefined));
        typeWhereTheFocusIs("baseball");
        tryVerify(() => find(app.contentItem, item => item.visible && item.title === "Anna Weber") !== null);
        compare(taps, 1);
    }

    // A birthday by the wheels: its year is often not known, so the year wheel starts with "no
    // year"; the 29th of February exists then; a year picked later makes it a full date.
    function test_pickingABirthdayWithoutItsYear() {
        const session = notebook();
        const page = createTemporaryObject(contactEdit, testCase, { session: session, contactId: "contact-anna" });
        settle(page);
        const birthday = field(page, "Birthday");
        compare(birthday.text, "");
        let wheels = page; // the window's root: its pages and its popups
        while (wheels.parent)
            wheels = wheels.parent;
        tap(find(page, item => item.visible && item.Accessible.name === "Pick the birthday" && item.clicked !== undefined));
        const day = find(wheels, item => item.visible && item.objectName === "day" && item.currentIndex !== undefined);
        const month = find(wheels, item => item.visible && item.objectName === "month" && item.currentIndex !== undefined);
        const year = find(wheels, item => item.visible && item.objectName === "year" && item.currentIndex !== undefined);
        verify(day !== null && month !== null && year !== null, "no wheels");
        compare(year.currentIndex, 0);
        compare(year.currentItem.text, "no year");
        month.currentIndex = 1; // February
        day.currentIndex = 28; // the 29th
        compare(day.currentIndex, 28);
        tap(find(wheels, item => item.visible && item.text === "Done" && item.clicked !== undefined));
        compare(birthday.text, "02-29");

        // Opened again on what the field holds; a year without a 29th of February turns it to the 28th.
        tap(find(page, item => item.visible && item.Accessible.name === "Pick the birthday" && item.clicked !== undefined));
        compare(month.currentIndex, 1);
        compare(day.currentIndex, 28);
        // The rows: "no year", then a century back to ten years ahead.
        year.currentIndex = 1 + 1983 - (new Date().getFullYear() - 100);
        tryCompare(day, "currentIndex", 27);
        tap(find(wheels, item => item.visible && item.text === "Done" && item.clicked !== undefined));
        compare(birthday.text, "1983-02-28");
        tap(button(page, "Save"));
        compare(TestSessions.field(session, "contact-anna", "birthday"), "1983-02-28");
    }

    Translations {
        id: translations
    }

    // A language chosen in Settings applies at once, on the page being typed on, and nothing
    // typed is lost.
    function test_changingTheLanguage_keepsWhatIsTyped(size) {
        const app = openApp(notebook(), size);
        tapCounted(visibleButton(app, "Record a visit"));
        const customer = find(app.contentItem, item => item.visible && item.placeholderText === "Who did you visit?");
        const visit = pageAround(customer);
        tapCounted(find(visit, item => item.visible && item.title === "Nordbrot Bakery" && item.clicked !== undefined));
        typeWhereTheFocusIs("Oven trial went well");
        translations.chosen = "de";
        tryVerify(() => shows(visit, /^Besuch erfassen$/));
        verify(shows(visit, /^Oven trial went well$/));
        translations.chosen = "en";
        tryVerify(() => shows(visit, /^Record a visit$/));
        verify(shows(visit, /^Oven trial went well$/));
    }
}
