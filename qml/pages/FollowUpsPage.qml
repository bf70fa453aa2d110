pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport

// Follow-ups: the open ones, soonest due first and overdue ones marked, each done with one
// tap; and the done ones, should one need opening again.
Page {
    id: page

    required property DatabaseSession session

    signal openRequested(string documentType, string documentId)

    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: qsTr("Follow-ups")
    }

    FollowUpListModel {
        id: followUps
        session: page.session
        live: page.visible
        showDone: tabs.currentIndex === 1
    }
    FollowUpActions {
        id: actions
        session: page.session
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TabBar {
            id: tabs
            Layout.fillWidth: true
            Tab {
                text: qsTr("To do")
            }
            Tab {
                text: qsTr("Done")
            }
        }
        MessageCard {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            visible: actions.error !== ""
            isError: true
            heading: qsTr("Not changed")
            message: actions.error
        }
        MessageCard {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            visible: followUps.count === 0
            heading: followUps.showDone ? qsTr("Nothing done yet") : qsTr("Nothing to follow up")
            message: followUps.showDone ? qsTr("Follow-ups you tick off land here.")
                                        : qsTr("Next steps you note when recording a visit become follow-ups here, on their due day.")
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: followUps
            delegate: RowLayout {
                id: row
                required property string documentId
                required property string title
                required property string detail
                required property bool overdue
                required property bool done
                width: ListView.view.width
                spacing: 0
                TickBox {
                    Layout.preferredWidth: Theme.touchTarget + Theme.spacing
                    Layout.preferredHeight: Theme.touchTarget
                    checked: row.done
                    Accessible.name: row.done ? qsTr("Open “%1” again").arg(row.title) : qsTr("Mark “%1” done").arg(row.title)
                    onToggled: row.done ? actions.reopen(row.documentId) : actions.complete(row.documentId)
                }
                ListRow {
                    Layout.fillWidth: true
                    title: row.title
                    detail: row.detail
                    highlightDetail: row.overdue
                    onClicked: page.openRequested("followup", row.documentId)
                }
            }
        }
    }
}
