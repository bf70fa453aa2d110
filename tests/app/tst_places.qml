import QtQuick
import QtQuick.Controls
import QtTest
import Rapport
import RapportTest

// Places through the pages: the consent asked once, the customers near here in order, a
// customer pinned by a pasted map link, today's route opened in maps, and the visit page that
// knows which customer the device is at.
PageTestCase {
    id: testCase
    name: "Places"

    Component {
        id: nearMe
        NearMePage {
            width: testCase.width
            height: testCase.height
        }
    }
    Component {
        id: route
        RoutePage {
            width: testCase.width
            height: testCase.height
        }
    }
    Component {
        id: accountPage
        AccountPage {
            width: testCase.width
            height: testCase.height
        }
    }
    Component {
        id: visitPage
        VisitPage {
            width: testCase.width
            height: testCase.height
        }
    }
    SignalSpy {
        id: opened
        signalName: "openRequested"
    }
    SignalSpy {
        id: saved
        signalName: "saved"
    }

    // Lübeck's Holstentor, and customers around it.
    readonly property var here: ({ latitude: 53.8663, longitude: 10.6797 })

    function customers(session) {
        TestSessions.put(session, '{"_id":"a-near","type":"account","name":"Near Bakery","town":"Lübeck","place":{"latitude":53.8680,"longitude":10.6830}}');
        TestSessions.put(session, '{"_id":"a-far","type":"account","name":"Far Hotel","town":"Hamburg","place":{"latitude":53.5511,"longitude":9.9937}}');
        TestSessions.put(session, '{"_id":"a-mid","type":"account","name":"Mid Café","town":"Bad Schwartau","place":{"latitude":53.9180,"longitude":10.6990},"cadenceDays":30}');
        TestSessions.put(session, '{"_id":"v-old","type":"visit","accountId":"a-mid","date":"2026-08-01","title":"Tasting"}');
        TestSessions.put(session, '{"_id":"a-nowhere","type":"account","name":"Nowhere Ltd"}');
    }
    function freshSession() {
        TestSessions.forgetPlaceConsent();
        TestSessions.placeDeviceAt(testCase.here.latitude, testCase.here.longitude);
        const session = TestSessions.fresh();
        session.today = new Date(2026, 11, 7);
        testCase.customers(session);
        return session;
    }

    function cleanup() {
        TestSessions.forgetPlaceConsent();
    }

    function test_nearMe_asksOnce_thenListsTheNearestFirst() {
        const session = freshSession();
        const page = createTemporaryObject(nearMe, testCase, { session: session });
        // Asked, not assumed: nothing is read until the person says yes.
        verify(shows(page, /^Note where you are with each visit\?$/));
        verify(!session.whereabouts.known);
        tap(button(page, "Yes, note it"));
        verify(session.whereabouts.consented);
        tryVerify(() => shows(page, /^Near Bakery$/), 5000);
        verify(!shows(page, /^Note where you are with each visit\?$/));
        const list = find(page, item => item instanceof ListView);
        tryCompare(list, "count", 3);
        const rows = [];
        for (let i = 0; i < list.count; ++i) {
            list.positionViewAtIndex(i, ListView.Contain);
            rows.push(list.itemAtIndex(i).title + " | " + list.itemAtIndex(i).detail);
        }
        compare(rows[0], "Near Bakery | 290 m north-east · Lübeck");
        verify(rows[1].startsWith("Mid Café | 5.9 km north · Bad Schwartau · due a visit"), rows[1]);
        verify(rows[2].startsWith("Far Hotel | 57 km south-west"), rows[2]);
        opened.target = page;
        opened.clear();
        tap(list.itemAtIndex(0));
        compare(opened.count, 1);
        compare(opened.signalArguments[0][0], "a-near");
    }

    function test_nearMe_withConsentRefused_readsNothing() {
        const session = freshSession();
        session.whereabouts.consented = false;
        const page = createTemporaryObject(nearMe, testCase, { session: session });
        verify(shows(page, /^Where you are is not read$/));
        wait(300);
        verify(!session.whereabouts.known);
        verify(!shows(page, /^Near Bakery$/));
    }

    function test_aCustomerPinnedByAPastedLink() {
        const session = freshSession();
        session.whereabouts.consented = true;
        const page = createTemporaryObject(accountPage, testCase, { session: session, accountId: "a-nowhere" });
        verify(shows(page, /^Not known yet/));
        tap(button(page, "Pin a place"));
        const input = find(page, item => item.placeholderText === "A map's link, or 53.866, 10.684");
        type(input, "Holstenstrasse 1");
        tap(button(page, "Pin"));
        verify(shows(page, /is not a place Rapport can read/));
        input.clear();
        type(input, "https://www.openstreetmap.org/?mlat=53.8700&mlon=10.6900#map=17/53.87/10.69");
        tap(button(page, "Pin"));
        tryVerify(() => shows(page, /^Pinned by you · 790 m north-east of you$/), 5000);
        tap(button(page, "Open in maps"));
        compare(TestSessions.lastOpenedUrl, "https://www.openstreetmap.org/?mlat=53.870000&mlon=10.690000#map=17/53.870000/10.690000");
        tap(button(page, "Unpin"));
        tryVerify(() => shows(page, /^Not known yet/));
    }

    function test_todaysRoute_inAShortOrder_openedInMaps() {
        const session = freshSession();
        session.whereabouts.consented = true;
        // Planned in an order that zigzags: Hamburg, the bakery, Bad Schwartau.
        TestSessions.put(session, '{"_id":"p1","type":"visit","accountId":"a-far","date":"2026-12-07","planned":true,"title":"Quarterly review"}');
        TestSessions.put(session, '{"_id":"p2","type":"visit","accountId":"a-near","date":"2026-12-07","planned":true,"title":"Tasting"}');
        TestSessions.put(session, '{"_id":"p3","type":"visit","accountId":"a-mid","date":"2026-12-07","planned":true}');
        TestSessions.put(session, '{"_id":"p4","type":"visit","accountId":"a-nowhere","date":"2026-12-07","planned":true}');
        const page = createTemporaryObject(route, testCase, { session: session });
        tryVerify(() => shows(page, /^From where you are, as the crow flies\.$/), 5000);
        verify(shows(page, /^3 stops · \d\d km$/));
        verify(shows(page, /^1\. Near Bakery$/));
        verify(shows(page, /^290 m from here · Tasting$/));
        verify(shows(page, /^2\. Mid Café$/));
        verify(shows(page, /^3\. Far Hotel$/));
        verify(shows(page, /^Nowhere Ltd$/));
        const maps = find(page, item => item.Accessible.name === "Open Far Hotel in maps");
        tap(maps);
        compare(TestSessions.lastOpenedUrl, "https://www.openstreetmap.org/?mlat=53.551100&mlon=9.993700#map=17/53.551100/9.993700");
    }

    function test_aVisitBegunAtACustomer_isForThemAndOnSite() {
        const session = freshSession();
        session.whereabouts.consented = true;
        TestSessions.placeDeviceAt(53.8681, 10.6832); // at the bakery's door
        const page = createTemporaryObject(visitPage, testCase, { session: session });
        tryVerify(() => shows(page, /^You are here: the visit is noted as made on site\.$/), 5000);
        verify(shows(page, /^Near Bakery$/));
        type(field(page, "Subject").input, "Spring catalogue");
        saved.target = page;
        saved.clear();
        tap(button(page.header, "Save"));
        compare(saved.count, 1, "not saved");
        const visitId = saved.signalArguments[0][0];
        compare(TestSessions.field(session, visitId, "accountId"), "a-near");
        compare(TestSessions.field(session, visitId, "onSite"), "true");
        verify(TestSessions.field(session, visitId, "position").indexOf("53.868") > 0);
    }
}
