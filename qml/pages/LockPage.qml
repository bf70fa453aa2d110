import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport

// What shows while the screen is locked: nothing of the notebook, only the keypad. The
// notebook's key stays in the keychain; this guards the screen of a device left on a table.
Page {
    id: page

    required property ScreenLock screenLock

    background: Rectangle {
        color: Theme.background
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            Layout.topMargin: 2 * Theme.spacing
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("Rapport is locked")
            color: Theme.text
            font.pixelSize: Theme.titleSize
            font.bold: true
        }
        Item {
            Layout.fillHeight: true
        }
        PasscodePad {
            id: pad
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.spacing
            heading: qsTr("Type your passcode")
            message: page.screenLock.error
            waiting: page.screenLock.waitSeconds > 0
            onEntered: code => {
                page.screenLock.unlock(code);
                pad.clear();
            }
        }
    }
    // Shown: the keypad takes the keys, and nothing typed before is kept.
    onVisibleChanged: {
        pad.clear();
        if (visible)
            pad.forceActiveFocus();
    }
    Component.onCompleted: if (visible) pad.forceActiveFocus()
}
