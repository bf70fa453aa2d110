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
            onClicked: page.save()
        }
    }

    // Every field is read before any is set: setting one makes the others' bindings read the
    // editor again.
    function save() {
        const texts = {
            name: name.text,
            town: town.text,
            segment: segment.text,
            tier: tier.text,
            notes: notes.text
        };
        const numbers = {
            cadenceDays: cadence.text,
            size: size.text,
            potential: potential.text
        };
        for (const key in texts)
            account.setText(key, texts[key]);
        for (const key in numbers) {
            if (!account.setNumber(key, numbers[key]))
                return;
        }
        if (account.save())
            page.saved(account.documentId);
    }

    AccountEditor {
        id: account
        session: page.session
        documentId: page.accountId
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
                text: account.changes >= 0 ? account.text("name") : ""
            }
            FormField {
                id: town
                Layout.fillWidth: true
                label: qsTr("Town")
                text: account.changes >= 0 ? account.text("town") : ""
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                FormField {
                    id: segment
                    Layout.fillWidth: true
                    label: qsTr("Segment")
                    placeholder: qsTr("retail, hospitality…")
                    text: account.changes >= 0 ? account.text("segment") : ""
                }
                FormField {
                    id: tier
                    Layout.preferredWidth: 96
                    label: qsTr("Tier")
                    placeholder: "A"
                    text: account.changes >= 0 ? account.text("tier") : ""
                }
            }
            FormField {
                id: cadence
                Layout.fillWidth: true
                label: qsTr("Visit at least every … days")
                text: account.changes >= 0 && account.number("cadenceDays") > 0 ? String(account.number("cadenceDays")) : ""
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                FormField {
                    id: size
                    Layout.fillWidth: true
                    label: qsTr("Size now")
                    text: account.changes >= 0 && account.number("size") > 0 ? String(account.number("size")) : ""
                }
                FormField {
                    id: potential
                    Layout.fillWidth: true
                    label: qsTr("Potential")
                    text: account.changes >= 0 && account.number("potential") > 0 ? String(account.number("potential")) : ""
                }
            }
            TextBox {
                id: notes
                Layout.fillWidth: true
                label: qsTr("Notes")
                text: account.changes >= 0 ? account.text("notes") : ""
            }
        }
    }
}
