pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport

// Settings: the theme, and where the notebook lives on this device.
Page {
    id: page

    required property DatabaseSession session

    signal backRequested

    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: qsTr("Settings")
        canGoBack: true
        onBackRequested: page.backRequested()
    }

    ColumnLayout {
        width: Math.min(parent.width, Theme.readableWidth)
        spacing: 0

        SectionLabel {
            text: qsTr("Look")
        }
        Switch {
            Layout.leftMargin: Theme.spacing
            Layout.preferredHeight: Theme.touchTarget
            text: qsTr("Dark theme")
            checked: Theme.dark
            onToggled: Theme.dark = checked
        }
        SectionLabel {
            text: qsTr("This device")
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            wrapMode: Text.WrapAnywhere
            color: Theme.secondaryText
            font.pixelSize: Theme.captionSize
            text: qsTr("%1 records, kept in %2").arg(page.session.documentCount).arg(page.session.path)
        }
    }
}
