pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport

// Trade-show leads: every one captured, newest first, or only those never followed up, the
// ones about to go cold. "Capture leads" starts the quick form for the stand.
Page {
    id: page

    required property DatabaseSession session

    signal backRequested
    signal captureRequested
    signal openRequested(string leadId)
    signal staleLeadsRequested

    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: qsTr("Trade-show leads")
        canGoBack: true
        onBackRequested: page.backRequested()
    }

    StaleLeadReview {
        id: stale
        session: page.session
    }

    LeadListModel {
        id: leads
        session: page.session
        neverFollowedUp: tabs.currentIndex === 1
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TabBar {
            id: tabs
            Layout.fillWidth: true
            Tab {
                text: qsTr("All")
            }
            Tab {
                text: qsTr("Never followed up")
            }
        }
        // A year after the show: what was never followed up is offered for forgetting.
        ListRow {
            Layout.fillWidth: true
            visible: stale.leads.length > 0
            title: qsTr("%n old lead(s) to keep or forget", "", stale.leads.length)
            detail: qsTr("A year or more since the show, never followed up")
            highlightDetail: true
            onClicked: page.staleLeadsRequested()
        }
        MessageCard {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            visible: leads.count === 0
            heading: leads.neverFollowedUp ? qsTr("Every lead followed up") : qsTr("No leads yet")
            message: leads.neverFollowedUp ? qsTr("Leads you have not followed up or made a customer show up here.")
                                           : qsTr("At a trade show, capture each person in a few seconds: type the name, or read their badge's QR code.")
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: leads
            delegate: ListRow {
                required property string documentId
                required property bool forgotten
                width: ListView.view.width
                highlightDetail: forgotten
                onClicked: page.openRequested(documentId)
            }
        }
        ActionButton {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            primary: true
            text: qsTr("Capture leads")
            onClicked: page.captureRequested()
        }
    }
}
