pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport

// One lead. New (leadId empty): the form for the stand, built for speed: name, company, what
// they care about, how warm, or all of it from a photo of their badge (its QR code) or their
// business card (read offline, each field marked until confirmed); "Next lead" saves and
// starts the next. An existing lead: its details, a follow-up, or "Make a customer". In stand
// mode (StandPage) the form is all there is: no way back, and leaving takes a long press.
Page {
    id: page

    required property DatabaseSession session
    property string leadId: ""
    property string event: ""
    property bool standMode: false

    signal backRequested
    signal leaveRequested
    signal convertedTo(string contactId)
    signal fileRequested(string leadId, string name)

    readonly property bool capturing: page.leadId === ""
    // The camera for badges and cards, for tests to hand photos to as the camera would.
    readonly property alias camera: badgeCamera

    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: page.standMode ? qsTr("Leads at the stand") : page.capturing ? qsTr("Capture leads") : lead.fields.name
        canGoBack: !page.standMode
        onBackRequested: page.backRequested()
        ActionButton {
            visible: page.standMode
            text: qsTr("Hold to leave")
            onPressAndHold: page.leaveRequested()
        }
        ActionButton {
            visible: !page.capturing
            primary: true
            text: qsTr("Save")
            iconPath: Icons.done
            onClicked: {
                page.apply();
                if (lead.save())
                    page.backRequested();
            }
        }
    }

    // What a field a business card filled says beside its label, until it is confirmed.
    function cardNote(unconfirmed: var, key: string): string {
        if (unconfirmed[key] === undefined)
            return "";
        return cardSure(unconfirmed, key) ? qsTr("Read from the card") : qsTr("Read from the card: please check");
    }
    // Whether the reader was sure of what it filled (or filled nothing there).
    function cardSure(unconfirmed: var, key: string): bool {
        return (unconfirmed[key] ?? 1) >= 0.85;
    }

    // Each field is its own property of the editor: setting one re-reads that one alone.
    function apply() {
        lead.fields.event = eventField.text;
        lead.fields.name = nameField.text;
        lead.fields.company = companyField.text;
        lead.fields.title = titleField.text;
        lead.fields.email = emailField.text;
        lead.fields.phone = phoneField.text;
        lead.fields.notes = notesField.text;
        lead.fields.interests = interestsField.text;
    }

    LeadEditor {
        id: lead
        session: page.session
        documentId: page.leadId
        // A photo the camera took that gave nothing is not kept.
        onCardRead: read => {
            if (!read && badgeCamera.reading !== "")
                CameraRoll.discard(badgeCamera.reading);
            badgeCamera.reading = "";
        }
        Component.onCompleted: {
            if (page.capturing) {
                startNew(page.event);
                // A stranger at the stand: the keyboard is up for their name.
                nameField.input.forceActiveFocus();
            }
        }
    }

    Flickable {
        anchors.fill: parent
        contentHeight: form.implicitHeight + 2 * Theme.spacing
        clip: true

        ColumnLayout {
            id: form
            x: page.standMode ? Math.max(Theme.spacing, (parent.width - width) / 2) : Theme.spacing
            y: Theme.spacing
            width: Math.min(parent.width, Theme.readableWidth) - 2 * Theme.spacing
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                visible: page.capturing && lead.captured > 0
                text: lead.capturedSentence
                color: Theme.secondaryText
                font.pixelSize: Theme.bodySize
            }
            MessageCard {
                Layout.fillWidth: true
                visible: lead.error !== ""
                isError: true
                heading: qsTr("Not yet")
                message: lead.error
            }
            MessageCard {
                Layout.fillWidth: true
                visible: lead.alreadyKnown !== ""
                heading: qsTr("Already known")
                message: lead.alreadyKnown
            }
            // A path on this device: not for visitors at a stand.
            RowLayout {
                Layout.fillWidth: true
                visible: !page.standMode
                spacing: Theme.spacing / 2
                FormField {
                    id: badgeField
                    Layout.fillWidth: true
                    label: qsTr("Badge or card picture")
                    placeholder: qsTr("Where the photo of the badge or card is")
                }
                ActionButton {
                    text: qsTr("Read")
                    enabled: badgeField.text.trim() !== "" && !lead.readingCard
                    onClicked: {
                        page.apply();
                        lead.readPhoto(badgeField.text);
                    }
                }
            }
            ActionButton {
                Layout.fillWidth: true
                visible: badgeCamera.available
                enabled: !lead.readingCard
                primary: true
                text: qsTr("Photograph badge or card")
                onClicked: badgeCamera.open()
            }
            RowLayout {
                Layout.fillWidth: true
                visible: lead.readingCard
                spacing: Theme.spacing / 2
                BusyIndicator {
                    Layout.preferredWidth: Theme.touchTarget
                    Layout.preferredHeight: Theme.touchTarget
                    running: lead.readingCard
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Reading the card…")
                    color: Theme.secondaryText
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                }
            }
            FormField {
                id: nameField
                Layout.fillWidth: true
                label: qsTr("Name")
                text: lead.fields.name
                onEdited: lead.confirmField("name")
                onConfirmed: lead.confirmField("name")
                note: page.cardNote(lead.unconfirmed, "name")
                noteWarns: !page.cardSure(lead.unconfirmed, "name")
            }
            FormField {
                id: companyField
                Layout.fillWidth: true
                label: qsTr("Company")
                text: lead.fields.company
                onEdited: lead.confirmField("company")
                onConfirmed: lead.confirmField("company")
                note: page.cardNote(lead.unconfirmed, "company")
                noteWarns: !page.cardSure(lead.unconfirmed, "company")
            }
            FormField {
                id: titleField
                Layout.fillWidth: true
                label: qsTr("Title")
                placeholder: qsTr("Head of purchasing")
                text: lead.fields.title
                onEdited: lead.confirmField("title")
                onConfirmed: lead.confirmField("title")
                note: page.cardNote(lead.unconfirmed, "title")
                noteWarns: !page.cardSure(lead.unconfirmed, "title")
            }
            FormField {
                id: interestsField
                Layout.fillWidth: true
                label: qsTr("What they care about")
                placeholder: qsTr("ovens, energy costs")
                text: lead.fields.interests
            }
            Label {
                text: qsTr("How warm")
                color: Theme.secondaryText
                font.pixelSize: Theme.captionSize
            }
            RowLayout {
                spacing: Theme.spacing / 2
                Repeater {
                    model: [qsTr("Cold"), qsTr("Warm"), qsTr("Hot")]
                    delegate: ActionButton {
                        required property int index
                        required property string modelData
                        primary: lead.warmth === index + 1
                        text: modelData
                        onClicked: {
                            page.apply();
                            lead.setWarmth(lead.warmth === index + 1 ? 0 : index + 1);
                        }
                    }
                }
            }
            FormField {
                id: emailField
                Layout.fillWidth: true
                label: qsTr("E-mail")
                text: lead.fields.email
                keyboard: Keyboard.Email
                onEdited: lead.confirmField("email")
                onConfirmed: lead.confirmField("email")
                note: page.cardNote(lead.unconfirmed, "email")
                noteWarns: !page.cardSure(lead.unconfirmed, "email")
            }
            FormField {
                id: phoneField
                Layout.fillWidth: true
                label: qsTr("Phone")
                text: lead.fields.phone
                keyboard: Keyboard.Phone
                onEdited: lead.confirmField("phone")
                onConfirmed: lead.confirmField("phone")
                note: page.cardNote(lead.unconfirmed, "phone")
                noteWarns: !page.cardSure(lead.unconfirmed, "phone")
            }
            FormField {
                id: notesField
                Layout.fillWidth: true
                label: qsTr("Notes")
                text: lead.fields.notes
            }
            FormField {
                id: eventField
                Layout.fillWidth: true
                label: qsTr("Event")
                placeholder: qsTr("Bakery Expo 2026")
                text: lead.fields.event
            }
            // The badge's picture, and what else was kept with the lead.
            FilesSection {
                Layout.leftMargin: -Theme.spacing
                session: page.session
                documentId: page.capturing ? "" : page.leadId
                onOpenRequested: name => page.fileRequested(page.leadId, name)
            }
            ActionButton {
                Layout.fillWidth: true
                visible: page.capturing
                primary: true
                text: qsTr("Save and next lead")
                onClicked: {
                    page.apply();
                    if (lead.saveAndNext())
                        nameField.input.forceActiveFocus();
                }
            }
            Label {
                Layout.fillWidth: true
                visible: !page.capturing && lead.fields.contactId !== ""
                text: qsTr("A customer now.")
                color: Theme.secondaryText
                font.pixelSize: Theme.bodySize
            }
            ButtonRow {
                Layout.fillWidth: true
                visible: !page.capturing
                ActionButton {
                    Layout.fillWidth: true
                    visible: lead.fields.contactId === ""
                    primary: true
                    text: qsTr("Make a customer")
                    onClicked: {
                        page.apply();
                        if (!lead.save())
                            return;
                        const contactId = lead.convert();
                        if (contactId !== "")
                            page.convertedTo(contactId);
                    }
                }
                ActionButton {
                    Layout.fillWidth: true
                    text: qsTr("Plan a follow-up")
                    onClicked: lead.planFollowUp()
                }
            }
        }
    }
    // The badge or card photographed at the stand: read, and kept with the lead when it is
    // saved; a photo that gave nothing is thrown away.
    CameraSheet {
        id: badgeCamera
        property string reading: ""
        reviewsPhoto: false
        // A badge's code is read as soon as it is in view; a card takes the shutter.
        scansBadges: true
        onBadgeSeen: code => {
            page.apply();
            lead.readBadgeCode(code);
        }
        onTaken: path => {
            page.apply();
            reading = path;
            lead.readPhoto(path);
        }
    }
}
