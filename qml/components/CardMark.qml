import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport

// Under a field a business card filled: that it came from the card, whether the reader is
// sure of it, and one tap to say it is right. Gone once confirmed or corrected.
RowLayout {
    id: mark

    // The fields a card filled and nobody confirmed yet, with how sure the reader was of each
    // (LeadEditor.unconfirmed), and which field this mark is under.
    property var unconfirmed: ({})
    property string key: ""
    // How sure the card reader was (0 to 1); below 0 the field was not filled from a card.
    readonly property real sureness: unconfirmed[key] ?? -1
    // What the field is, for a screen reader: "Name".
    property string fieldName: ""
    readonly property bool sure: sureness >= 0.85

    signal confirmed

    visible: sureness >= 0
    spacing: Theme.spacing / 2

    Rectangle {
        Layout.fillWidth: true
        Layout.preferredHeight: note.implicitHeight + Theme.spacing / 2
        radius: Theme.radius / 2
        color: mark.sure ? "transparent" : Theme.warningSurface
        Label {
            id: note
            anchors.fill: parent
            anchors.leftMargin: mark.sure ? 0 : Theme.spacing / 2
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.Wrap
            text: mark.sure ? qsTr("Read from the card") : qsTr("Read from the card: please check")
            color: Theme.secondaryText
            font.pixelSize: Theme.captionSize
        }
    }
    ActionButton {
        text: qsTr("Right")
        iconPath: Icons.done
        Accessible.name: qsTr("%1 is right").arg(mark.fieldName)
        onClicked: mark.confirmed()
    }
}
