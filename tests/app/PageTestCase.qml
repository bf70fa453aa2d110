import QtQuick
import QtTest

// A Qt Quick test that uses the pages as a person does: finds fields, buttons and text by
// what they say, types, and taps once the layout has settled.
TestCase {
    when: windowShown
    visible: true
    width: 412
    height: 915

    // Items are found as a person finds them: by what they say.
    function find(item, matches) {
        if (matches(item))
            return item;
        const own = item.children ? Array.from(item.children) : [];
        const children = item.contentItem && item.contentItem !== item ? [item.contentItem].concat(own) : own;
        for (let i = 0; i < children.length; ++i) {
            const found = find(children[i], matches);
            if (found)
                return found;
        }
        return null;
    }
    function field(page, label) {
        const found = find(page, item => item.label === label && item.input !== undefined);
        verify(found !== null, "no field " + label);
        return found;
    }
    function button(page, text) {
        const found = find(page, item => item.text === text && item.clicked !== undefined && item.visible);
        verify(found !== null, "no button " + text);
        return found;
    }
    function shows(page, pattern) {
        return find(page, item => item.visible && item.text !== undefined && String(item.text).match(pattern) !== null) !== null;
    }
    function type(item, text) {
        item.forceActiveFocus();
        for (const c of text) {
            // Qt Test has keys for ASCII alone; other characters arrive as an input method's.
            if (c.charCodeAt(0) < 128)
                keyClick(c);
            else
                item.insert(item.cursorPosition, c);
        }
    }
    // The layout settles: the window draws a frame and the test goes on after it. The frame is
    // asked for, because waitForRendering waits for the next frame the window draws, and when
    // nothing on the screen has changed no frame comes: it waited its whole 5 s timeout (35 of
    // the QML tests did, over half the time of all of them).
    function settle(item) {
        item.Window.window.update();
        waitForRendering(item);
    }
    // A thumb taps what is on the screen: the layout settles (a frame), the page is scrolled
    // to what is tapped when it is below the fold, as a person would, and then it is tapped.
    function tap(item) {
        settle(item);
        scrollTo(item);
        mouseClick(item);
    }
    function scrollTo(item) {
        for (let flick = item.parent; flick; flick = flick.parent) {
            if (flick.contentY === undefined || flick.contentItem === undefined)
                continue;
            const top = item.mapToItem(flick.contentItem, 0, 0).y;
            if (top < flick.contentY || top + item.height > flick.contentY + flick.height) {
                const most = Math.max(0, flick.contentHeight - flick.height);
                flick.contentY = Math.min(most, Math.max(0, top - flick.height / 2));
                settle(item);
            }
            return;
        }
    }
}
