pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport

// A person, new or changed: name, buying role, how to reach them, and the personal profile.
// Lists (hobbies, likes) are typed comma-separated.
Page {
    id: page

    required property DatabaseSession session
    property string contactId: ""
    property string accountId: ""

    signal backRequested
    signal saved(string contactId)

    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: page.contactId === "" ? qsTr("New person") : qsTr("Edit person")
        canGoBack: true
        onBackRequested: page.backRequested()
        ActionButton {
            primary: true
            text: qsTr("Save")
            onClicked: page.save()
        }
    }

    ContactEditor {
        id: contact
        session: page.session
        documentId: page.contactId
    }

    function field(key: string): string {
        return contact.changes >= 0 ? contact.text(key) : "";
    }
    function joined(key: string): string {
        return contact.changes >= 0 ? contact.joinedList(key) : "";
    }
    function split(text: string): list<string> {
        return text.split(",").map(s => s.trim()).filter(s => s !== "");
    }

    // What the form shows, read all at once: setting one field in the editor makes the other
    // fields' bindings read the editor again, which would drop what was typed there.
    function collect(): var {
        return {
            texts: {
                firstName: firstName.text,
                lastName: lastName.text,
                email: email.text,
                phone: phone.text,
                preferredChannel: channel.text,
                preferredTime: time.text,
                howWeMet: howWeMet.text,
                notes: notes.text,
                role: contact.buyingRoleAt(roleBox.currentIndex)
            },
            lists: {
                hobbies: page.split(hobbies.text),
                likes: page.split(likes.text),
                dislikes: page.split(dislikes.text)
            },
            dates: {
                birthday: birthday.text,
                anniversary: anniversary.text
            }
        };
    }
    function apply(values: var): bool {
        for (const key in values.texts)
            contact.setText(key, values.texts[key]);
        for (const key in values.lists)
            contact.setList(key, values.lists[key]);
        if (page.accountId !== "" && contact.text("accountId") === "")
            contact.setText("accountId", page.accountId);
        for (const key in values.dates) {
            if (!contact.setDate(key, values.dates[key]))
                return false;
        }
        return true;
    }
    function save() {
        if (page.apply(page.collect()) && contact.save())
            page.saved(contact.documentId);
    }
    function addFamilyMember() {
        page.apply(page.collect());
        if (contact.setFamilyMember("", memberName.text, memberRelation.text, memberInterests.text)) {
            memberName.text = "";
            memberRelation.text = "";
            memberInterests.text = "";
        }
    }
    function removeFamilyMember(id: string) {
        page.apply(page.collect());
        contact.removeFamilyMember(id);
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
                visible: contact.error !== ""
                isError: true
                heading: qsTr("Not saved yet")
                message: contact.error
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                FormField {
                    id: firstName
                    Layout.fillWidth: true
                    label: qsTr("First name")
                    text: page.field("firstName")
                }
                FormField {
                    id: lastName
                    Layout.fillWidth: true
                    label: qsTr("Last name")
                    text: page.field("lastName")
                }
            }
            Label {
                text: qsTr("Role in buying")
                color: Theme.secondaryText
                font.pixelSize: Theme.captionSize
            }
            ComboBox {
                id: roleBox
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                model: contact.buyingRoleChoices
                currentIndex: contact.buyingRoleIndex(page.field("role"))
                Accessible.name: qsTr("Role in buying")
            }
            FormField {
                id: phone
                Layout.fillWidth: true
                label: qsTr("Phone")
                text: page.field("phone")
            }
            FormField {
                id: email
                Layout.fillWidth: true
                label: qsTr("E-mail")
                text: page.field("email")
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                FormField {
                    id: channel
                    Layout.fillWidth: true
                    label: qsTr("Prefers to be reached by")
                    placeholder: qsTr("phone, e-mail, a visit")
                    text: page.field("preferredChannel")
                }
                FormField {
                    id: time
                    Layout.fillWidth: true
                    label: qsTr("Best time")
                    placeholder: qsTr("mornings")
                    text: page.field("preferredTime")
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                FormField {
                    id: birthday
                    Layout.fillWidth: true
                    label: qsTr("Birthday")
                    placeholder: qsTr("1984-02-29 or 02-29")
                    text: page.field("birthday").replace(/^--/, "")
                }
                FormField {
                    id: anniversary
                    Layout.fillWidth: true
                    label: qsTr("Anniversary")
                    placeholder: qsTr("2010-06-12 or 06-12")
                    text: page.field("anniversary").replace(/^--/, "")
                }
            }
            SectionLabel {
                leftPadding: 0
                text: qsTr("Family")
            }
            Repeater {
                model: contact.family
                delegate: RowLayout {
                    id: member
                    required property var modelData
                    Layout.fillWidth: true
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                        text: member.modelData.name
                              + (member.modelData.relation !== "" ? " (" + member.modelData.relation + ")" : "")
                              + (member.modelData.interests !== "" ? ": " + member.modelData.interests : "")
                    }
                    ActionButton {
                        text: qsTr("Remove")
                        onClicked: page.removeFamilyMember(member.modelData.id)
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                FormField {
                    id: memberName
                    Layout.fillWidth: true
                    label: qsTr("Name")
                }
                FormField {
                    id: memberRelation
                    Layout.preferredWidth: 120
                    label: qsTr("Relation")
                    placeholder: qsTr("son")
                }
            }
            FormField {
                id: memberInterests
                Layout.fillWidth: true
                label: qsTr("What they care about")
                placeholder: qsTr("baseball cards, chess")
            }
            ActionButton {
                text: qsTr("Add family member")
                onClicked: page.addFamilyMember()
            }
            FormField {
                id: hobbies
                Layout.fillWidth: true
                label: qsTr("Hobbies")
                placeholder: qsTr("sailing, jazz")
                text: page.joined("hobbies")
            }
            FormField {
                id: likes
                Layout.fillWidth: true
                label: qsTr("Likes")
                text: page.joined("likes")
            }
            FormField {
                id: dislikes
                Layout.fillWidth: true
                label: qsTr("Dislikes")
                text: page.joined("dislikes")
            }
            FormField {
                id: howWeMet
                Layout.fillWidth: true
                label: qsTr("How you met")
                text: page.field("howWeMet")
            }
            TextBox {
                id: notes
                Layout.fillWidth: true
                label: qsTr("Notes")
                text: page.field("notes")
            }
        }
    }
}
