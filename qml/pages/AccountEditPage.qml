pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport

// A new account, or an existing one changed. Saved on "Save"; a name is all it needs.
Page {
    id: page

    required property DatabaseSession session
    property string accountId: ""

    signal backRequested
    signal saved(string accountId)

    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: page.accountId === "" ? qsTr("New account") : qsTr("Edit account")
        canGoBack: true
        onBackRequested: page.backRequested()
        ActionButton {
            primary: true
            text: qsTr("Save")
            iconPath: Icons.done
            onClicked: page.save()
        }
    }

    // Each field is its own property of the editor: setting one re-reads that one alone (as
    // stored: trimmed), and a number that is not one keeps the account from being saved.
    function save() {
        account.fields.name = name.text;
        account.fields.town = town.text;
        account.fields.segment = segment.text;
        account.fields.tier = tier.text;
        account.fields.notes = notes.text;
        account.fields.cadenceDays = cadence.text;
        account.fields.size = size.text;
        account.fields.potential = potential.text;
        if (account.save())
            page.saved(account.documentId);
    }

    AccountEditor {
        id: account
        session: page.session
        documentId: page.accountId
    }

    // A new customer: the keyboard is up for its name.
    Component.onCompleted: {
        if (page.accountId === "")
            name.input.forceActiveFocus();
    }

    Flickable {
        anchors.fill: parent
        contentHeight: form.implicitHeight + 2 * Theme.spacing
        clip: true

        ColumnLayout {
            id: form
            x: Theme.spacing
            y: Theme.spacing
            width: Math.min(parent.width, Theme.readableWidth) - 2 * Theme.spacing
            spacing: Theme.spacing

            MessageCard {
                Layout.fillWidth: true
                visible: account.error !== ""
                isError: true
                heading: qsTr("Not saved yet")
                message: account.error
            }
            FormField {
                id: name
                Layout.fillWidth: true
                label: qsTr("Name")
                text: account.fields.name
            }
            FormField {
                id: town
                Layout.fillWidth: true
                label: qsTr("Town")
                text: account.fields.town
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                FormField {
                    id: segment
                    Layout.fillWidth: true
                    label: qsTr("Segment")
                    placeholder: qsTr("retail, hospitality…")
                    text: account.fields.segment
                }
                FormField {
                    id: tier
                    Layout.preferredWidth: 96
                    label: qsTr("Tier")
                    placeholder: "A"
                    text: account.fields.tier
                }
            }
            FormField {
                id: cadence
                Layout.fillWidth: true
                label: qsTr("Visit at least every … days")
                text: account.fields.cadenceDays
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                FormField {
                    id: size
                    Layout.fillWidth: true
                    label: qsTr("Size now")
                    text: account.fields.size
                }
                FormField {
                    id: potential
                    Layout.fillWidth: true
                    label: qsTr("Potential")
                    text: account.fields.potential
                }
            }
            TextBox {
                id: notes
                Layout.fillWidth: true
                label: qsTr("Notes")
                text: account.fields.notes
            }
        }
    }
}
