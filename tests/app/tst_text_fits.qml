import QtQuick
import QtQuick.Controls
import QtTest
import Rapport
import RapportTest

// Every word is read, whatever the size of text and the language: on every place of the app at
// phone width, with Settings' largest text in English and at the standard size in German (whose
// words run about a third longer) and French, no text runs past the edge of what shows it, no
// two texts lie over each other, and no page's title or button's label is cut short. In German
// and French, no English word of the UI is left. Fails naming the page and the text.
PageTestCase {
    id: testCase
    name: "TextFits"

    Component {
        id: appWindow
        Main {
            sync: SyncController {}
        }
    }

    function notebook() {
        const session = TestSessions.fresh();
        session.today = new Date(2026, 10, 25);
        TestSessions.put(session, '{"_id":"account-weber","type":"account","name":"Bäckerei Weber und Söhne","town":"Lübeck","tier":"A","cadenceDays":14,"sizeNow":424,"potential":772,"place":{"latitude":53.8680,"longitude":10.6830}}');
        TestSessions.put(session, '{"_id":"account-berg","type":"account","name":"Konditorei Berg am Holstentor","town":"Bad Schwartau","place":{"latitude":53.9180,"longitude":10.6990}}');
        TestSessions.put(session, '{"_id":"visit-plan-1","type":"visit","accountId":"account-weber","date":"2026-11-25","planned":true,"title":"Vertragsverlängerung besprechen"}');
        TestSessions.put(session, '{"_id":"visit-plan-2","type":"visit","accountId":"account-berg","date":"2026-11-25","planned":true,"title":"Winterangebot vorstellen"}');
        TestSessions.put(session, '{"_id":"contact-anna","type":"contact","firstName":"Anna-Katharina","lastName":"Weber-Lüdenscheidt","accountId":"account-weber","role":"Purchasing","email":"anna.weber@example.org","phone":"+49 451 1234 5678","birthday":"--11-25","hobbies":["baseball"]}');
        TestSessions.put(session, '{"_id":"visit-1","type":"visit","accountId":"account-weber","date":"2026-11-20","notes":"Talked about the new ovens and the delivery schedule for the winter"}');
        TestSessions.put(session, '{"_id":"visit-2","type":"visit","accountId":"account-weber","date":"2026-11-25","plannedDate":"2026-11-25","purpose":"Contract renewal"}');
        TestSessions.put(session, '{"_id":"followup-1","type":"followup","title":"Answer the price question about the winter ovens","due":"2026-11-23","accountId":"account-weber"}');
        TestSessions.put(session, '{"_id":"lead-tom","type":"lead","name":"Tom Berg","company":"Berg Mills","event":"Bakery Expo 2026"}');
        return session;
    }

    Translations {
        id: translations
    }

    function init_data() {
        const pages = ["today", "accounts", "account", "contact", "visit", "followups", "search", "more", "sync", "conflicts", "settings", "data", "cadence", "leads", "stand", "lock", "forget", "oldleads", "nearme", "route"];
        return pages.map(page => ({ tag: page + " at 200%", page: page, scale: 2, language: "en" }))
            .concat(pages.map(page => ({ tag: page + " in German", page: page, scale: 1, language: "de" })))
            .concat(pages.map(page => ({ tag: page + " in French", page: page, scale: 1, language: "fr" })));
    }
    function cleanup() {
        TestSessions.forgetPlaceConsent();
        Theme.textScale = 1;
        translations.chosen = "en";
    }

    function isText(item) {
        return item.visible && item.contentWidth !== undefined && item.elide !== undefined && item.wrapMode !== undefined && String(item.text ?? "") !== "" && item.opacity > 0;
    }
    function shown(item) {
        for (let it = item; it; it = it.parent) {
            if (!it.visible || it.opacity === 0)
                return false;
        }
        return true;
    }
    // Where the text's letters are, in the window: alignment decides where within the item.
    function paintedRect(item, root) {
        const origin = item.mapToItem(root, 0, 0);
        const width = Math.min(item.contentWidth, item.wrapMode === Text.NoWrap && item.elide === Text.ElideNone ? item.contentWidth : item.width);
        const horizontal = item.effectiveHorizontalAlignment ?? item.horizontalAlignment;
        const dx = horizontal === Text.AlignRight ? item.width - width : horizontal === Text.AlignHCenter ? (item.width - width) / 2 : 0;
        const dy = item.verticalAlignment === Text.AlignBottom ? item.height - item.contentHeight : item.verticalAlignment === Text.AlignVCenter ? (item.height - item.contentHeight) / 2 : 0;
        return { left: origin.x + dx + item.leftPadding, top: origin.y + dy, right: origin.x + dx + width + item.leftPadding, bottom: origin.y + dy + item.contentHeight };
    }
    // What of the window an item can show: clipping ancestors cut it.
    function visibleSpan(item, root) {
        let left = 0;
        let right = root.width;
        for (let it = item.parent; it && it !== root; it = it.parent) {
            if (!it.clip)
                continue;
            const origin = it.mapToItem(root, 0, 0);
            left = Math.max(left, origin.x);
            right = Math.min(right, origin.x + it.width);
        }
        return { left: left, right: right };
    }
    // Texts that scroll together: overlap is only a fault between them (a floating button over
    // a scrolling list is meant to lie over it).
    function scroller(item) {
        for (let it = item.parent; it; it = it.parent) {
            if (it.contentY !== undefined && it.contentItem !== undefined)
                return it;
        }
        return null;
    }
    function describe(item) {
        return "\"" + String(item.text).slice(0, 40) + "\"";
    }

    function test_everyTextFits(data) {
        translations.chosen = data.language;
        // Near me and the route from where the device is; elsewhere the question not yet asked.
        TestSessions.forgetPlaceConsent();
        TestSessions.placeDeviceAt(53.8663, 10.6797);
        const documents = { account: "account-weber", contact: "contact-anna" };
        const session = notebook();
        if (data.page === "nearme" || data.page === "route")
            session.whereabouts.consented = true;
        const app = createTemporaryObject(appWindow, testCase, { session: session, startPage: data.page, startDocument: documents[data.page] ?? "", width: 412, height: 915 });
        verify(app !== null);
        if (data.page === "nearme")
            tryVerify(() => find(app.contentItem, item => item.visible && item.text === "Bäckerei Weber und Söhne") !== null, 5000);
        Theme.textScale = data.scale;
        settle(app.contentItem);
        wait(50);
        const root = app.contentItem;
        const texts = [];
        find(root, item => {
            if (isText(item) && shown(item) && texts.indexOf(item) < 0)
                texts.push(item);
            return false;
        });
        verify(texts.length > 0);

        const cutOff = [];
        const rects = texts.map(item => paintedRect(item, root));
        texts.forEach((item, i) => {
            // A row of choices that scrolls sideways is meant to run past the edge.
            const flick = scroller(item);
            if (flick && flick.contentWidth > flick.width + 1 && flick.flickableDirection === Flickable.HorizontalFlick)
                return;
            const span = visibleSpan(item, root);
            if (rects[i].left < span.left - 1 || rects[i].right > span.right + 1)
                cutOff.push(describe(item));
        });
        compare(cutOff, [], "text runs past the edge on " + data.page);

        const overlapping = [];
        for (let i = 0; i < texts.length; ++i) {
            for (let j = i + 1; j < texts.length; ++j) {
                if (scroller(texts[i]) !== scroller(texts[j]))
                    continue;
                const a = rects[i];
                const b = rects[j];
                const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
                const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
                if (across > 2 && down > 2)
                    overlapping.push(describe(texts[i]) + " over " + describe(texts[j]));
            }
        }
        compare(overlapping, [], "texts overlap on " + data.page);

        // Lists may shorten a long name (the whole of it is a tap away); a title or a button's
        // label may not.
        const isLabelOfAButton = item => {
            for (let it = item.parent; it; it = it.parent) {
                if (it.clicked !== undefined)
                    return it.title === undefined; // a list's row is not a button
            }
            return false;
        };
        const cutShort = texts.filter(item => item.truncated && (item.font.bold || isLabelOfAButton(item))).map(describe);
        compare(cutShort, [], "a title or a button's label is cut short on " + data.page);

        if (data.language !== "en")
            compare(TestSessions.englishLeftIn(texts.map(item => String(item.text)), data.language), [], "English left on " + data.page);
    }
}
