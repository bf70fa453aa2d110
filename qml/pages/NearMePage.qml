pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport

// "I am in Lübeck with an hour to spare": the customers nearest to where the device is, with
// how far and which way, and the ones waiting for a visit or a follow-up marked.
Page {
    id: page

    required property DatabaseSession session

    signal backRequested
    signal openRequested(string accountId)

    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: qsTr("Near me")
        canGoBack: true
        onBackRequested: page.backRequested()
    }

    PositionWatch {
        whereabouts: page.session.whereabouts
        active: page.visible
    }
    NearbyAccountsModel {
        id: nearby
        session: page.session
        live: page.visible
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        PlaceConsentCard {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            whereabouts: page.session.whereabouts
        }
        MessageCard {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            visible: page.session.whereabouts.asked && !page.session.whereabouts.consented
            heading: qsTr("Where you are is not read")
            message: qsTr("You chose not to let Rapport note where you are. Turn on “Note where I am” in Settings to see the customers near you.")
        }
        MessageCard {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            visible: page.session.whereabouts.consented && !nearby.located
            isError: page.session.whereabouts.problem !== ""
            heading: page.session.whereabouts.problem !== "" ? qsTr("Where you are is not known") : qsTr("Finding where you are…")
            message: page.session.whereabouts.problem !== "" ? page.session.whereabouts.problem : qsTr("The customers near you show as soon as the device knows.")
        }
        MessageCard {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            visible: nearby.located && nearby.count === 0
            heading: qsTr("No customer's place is known yet")
            message: qsTr("A customer's place is learnt from the visits you record there, or pinned on its page.")
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: nearby
            delegate: ListRow {
                required property string documentId
                required property bool waiting
                width: ListView.view.width
                highlightDetail: waiting
                onClicked: page.openRequested(documentId)
            }
        }
    }
}
