pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport

// What to do today: visits of the day, follow-ups due and overdue, birthdays and anniversaries
// of the week, and customers gone quiet. "Record a visit" sits where a thumb reaches it.
Page {
    id: page

    required property DatabaseSession session

    signal recordVisitRequested
    signal routeRequested

    // The icon of a row's action, beside its words.
    function iconFor(action: int): string {
        switch (action) {
        case TodayModel.Action.Email:
            return Icons.email;
        case TodayModel.Action.TextMessage:
            return Icons.message;
        case TodayModel.Action.Copy:
            return Icons.copy;
        case TodayModel.Action.PlanFollowUp:
            return Icons.today;
        case TodayModel.Action.NoFollowUpNeeded:
            return Icons.none;
        case TodayModel.Action.MarkDone:
            return Icons.done;
        }
        return "";
    }
    signal openRequested(string documentType, string documentId)

    background: Rectangle {
        color: Theme.background
    }

    TodayModel {
        id: today
        session: page.session
        live: page.visible
    }
    TodayActions {
        id: todayActions
        session: page.session
    }
    UnfinishedVisit {
        id: unfinished
        session: page.session
    }
    DayRoute {
        id: route
        session: page.session
    }

    ColumnLayout {
        // Lines stay readable on a tablet: the column never grows past Theme.readableWidth.
        width: Math.min(parent.width, Theme.readableWidth)
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        spacing: 0

        ColumnLayout {
            Layout.margins: Theme.spacing
            spacing: 2
            Label {
                text: qsTr("Today")
                color: Theme.text
                font.pixelSize: Theme.titleSize
                font.bold: true
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: page.session.todayLabel
                color: Theme.secondaryText
                font.pixelSize: Theme.bodySize
            }
        }
        // A visit note the app was closed on, one tap from where it stopped.
        ListRow {
            Layout.fillWidth: true
            visible: unfinished.exists
            title: unfinished.accountName !== "" ? qsTr("Continue the visit note for %1").arg(unfinished.accountName) : qsTr("Continue your visit note")
            detail: qsTr("Not saved yet. Everything you typed is kept.")
            highlightDetail: true
            onClicked: page.recordVisitRequested()
        }
        // The day's planned visits in the order that keeps the drive short.
        ListRow {
            Layout.fillWidth: true
            visible: route.stops.length > 1
            title: qsTr("Today's route")
            detail: qsTr("%n stop(s)", "", route.stops.length) + " · " + route.total
            onClicked: page.routeRequested()
        }
        MessageCard {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            visible: page.session.ready && today.count === 0 && !unfinished.exists
            heading: qsTr("A clear day")
            message: qsTr("Visits you plan, follow-ups that fall due and birthdays this week will show up here. Start by recording a visit.")
        }
        MessageCard {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            visible: !page.session.ready
            isError: true
            heading: qsTr("Your notebook could not be opened")
            message: page.session.error
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: today.count > 0
            clip: true
            model: today
            delegate: Column {
                id: entry
                required property string documentId
                required property string documentType
                required property string title
                required property string detail
                required property bool urgent
                required property string sectionTitle
                required property bool firstInSection
                required property var actions
                required property string actionData
                width: ListView.view.width
                SectionLabel {
                    width: entry.width
                    visible: entry.firstInSection
                    text: entry.sectionTitle
                }
                ListRow {
                    width: entry.width
                    title: entry.title
                    detail: entry.detail
                    highlightDetail: entry.urgent
                    onClicked: page.openRequested(entry.documentType, entry.documentId)
                }
                // The row's one-tap actions: congratulate, plan a follow-up.
                Flow {
                    visible: entry.actions.length > 0
                    width: entry.width - 2 * Theme.spacing
                    x: Theme.spacing
                    bottomPadding: Theme.spacing / 2
                    spacing: Theme.spacing / 2
                    Repeater {
                        model: entry.actions
                        delegate: ActionButton {
                            required property var modelData
                            text: modelData.label
                            iconPath: page.iconFor(modelData.action)
                            onClicked: todayActions.run(modelData.action, entry.documentId, entry.actionData)
                        }
                    }
                }
            }
        }
        Label {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            visible: todayActions.error !== ""
            text: todayActions.error
            color: Theme.danger
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        Item {
            Layout.fillHeight: true
            visible: today.count === 0
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            visible: page.session.ready && today.count === 0
            text: qsTr("Everything you record is saved on this device first, even without a connection.")
            color: Theme.secondaryText
            font.pixelSize: Theme.captionSize
            wrapMode: Text.Wrap
        }
        ActionButton {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            visible: page.session.ready
            primary: true
            text: qsTr("Record a visit")
            iconPath: Icons.record
            onClicked: page.recordVisitRequested()
        }
    }
}
