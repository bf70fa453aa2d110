import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport

// Settings: the server, the theme, and where the notebook lives on this device (taking
// everything out is under Your data).
Page {
    id: page

    required property DatabaseSession session
    required property Preferences preferences
    required property SyncController sync

    signal syncRequested

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
            text: qsTr("Server")
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.bodySize
            text: page.sync.signedIn ? qsTr("Signed in as %1 at %2").arg(page.sync.userName).arg(page.sync.serverUrl)
                                     : qsTr("Not signed in: everything stays on this device.")
        }
        RowLayout {
            Layout.margins: Theme.spacing
            spacing: Theme.spacing / 2
            ActionButton {
                text: page.sync.signedIn ? qsTr("Sync") : qsTr("Sign in")
                onClicked: page.syncRequested()
            }
            ActionButton {
                visible: page.sync.signedIn
                text: qsTr("Sign out")
                onClicked: page.sync.signOut()
            }
        }
        SectionLabel {
            text: qsTr("Look")
        }
        Switch {
            Layout.leftMargin: Theme.spacing
            Layout.preferredHeight: Theme.touchTarget
            text: qsTr("Dark theme")
            font.pixelSize: Theme.bodySize
            checked: page.preferences.darkTheme
            onToggled: page.preferences.darkTheme = checked
        }
        SectionLabel {
            text: qsTr("Your records")
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            wrapMode: Text.WrapAnywhere
            color: Theme.secondaryText
            font.pixelSize: Theme.captionSize
            text: qsTr("%1 records, kept on this device in %2").arg(page.session.documentCount).arg(page.session.path)
        }
    }
}
