import QtQuick
import QtQuick.Layouts
import Rapport

// What to do today. Until there is something to show, it says what will appear here.
Rectangle {
    id: page

    required property DatabaseSession session
    required property date today

    color: Theme.background

    ColumnLayout {
        // Lines stay readable on a tablet: the column never grows past Theme.readableWidth.
        width: Math.min(parent.width - 2 * Theme.spacing, Theme.readableWidth)
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        Text {
            text: qsTr("Today")
            color: Theme.text
            font.pixelSize: Theme.titleSize
            font.bold: true
        }
        Text {
            text: page.today.toLocaleDateString(Qt.locale(), "dddd, d MMMM yyyy")
            color: Theme.secondaryText
            font.pixelSize: Theme.bodySize
        }
        MessageCard {
            Layout.fillWidth: true
            visible: page.session.ready
            heading: qsTr("A clear day")
            message: qsTr("Visits you plan, follow-ups that fall due and birthdays this week will show up here.")
        }
        MessageCard {
            Layout.fillWidth: true
            visible: !page.session.ready
            isError: true
            heading: qsTr("Your notebook could not be opened")
            message: page.session.error
        }
        Item {
            Layout.fillHeight: true
        }
        Text {
            Layout.fillWidth: true
            visible: page.session.ready
            text: qsTr("Everything you record is saved on this device first, even without a connection.")
            color: Theme.secondaryText
            font.pixelSize: Theme.captionSize
            wrapMode: Text.Wrap
        }
    }
}
