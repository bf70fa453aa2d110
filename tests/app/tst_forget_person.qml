import QtQuick
import QtTest
import Rapport
import RapportTest

// A person's rights through the pages: "What I keep about them" writes a page to send them,
// with every visit they were at; "Forget this person" shows what will go and what stays, asks
// twice, and then nothing of them is left while the visits stay without them.
PageTestCase {
    id: testCase
    name: "ForgetPerson"

    Component {
        id: contactPage
        ContactPage {
            width: testCase.width
            height: testCase.height
        }
    }
    Component {
        id: forgetPage
        ForgetPage {
            width: testCase.width
            height: testCase.height
        }
    }
    Component {
        id: staleLeadsPage
        StaleLeadsPage {
            width: testCase.width
            height: testCase.height
        }
    }
    SignalSpy {
        id: forgetRequested
        signalName: "forgetRequested"
    }
    SignalSpy {
        id: forgotten
        signalName: "forgotten"
    }

    function fillWithMara(s) {
        TestSessions.put(s, '{"_id":"account-lind","type":"account","name":"Nordic Ovens"}');
        TestSessions.put(s, '{"_id":"c-mara","type":"contact","firstName":"Mara","lastName":"Lind","accountId":"account-lind","birthday":"1984-03-17","family":[{"id":"f1","name":"Jonas","relation":"son","interests":"baseball"}]}');
        TestSessions.put(s, '{"_id":"c-olaf","type":"contact","firstName":"Olaf","lastName":"Berg","accountId":"account-lind"}');
        TestSessions.put(s, '{"_id":"v1","type":"visit","accountId":"account-lind","contactIds":["c-mara","c-olaf"],"date":"2026-10-01","notes":"New oven line"}');
        TestSessions.put(s, '{"_id":"v2","type":"visit","accountId":"account-lind","contactIds":["c-olaf"],"date":"2026-10-08","notes":"Olaf says Mara decides"}');
        TestSessions.put(s, '{"_id":"f1","type":"followup","title":"Send the brochure","contactId":"c-mara","accountId":"account-lind","done":false}');
    }

    function test_whatIsKept_isWrittenForThem() {
        const s = TestSessions.fresh();
        fillWithMara(s);
        const folder = TestSessions.writeFile("placeholder.txt", "").replace(/\/[^/]*$/, "");
        const page = createTemporaryObject(contactPage, testCase, { session: s, contactId: "c-mara", exportFolder: folder });
        tap(button(page, "What I keep about them"));
        tryVerify(() => shows(page, /^Saved, ready to send them: .*What Rapport keeps about Mara Lind\.html$/));
        verify(TestSessions.exists(folder + "/What Rapport keeps about Mara Lind.html"));
        verify(TestSessions.exists(folder + "/What Rapport keeps about Mara Lind.json"));
    }

    function test_forget_showsThePlanAsksTwiceAndForgets() {
        const s = TestSessions.fresh();
        fillWithMara(s);
        const person = createTemporaryObject(contactPage, testCase, { session: s, contactId: "c-mara" });
        forgetRequested.target = person;
        tap(button(person, "Forget this person"));
        compare(forgetRequested.count, 1);

        const page = createTemporaryObject(forgetPage, testCase, { session: s, contactId: "c-mara" });
        forgotten.target = page;
        verify(shows(page, /^Forget Mara Lind$/));
        verify(shows(page, /^Removed \(2\)$/));
        verify(shows(page, /^Send the brochure$/));
        verify(shows(page, /^Visits that stay, without them \(1\)$/));
        verify(shows(page, /^Text that names them \(1\)$/));
        // The first tap only asks.
        tap(button(page, "Forget Mara Lind"));
        verify(shows(page, /^Forget Mara Lind for good\?$/));
        compare(TestSessions.field(s, "c-mara", "firstName"), "Mara");
        tap(button(page, "Keep them"));
        compare(TestSessions.field(s, "c-mara", "firstName"), "Mara");
        tap(button(page, "Forget Mara Lind"));
        tap(button(page, "Forget"));
        compare(forgotten.count, 1);
        compare(TestSessions.field(s, "c-mara", "firstName"), "");
        compare(TestSessions.field(s, "f1", "title"), "");
        compare(TestSessions.field(s, "v1", "contactIds"), '["c-olaf"]');
        compare(TestSessions.field(s, "v2", "notes"), "Olaf says Mara decides");
    }

    function test_oldLeads_keptOrForgottenWithOneTap() {
        const s = TestSessions.fresh();
        TestSessions.put(s, '{"_id":"lead-a","type":"lead","name":"Ines Vogt","company":"Vogt Mills","capturedOn":"2024-02-14","event":"EuroShop"}');
        TestSessions.put(s, '{"_id":"lead-b","type":"lead","name":"Pia Kahn","capturedOn":"2024-03-01"}');
        TestSessions.put(s, '{"_id":"lead-c","type":"lead","name":"Tom Berg","capturedOn":"2024-03-02"}');
        TestSessions.put(s, '{"_id":"lead-d","type":"lead","name":"Eva Lund","capturedOn":"2024-03-03"}');
        const page = createTemporaryObject(staleLeadsPage, testCase, { session: s });
        tryVerify(() => shows(page, /^Ines Vogt$/));
        verify(shows(page, /^Vogt Mills · EuroShop, 14 Feb 2024$/));
        const keepInes = find(page, item => item.text === "Keep" && item.clicked !== undefined && item.parent && item.parent.modelData !== undefined && item.parent.modelData.name === "Ines Vogt");
        verify(keepInes !== null);
        tap(keepInes);
        tryVerify(() => !shows(page, /^Ines Vogt$/));
        compare(TestSessions.field(s, "lead-a", "name"), "Ines Vogt");
        const forgetPia = find(page, item => item.text === "Forget" && item.clicked !== undefined && item.parent && item.parent.modelData !== undefined && item.parent.modelData.name === "Pia Kahn");
        tap(forgetPia);
        tryVerify(() => !shows(page, /^Pia Kahn$/));
        compare(TestSessions.field(s, "lead-b", "name"), "");
        tap(button(page, "Forget all 2"));
        tryVerify(() => shows(page, /^No old leads$/));
        compare(TestSessions.field(s, "lead-c", "name"), "");
        compare(TestSessions.field(s, "lead-d", "name"), "");
        compare(TestSessions.field(s, "lead-a", "name"), "Ines Vogt");
    }
}
