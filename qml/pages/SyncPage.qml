pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport

// Sync: signed in to which server, the last sync, what waits to go, what went wrong in plain
// words, and what the server refused and why. Sign in, sign out, sync now.
Page {
    id: page

    required property DatabaseSession session
    required property SyncController sync

    signal backRequested

    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: qsTr("Sync")
        canGoBack: true
        onBackRequested: page.backRequested()
    }

    SyncReview {
        id: review
        session: page.session
    }


    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + Theme.spacing
        clip: true

        ColumnLayout {
            id: column
            width: Math.min(parent.width, Theme.readableWidth)
            spacing: 0

            MessageCard {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                visible: !page.sync.signedIn
                heading: qsTr("Not connected to a server")
                message: qsTr("Everything you record is kept on this device. %1 Sign in below to keep it on your server too, and on your other devices.").arg(review.waitingSentence)
            }
            MessageCard {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                visible: page.sync.signedIn
                heading: page.sync.syncing ? qsTr("Syncing…")
                       : !page.sync.online ? qsTr("Offline: syncs when the server can be reached")
                       : page.sync.lastSync !== "" ? qsTr("Up to date at %1").arg(page.sync.lastSync)
                       : qsTr("Connecting…")
                message: qsTr("Signed in as %1 at %2. %3").arg(page.sync.userName).arg(page.sync.serverUrl).arg(review.waitingSentence)
            }
            MessageCard {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                visible: page.sync.problem !== "" || review.error !== ""
                isError: true
                heading: qsTr("Something needs you")
                message: page.sync.problem !== "" ? page.sync.problem : review.error
            }
            ButtonRow {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                visible: page.sync.signedIn
                ActionButton {
                    Layout.fillWidth: true
                    primary: true
                    enabled: !page.sync.syncing
                    text: qsTr("Sync now")
                    onClicked: page.sync.syncNow()
                }
                ActionButton {
                    Layout.fillWidth: true
                    text: qsTr("Sign out")
                    onClicked: page.sync.signOut()
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                visible: page.sync.signedIn && page.sync.passwordKeptInFile
                wrapMode: Text.Wrap
                color: Theme.secondaryText
                font.pixelSize: Theme.captionSize
                text: qsTr("No keychain service runs on this device, so your password is kept in a file that only your user account can read.")
            }

            // Signing in.
            ColumnLayout {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                visible: !page.sync.signedIn
                spacing: Theme.spacing
                FormField {
                    id: server
                    Layout.fillWidth: true
                    label: qsTr("Server")
                    placeholder: "https://couch.example.com"
                    text: page.sync.serverUrl
                }
                FormField {
                    id: user
                    Layout.fillWidth: true
                    label: qsTr("Your name on the server")
                    text: page.sync.userName
                }
                FormField {
                    id: password
                    Layout.fillWidth: true
                    label: qsTr("Password")
                    input.echoMode: TextInput.Password
                }
                ActionButton {
                    Layout.fillWidth: true
                    primary: true
                    text: qsTr("Sign in and sync")
                    onClicked: {
                        if (page.sync.signIn(server.text, user.text, password.text))
                            password.text = "";
                    }
                }
            }

            SectionLabel {
                visible: review.rejections.length > 0
                text: qsTr("Refused by the server")
            }
            Repeater {
                model: review.rejections
                delegate: ListRow {
                    required property var modelData
                    Layout.fillWidth: true
                    title: modelData.title
                    detail: qsTr("Kept here, not on the server: %1").arg(modelData.reason)
                    highlightDetail: true
                }
            }
        }
    }
}
