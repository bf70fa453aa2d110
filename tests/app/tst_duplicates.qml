import QtQuick
import QtTest
import Rapport
import RapportTest

// Two records of one person, compared side by side and merged through the page: the value
// chosen stays, both histories are kept.
PageTestCase {
    id: testCase
    name: "Duplicates"

    Component {
        id: duplicates
        DuplicatesPage {
            width: testCase.width
            height: testCase.height
        }
    }
    SignalSpy {
        id: mergedSpy
        signalName: "mergedInto"
    }

    function test_compareChooseAndMerge() {
        const s = TestSessions.fresh();
        TestSessions.put(s, '{"_id":"c1","type":"contact","firstName":"Anna","lastName":"Weber","email":"anna@example.org","phone":"0170 1","hobbies":["sailing"]}');
        TestSessions.put(s, '{"_id":"c2","type":"contact","firstName":"Anna","lastName":"Weber","email":"anna@example.org","phone":"0170 2","hobbies":["chess"]}');
        TestSessions.put(s, '{"_id":"v1","type":"visit","date":"2026-11-01","title":"Oven trial","contactIds":["c2"]}');
        TestSessions.flagDuplicates(s);
        const list = createTemporaryObject(duplicates, testCase, { session: s });
        tryVerify(() => shows(list, /^Anna Weber and Anna Weber$/));
        const pair = find(list, item => item.documentId !== undefined && item.title === "Anna Weber and Anna Weber");
        const page = createTemporaryObject(duplicates, testCase, { session: s, duplicateId: pair.documentId });
        verify(shows(page, /^Phone$/));
        verify(shows(page, /^Hobbies \(both kept\)$/));
        tap(find(page, item => item.text === "0170 2" && item.clicked !== undefined));
        mergedSpy.target = page;
        tap(button(page, "Merge"));
        compare(mergedSpy.count, 1);
        compare(mergedSpy.signalArguments[0][0], "c1");
        compare(TestSessions.field(s, "c1", "phone"), "0170 2");
        compare(TestSessions.field(s, "c1", "hobbies"), '["sailing","chess"]');
        compare(TestSessions.field(s, "v1", "contactIds"), '["c1"]');
    }
}
