import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport

// Stand mode, for a tablet on a trade-show stand where visitors see and touch the screen:
// the lead form alone, a fresh one after each "Save and next lead"; no people, no search, no
// earlier leads. Leaving takes a long press, and then the passcode or, without one, a plain
// confirmation, so that a visitor's tap never opens the notebook.
Item {
    id: stand

    required property DatabaseSession session
    required property ScreenLock screenLock
    property string event: ""
    // "capture", then on the long press "confirm" (no passcode) or "passcode".
    property string step: "capture"

    LeadPage {
        anchors.fill: parent
        visible: stand.step === "capture"
        session: stand.session
        event: stand.event
        standMode: true
        onLeaveRequested: stand.step = stand.screenLock.hasPasscode ? "passcode" : "confirm"
        // Never reached in stand mode: there is nowhere to go back to.
        onBackRequested: {}
    }

    Page {
        anchors.fill: parent
        visible: stand.step !== "capture"
        background: Rectangle {
            color: Theme.background
        }

        // A readable column in the middle of a tablet.
        ColumnLayout {
            x: (parent.width - width) / 2
            y: Theme.spacing
            width: Math.min(parent.width - 2 * Theme.spacing, Theme.readableWidth)
            height: parent.height - 2 * Theme.spacing
            spacing: Theme.spacing

            MessageCard {
                Layout.fillWidth: true
                visible: stand.step === "confirm"
                heading: qsTr("Leave stand mode?")
                message: qsTr("Whoever holds the tablet then sees your whole notebook: people, search and every lead. "
                              + "A passcode (in Settings) would be asked here instead.")
            }
            Item {
                Layout.fillHeight: true
            }
            PasscodePad {
                id: pad
                Layout.fillWidth: true
                visible: stand.step === "passcode"
                heading: qsTr("Passcode to leave stand mode")
                message: stand.screenLock.error
                waiting: stand.screenLock.waitSeconds > 0
                onEntered: code => {
                    stand.screenLock.leaveStandMode(code);
                    pad.clear();
                }
            }
            ActionButton {
                Layout.fillWidth: true
                visible: stand.step === "confirm"
                text: qsTr("Leave stand mode")
                onClicked: stand.screenLock.leaveStandMode()
            }
            ActionButton {
                Layout.fillWidth: true
                primary: stand.step === "confirm"
                text: qsTr("Back to the lead form")
                onClicked: {
                    pad.clear();
                    stand.step = "capture";
                }
            }
        }
    }
    onStepChanged: if (step === "passcode") pad.forceActiveFocus()
    // Each time stand mode starts, it starts at the lead form.
    onVisibleChanged: {
        stand.step = "capture";
        pad.clear();
    }
}
