pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport

// The customers: type to narrow, filter by segment, sort by name, by last contact, or by room to
// grow (small customers with big potential first).
Page {
    id: page

    required property DatabaseSession session
    property string selectedId: ""

    signal openRequested(string accountId)
    signal newAccountRequested
    signal nearMeRequested

    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: qsTr("Accounts")
        ActionButton {
            text: qsTr("Near me")
            onClicked: page.nearMeRequested()
        }
        ActionButton {
            text: qsTr("New")
            onClicked: page.newAccountRequested()
        }
    }

    AccountListModel {
        id: accounts
        session: page.session
        live: page.visible
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TextField {
            id: filter
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            Layout.preferredHeight: Theme.touchTarget
            placeholderText: qsTr("Find an account by name")
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("Find an account")
            onTextEdited: accounts.filterText = text
        }
        Flickable {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            Layout.leftMargin: Theme.spacing
            contentWidth: chips.implicitWidth
            flickableDirection: Flickable.HorizontalFlick
            clip: true
            Row {
                id: chips
                spacing: Theme.spacing / 2
                ActionButton {
                    // Name, then last contact, then room to grow, and round again.
                    text: accounts.sortByRoomToGrow ? qsTr("Room to grow ↓")
                        : accounts.sortByLastContact ? qsTr("Last contact ↓") : qsTr("Name A–Z")
                    onClicked: {
                        if (accounts.sortByRoomToGrow) {
                            accounts.sortByRoomToGrow = false;
                            accounts.sortByLastContact = false;
                        } else if (accounts.sortByLastContact) {
                            accounts.sortByRoomToGrow = true;
                        } else {
                            accounts.sortByLastContact = true;
                        }
                    }
                }
                ActionButton {
                    text: qsTr("All")
                    primary: accounts.segment === ""
                    onClicked: accounts.segment = ""
                }
                Repeater {
                    model: accounts.segments
                    delegate: ActionButton {
                        required property string modelData
                        text: modelData
                        primary: accounts.segment === modelData
                        onClicked: accounts.segment = modelData
                    }
                }
                Repeater {
                    model: accounts.tiers
                    delegate: ActionButton {
                        required property string modelData
                        text: qsTr("Tier %1").arg(modelData)
                        primary: accounts.tier === modelData
                        // A second tap lets go of the tier.
                        onClicked: accounts.tier = accounts.tier === modelData ? "" : modelData
                    }
                }
            }
        }
        MessageCard {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            visible: accounts.count === 0
            heading: filter.text === "" && accounts.segment === "" ? qsTr("No accounts yet")
                                                                 : qsTr("No account matches")
            message: filter.text === "" && accounts.segment === ""
                     ? qsTr("Add the customers you visit with “New”, or record a visit and add the customer there.")
                     : qsTr("Try part of the name, or another segment.")
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: accounts
            delegate: ListRow {
                required property string documentId
                required property string name
                required property string lastContact
                required property bool lapsed
                width: ListView.view.width
                title: name
                detail: lastContact
                highlightDetail: lapsed
                highlighted: documentId === page.selectedId
                onClicked: page.openRequested(documentId)
            }
        }
    }
}
