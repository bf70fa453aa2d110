pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport

// Everything that is not the day's work: sync, conflicts to review, settings.
Page {
    id: page

    required property DatabaseSession session
    required property SyncController sync

    signal openRequested(string place)

    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: qsTr("More")
    }

    SyncReview {
        id: review
        session: page.session
        live: page.visible
    }

    ConflictListModel {
        id: conflicts
        session: page.session
        live: page.visible
    }

    DuplicateListModel {
        id: duplicates
        session: page.session
        live: page.visible
    }

    ColumnLayout {
        width: parent.width
        spacing: 0
        ListRow {
            Layout.fillWidth: true
            title: qsTr("Sync")
            detail: !page.sync.signedIn ? qsTr("Not signed in · %1").arg(review.waitingSummary)
                    : page.sync.problem !== "" ? qsTr("Needs you · %1").arg(review.waitingSummary)
                    : page.sync.lastSync !== "" ? qsTr("Up to date at %1 · %2").arg(page.sync.lastSync).arg(review.waitingSummary)
                    : review.waitingSummary
            highlightDetail: page.sync.problem !== ""
            onClicked: page.openRequested("sync")
        }
        ListRow {
            Layout.fillWidth: true
            title: qsTr("Review conflicts")
            detail: conflicts.count === 0 ? qsTr("None: every edit made on two devices was merged")
                                          : qsTr("%1 to look at").arg(conflicts.count)
            highlightDetail: conflicts.count > 0
            onClicked: page.openRequested("conflicts")
        }
        ListRow {
            Layout.fillWidth: true
            title: qsTr("Duplicates")
            detail: duplicates.count === 0 ? qsTr("None: every person is in your notebook once")
                                           : qsTr("%1 to compare").arg(duplicates.count)
            highlightDetail: duplicates.count > 0
            onClicked: page.openRequested("duplicates")
        }
        ListRow {
            Layout.fillWidth: true
            title: qsTr("Trade-show leads")
            detail: qsTr("Capture at the stand; see who was never followed up")
            onClicked: page.openRequested("leads")
        }
        ListRow {
            Layout.fillWidth: true
            title: qsTr("Visit cadence")
            detail: qsTr("How often to see the customers of each segment")
            onClicked: page.openRequested("cadence")
        }
        ListRow {
            Layout.fillWidth: true
            title: qsTr("Your data")
            detail: qsTr("Import contacts; export to your address book, calendar or a spreadsheet")
            onClicked: page.openRequested("data")
        }
        ListRow {
            Layout.fillWidth: true
            title: qsTr("Settings")
            detail: qsTr("Server, theme")
            onClicked: page.openRequested("settings")
        }
    }
}
