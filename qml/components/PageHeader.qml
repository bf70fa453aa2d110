import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The title bar of a page: a back button when the page was opened from another, the title,
// and room for the page's own actions on the right.
ToolBar {
    id: header

    required property string title
    property bool canGoBack: false
    default property alias actions: actionRow.data

    signal backRequested

    implicitHeight: Theme.touchTarget + 8

    background: Rectangle {
        color: Theme.surface
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.divider
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: header.canGoBack ? 0 : Theme.spacing
        anchors.rightMargin: Theme.spacing / 2
        spacing: 0

        ToolButton {
            visible: header.canGoBack
            text: "‹"
            font.pixelSize: Theme.titleSize
            Layout.preferredWidth: Theme.touchTarget
            Layout.preferredHeight: Theme.touchTarget
            Accessible.name: qsTr("Back")
            onClicked: header.backRequested()
        }
        Label {
            Layout.fillWidth: true
            text: header.title
            color: Theme.text
            font.pixelSize: Theme.headingSize + 2
            font.bold: true
            elide: Text.ElideRight
        }
        RowLayout {
            id: actionRow
            spacing: Theme.spacing / 2
        }
    }
}
