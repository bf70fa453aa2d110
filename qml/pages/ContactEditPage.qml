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
            iconPath: Icons.done
            onClicked: page.save()
        }
    }

    ContactEditor {
        id: contact
        session: page.session
        documentId: page.contactId
    }

    // Each field is its own property of the editor: setting one re-reads that one alone (as
    // stored: trimmed, a list's items, a date), so the others keep what was typed. A date that
    // is not one keeps the person from being saved, with the reason.
    function apply() {
        contact.fields.firstName = firstName.text;
        contact.fields.lastName = lastName.text;
        contact.fields.email = email.text;
        contact.fields.phone = phone.text;
        contact.fields.preferredChannel = channel.text;
        contact.fields.preferredTime = time.text;
        contact.fields.preferredLanguage = language.text;
        contact.fields.howWeMet = howWeMet.text;
        contact.fields.notes = notes.text;
        contact.fields.role = contact.buyingRoleAt(roleBox.currentIndex);
        contact.fields.hobbies = hobbies.text;
        contact.fields.likes = likes.text;
        contact.fields.dislikes = dislikes.text;
        contact.fields.birthday = birthday.text;
        contact.fields.anniversary = anniversary.text;
        if (page.accountId !== "" && contact.fields.accountId === "")
            contact.fields.accountId = page.accountId;
    }
    function save() {
        page.apply();
        if (contact.save())
            page.saved(contact.documentId);
    }
    function addFamilyMember() {
        page.apply();
        if (contact.setFamilyMember("", memberName.text, memberRelation.text, memberInterests.text)) {
            memberName.text = "";
            memberRelation.text = "";
            memberInterests.text = "";
        }
    }
    function removeFamilyMember(id: string) {
        page.apply();
        contact.removeFamilyMember(id);
    }

    // A new person: the keyboard is up for their first name.
    Component.onCompleted: {
        if (page.contactId === "")
            firstName.input.forceActiveFocus();
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
                    text: contact.fields.firstName
                }
                FormField {
                    id: lastName
                    Layout.fillWidth: true
                    label: qsTr("Last name")
                    text: contact.fields.lastName
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
                currentIndex: contact.buyingRoleIndex(contact.fields.role)
                Accessible.name: qsTr("Role in buying")
            }
            FormField {
                id: phone
                Layout.fillWidth: true
                label: qsTr("Phone")
                text: contact.fields.phone
                keyboard: Keyboard.Phone
            }
            FormField {
                id: email
                Layout.fillWidth: true
                label: qsTr("E-mail")
                text: contact.fields.email
                keyboard: Keyboard.Email
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                FormField {
                    id: channel
                    Layout.fillWidth: true
                    label: qsTr("Prefers to be reached by")
                    placeholder: qsTr("phone, e-mail, a visit")
                    text: contact.fields.preferredChannel
                }
                FormField {
                    id: time
                    Layout.fillWidth: true
                    label: qsTr("Best time")
                    placeholder: qsTr("mornings")
                    text: contact.fields.preferredTime
                }
            }
            FormField {
                id: language
                Layout.fillWidth: true
                label: qsTr("Language they prefer")
                placeholder: qsTr("German, English…")
                text: contact.fields.preferredLanguage
            }
            // Each by typing or by the wheels, whose year may be left out.
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing / 2
                FormField {
                    id: birthday
                    Layout.fillWidth: true
                    label: qsTr("Birthday")
                    placeholder: qsTr("1984-02-29 or 02-29")
                    text: contact.fields.birthday
                    keyboard: Keyboard.Date
                }
                CalendarButton {
                    name: qsTr("Pick the birthday")
                    onClicked: birthdayPicker.openOn(birthday.text)
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing / 2
                FormField {
                    id: anniversary
                    Layout.fillWidth: true
                    label: qsTr("Anniversary")
                    placeholder: qsTr("2010-06-12 or 06-12")
                    text: contact.fields.anniversary
                    keyboard: Keyboard.Date
                }
                CalendarButton {
                    name: qsTr("Pick the anniversary")
                    onClicked: anniversaryPicker.openOn(anniversary.text)
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
                text: contact.fields.hobbies
            }
            FormField {
                id: likes
                Layout.fillWidth: true
                label: qsTr("Likes")
                text: contact.fields.likes
            }
            FormField {
                id: dislikes
                Layout.fillWidth: true
                label: qsTr("Dislikes")
                text: contact.fields.dislikes
            }
            FormField {
                id: howWeMet
                Layout.fillWidth: true
                label: qsTr("How you met")
                text: contact.fields.howWeMet
            }
            TextBox {
                id: notes
                Layout.fillWidth: true
                label: qsTr("Notes")
                text: contact.fields.notes
            }
        }
    }

    DatePicker {
        id: birthdayPicker
        session: page.session
        title: qsTr("Birthday")
        yearOptional: true
        onPicked: isoDate => birthday.text = isoDate
    }
    DatePicker {
        id: anniversaryPicker
        session: page.session
        title: qsTr("Anniversary")
        yearOptional: true
        onPicked: isoDate => anniversary.text = isoDate
    }
}
