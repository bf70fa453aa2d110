pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport

// Where two devices changed the same thing differently, the later change was kept and the other
// is here: for each, both values, when and where each was made. Keep what was kept, or restore
// the other.
Page {
    id: page

    required property DatabaseSession session

    signal backRequested

    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: qsTr("Review conflicts")
        canGoBack: true
        onBackRequested: page.backRequested()
    }

    ConflictListModel {
        id: conflicts
        session: page.session
    }
    SyncReview {
        id: review
        session: page.session
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        MessageCard {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            visible: review.error !== ""
            isError: true
            heading: qsTr("Not changed")
            message: review.error
        }
        MessageCard {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            visible: conflicts.count === 0
            heading: qsTr("Nothing to review")
            message: qsTr("When your phone and your tablet change the same thing differently, the later change is kept and the other waits here for you.")
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: conflicts
            spacing: Theme.spacing
            topMargin: Theme.spacing
            bottomMargin: Theme.spacing
            delegate: Rectangle {
                id: card
                required property string documentId
                required property string title
                required property string kept
                required property string lost
                required property string keptWhere
                required property string lostWhere
                width: ListView.view.width - 2 * Theme.spacing
                x: Theme.spacing
                implicitHeight: content.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.divider

                ColumnLayout {
                    id: content
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: Theme.spacing / 2
                    Label {
                        Layout.fillWidth: true
                        text: card.title
                        color: Theme.text
                        font.pixelSize: Theme.headingSize
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Kept: %1").arg(card.kept)
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: card.keptWhere !== ""
                        text: card.keptWhere
                        color: Theme.secondaryText
                        font.pixelSize: Theme.captionSize
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Not kept: %1").arg(card.lost)
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: card.lostWhere !== ""
                        text: card.lostWhere
                        color: Theme.secondaryText
                        font.pixelSize: Theme.captionSize
                    }
                    ButtonRow {
                        Layout.fillWidth: true
                        ActionButton {
                            Layout.fillWidth: true
                            primary: true
                            text: qsTr("Keep")
                            onClicked: review.dismiss(card.documentId)
                        }
                        ActionButton {
                            Layout.fillWidth: true
                            text: qsTr("Restore the other")
                            onClicked: review.restore(card.documentId)
                        }
                    }
                }
            }
        }
    }
}
