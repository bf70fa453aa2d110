import QtQuick
import QtQuick.Layouts
import Rapport

// The one time Rapport asks whether it may read where the device is: shown until answered,
// never again after (Settings can change the answer).
Rectangle {
    id: card

    required property Whereabouts whereabouts

    visible: !whereabouts.asked
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.accent

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing / 2

        Text {
            Layout.fillWidth: true
            text: qsTr("Note where you are with each visit?")
            color: Theme.text
            font.pixelSize: Theme.headingSize
            font.bold: true
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Rapport then knows which customer you are at, who is near you and the shortest way through your day. Where you were stays in your own notebook, is never shown to anyone else, and can be turned off in Settings.")
            color: Theme.secondaryText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        ButtonRow {
            Layout.fillWidth: true
            ActionButton {
                Layout.fillWidth: true
                primary: true
                text: qsTr("Yes, note it")
                onClicked: card.whereabouts.consented = true
            }
            ActionButton {
                Layout.fillWidth: true
                text: qsTr("Not now")
                onClicked: card.whereabouts.consented = false
            }
        }
    }
}
