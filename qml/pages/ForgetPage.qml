pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport

// "Please forget me": what forgetting the person touches, listed before anything is done (the
// records that go, the visits that stay without them, the text that names them for the
// salesperson to edit), then forgetting them here and, at the next sync, everywhere.
Page {
    id: page

    required property DatabaseSession session
    required property string contactId
    property bool confirming: false

    signal backRequested
    signal forgotten
    signal openRequested(string documentType, string documentId)

    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: qsTr("Forget %1").arg(privacy.name)
        canGoBack: true
        onBackRequested: page.backRequested()
    }

    PersonPrivacy {
        id: privacy
        session: page.session
        contactId: page.contactId
    }

    component Mention: ListRow {
        required property var modelData
        title: modelData.title !== "" ? modelData.title : modelData.kind
        detail: modelData.kind
        Layout.fillWidth: true
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
                heading: privacy.error !== "" ? qsTr("Something went wrong") : qsTr("Everything about them goes")
                message: privacy.error !== "" ? privacy.error
                    : qsTr("On this device now, and at the next sync on your other devices and the server. It cannot be undone.")
                isError: privacy.error !== ""
            }
            SectionLabel {
                text: qsTr("Removed (%1)").arg(privacy.removed.length)
            }
            Repeater {
                model: privacy.removed
                delegate: Mention {}
            }
            SectionLabel {
                text: qsTr("Visits that stay, without them (%1)").arg(privacy.visitsMet.length)
                visible: privacy.visitsMet.length > 0
            }
            Repeater {
                model: privacy.visitsMet
                delegate: Mention {}
            }
            SectionLabel {
                text: qsTr("Text that names them (%1)").arg(privacy.namedIn.length)
                visible: privacy.namedIn.length > 0
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                visible: privacy.namedIn.length > 0
                text: qsTr("Rapport never rewrites what you wrote: edit or delete these yourself.")
                color: Theme.secondaryText
                font.pixelSize: Theme.captionSize
                wrapMode: Text.Wrap
            }
            Repeater {
                model: privacy.namedIn
                delegate: Mention {
                    onClicked: page.openRequested(modelData.type, modelData.id)
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                visible: privacy.drafts > 0
                text: qsTr("An unfinished note that names them is discarded.")
                color: Theme.secondaryText
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
            }
            // Two taps, the second where the first was: nobody forgets a person by a slip.
            ActionButton {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                visible: !page.confirming
                enabled: privacy.name !== "" || privacy.removed.length > 0
                text: qsTr("Forget %1").arg(privacy.name)
                onClicked: page.confirming = true
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                visible: page.confirming
                text: qsTr("Forget %1 for good?").arg(privacy.name)
                color: Theme.danger
                font.pixelSize: Theme.bodySize
                font.bold: true
                wrapMode: Text.Wrap
            }
            ButtonRow {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                visible: page.confirming
                ActionButton {
                    Layout.fillWidth: true
                    text: qsTr("Keep them")
                    onClicked: page.confirming = false
                }
                ActionButton {
                    objectName: "confirmForget"
                    Layout.fillWidth: true
                    primary: true
                    text: qsTr("Forget")
                    onClicked: {
                        if (privacy.forget())
                            page.forgotten();
                        else
                            page.confirming = false;
                    }
                }
            }
        }
    }
}
