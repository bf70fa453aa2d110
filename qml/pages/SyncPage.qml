pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport

// Sync from the notebook's side: what waits to go, and what the server refused and why.
Page {
    id: page

    required property DatabaseSession session

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
                heading: qsTr("Not connected to a server")
                message: review.changesWaiting === 0
                         ? qsTr("Everything you record is kept on this device.")
                         : qsTr("Everything you record is kept on this device. %1 will go to your server once you are signed in to one.")
                             .arg(review.changesWaiting === 1 ? qsTr("1 change") : qsTr("%1 changes").arg(review.changesWaiting))
            }
            MessageCard {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                visible: review.error !== ""
                isError: true
                heading: qsTr("Something went wrong")
                message: review.error
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
