pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Rapport

// Record a visit in the car park: who, what was said, how it went, what comes next. Everything
// typed is kept on the device as it is typed; "Save visit" files it and its follow-ups.
Page {
    id: page

    required property DatabaseSession session
    // Opened from an account: that customer is picked already.
    property string accountId: ""
    // Opened from a person: they are among the people met, too.
    property string contactId: ""

    signal backRequested
    signal saved(string visitId)

    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: qsTr("Record a visit")
        canGoBack: true
        onBackRequested: page.backRequested()
        ActionButton {
            primary: true
            text: qsTr("Save")
            iconPath: Icons.done
            onClicked: recorder.finish()
        }
    }

    PositionWatch {
        whereabouts: page.session.whereabouts
        active: page.visible
    }
    VisitRecorder {
        id: recorder
        session: page.session
        onFinished: visitId => page.saved(visitId)
    }
    Component.onCompleted: {
        // A draft of another visit is not changed by where this page was opened from.
        if (page.accountId !== "" && recorder.accountId === "") {
            recorder.accountId = page.accountId;
            if (page.contactId !== "")
                recorder.addContact(page.contactId);
        }
        // The keyboard comes up where the first word goes: who was visited, or what was said.
        if (recorder.accountId === "")
            accountSearch.forceActiveFocus();
        else
            page.writeNotes();
    }
    // Once the customer is known, the notes: the cursor after what is there already.
    function writeNotes() {
        notes.area.cursorPosition = notes.area.length;
        notes.area.forceActiveFocus();
    }
    function pickCustomer(accountId: string) {
        recorder.accountId = accountId;
        page.writeNotes();
    }
    AccountListModel {
        id: accountChoices
        session: page.session
        sortByLastContact: accountSearch.text === ""
    }
    AccountPeopleModel {
        id: peopleThere
        session: page.session
        accountId: recorder.accountId
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
                visible: recorder.error !== ""
                isError: true
                heading: qsTr("Not saved yet")
                message: recorder.error
            }
            PlaceConsentCard {
                Layout.fillWidth: true
                whereabouts: page.session.whereabouts
            }
            MessageCard {
                Layout.fillWidth: true
                visible: recorder.resumed
                heading: qsTr("Picked up where you left off")
                message: qsTr("This visit was not saved yet. Everything you typed is here.")
            }

            // The customer: picked, or found by typing, or added on the spot.
            Label {
                text: qsTr("Customer")
                color: Theme.secondaryText
                font.pixelSize: Theme.captionSize
            }
            RowLayout {
                Layout.fillWidth: true
                visible: recorder.accountId !== ""
                Label {
                    Layout.fillWidth: true
                    text: recorder.accountName
                    color: Theme.text
                    font.pixelSize: Theme.headingSize
                    font.bold: true
                    elide: Text.ElideRight
                }
                ActionButton {
                    text: qsTr("Change")
                    onClicked: recorder.accountId = ""
                }
            }
            // Checked in: the device is at the customer's place.
            Label {
                Layout.fillWidth: true
                visible: recorder.customerHereId !== "" && recorder.customerHereId === recorder.accountId
                text: qsTr("You are here: the visit is noted as made on site.")
                color: Theme.accent
                font.pixelSize: Theme.captionSize
                wrapMode: Text.Wrap
            }
            ListRow {
                Layout.fillWidth: true
                visible: recorder.customerHereId !== "" && recorder.customerHereId !== recorder.accountId
                title: recorder.customerHereName
                detail: qsTr("You are here")
                onClicked: page.pickCustomer(recorder.customerHereId)
            }
            TextField {
                id: accountSearch
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                visible: recorder.accountId === ""
                placeholderText: qsTr("Who did you visit?")
                font.pixelSize: Theme.bodySize
                Accessible.name: qsTr("Customer")
                onTextEdited: accountChoices.filterText = text
            }
            // Today's planned visits first: the customer is most likely one of them.
            Repeater {
                model: recorder.accountId === "" && accountSearch.text === "" ? recorder.plannedToday : []
                delegate: ListRow {
                    required property var modelData
                    Layout.fillWidth: true
                    title: modelData.name
                    detail: modelData.title !== "" ? qsTr("Planned today: %1").arg(modelData.title) : qsTr("Planned today")
                    onClicked: page.pickCustomer(modelData.accountId)
                }
            }
            Repeater {
                model: recorder.accountId === "" ? accountChoices : null
                delegate: ListRow {
                    required property int index
                    required property string documentId
                    required property string name
                    required property string lastContact
                    Layout.fillWidth: true
                    visible: index < 5 && (accountSearch.text !== "" || !recorder.isPlannedToday(documentId))
                    title: name
                    detail: lastContact
                    onClicked: page.pickCustomer(documentId)
                }
            }
            ActionButton {
                Layout.fillWidth: true
                visible: recorder.accountId === "" && accountSearch.text.trim() !== ""
                text: qsTr("Add “%1” as a new customer").arg(accountSearch.text.trim())
                onClicked: {
                    recorder.createAccount(accountSearch.text);
                    if (recorder.accountId !== "")
                        page.writeNotes();
                }
            }

            // The people met.
            Label {
                visible: recorder.accountId !== ""
                text: qsTr("People you met")
                color: Theme.secondaryText
                font.pixelSize: Theme.captionSize
            }
            Flow {
                Layout.fillWidth: true
                visible: recorder.accountId !== ""
                spacing: Theme.spacing / 2
                Repeater {
                    model: recorder.contactIds
                    delegate: ActionButton {
                        required property int index
                        required property string modelData
                        primary: true
                        text: (recorder.contactNames[index] ?? "") + "  ✕"
                        Accessible.name: qsTr("Remove %1").arg(recorder.contactNames[index] ?? "")
                        onClicked: recorder.removeContact(modelData)
                    }
                }
                Repeater {
                    model: peopleThere
                    delegate: ActionButton {
                        required property string documentId
                        required property string name
                        visible: !recorder.hasContact(documentId)
                        text: "+ " + name
                        onClicked: recorder.addContact(documentId)
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                visible: recorder.accountId !== ""
                spacing: Theme.spacing / 2
                TextField {
                    id: newFirstName
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget
                    placeholderText: qsTr("First name")
                    font.pixelSize: Theme.bodySize
                    Accessible.name: qsTr("New person's first name")
                }
                TextField {
                    id: newLastName
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget
                    placeholderText: qsTr("Last name")
                    font.pixelSize: Theme.bodySize
                    Accessible.name: qsTr("New person's last name")
                }
                ActionButton {
                    text: qsTr("Add")
                    onClicked: {
                        if (recorder.createContact(newFirstName.text, newLastName.text)) {
                            newFirstName.text = "";
                            newLastName.text = "";
                        }
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing / 2
                FormField {
                    id: dateField
                    Layout.fillWidth: true
                    label: qsTr("Date")
                    placeholder: "2026-11-25"
                    keyboard: Keyboard.Date
                    text: recorder.date
                    input.onEditingFinished: recorder.date = input.text
                }
                CalendarButton {
                    name: qsTr("Pick the visit's date")
                    onClicked: visitDay.openOn(dateField.text)
                }
            }
            FormField {
                Layout.fillWidth: true
                label: qsTr("Subject")
                placeholder: qsTr("Oven trial, price talk…")
                text: recorder.title
                onEdited: text => recorder.title = text
            }
            TextBox {
                id: notes
                Layout.fillWidth: true
                label: qsTr("Notes")
                placeholder: qsTr("What did you talk about? What did you learn about them?")
                text: recorder.notes
                area.onTextChanged: recorder.notes = area.text
            }
            FormField {
                Layout.fillWidth: true
                label: qsTr("Outcome")
                placeholder: qsTr("Wants a quote by Friday")
                text: recorder.outcome
                onEdited: text => recorder.outcome = text
            }

            // Next steps: each becomes a follow-up on its due day.
            Label {
                text: qsTr("Next steps")
                color: Theme.secondaryText
                font.pixelSize: Theme.captionSize
            }
            Repeater {
                model: recorder.nextSteps
                delegate: RowLayout {
                    id: step
                    required property int index
                    required property var modelData
                    Layout.fillWidth: true
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                        text: step.modelData.due !== "" ? qsTr("%1 — due %2").arg(step.modelData.title).arg(step.modelData.due) : step.modelData.title
                    }
                    ActionButton {
                        text: qsTr("Remove")
                        onClicked: recorder.removeNextStep(step.index)
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing / 2
                TextField {
                    id: stepTitle
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget
                    placeholderText: qsTr("Send the brochure")
                    font.pixelSize: Theme.bodySize
                    Accessible.name: qsTr("Next step")
                }
                TextField {
                    id: stepDue
                    Layout.preferredWidth: 132
                    Layout.preferredHeight: Theme.touchTarget
                    placeholderText: qsTr("due 2026-12-01")
                    Keyboard.layout: Keyboard.Date
                    font.pixelSize: Theme.bodySize
                    Accessible.name: qsTr("Due on")
                }
                CalendarButton {
                    name: qsTr("Pick the day it is due")
                    onClicked: dueDay.openOn(stepDue.text)
                }
            }
            // When it is due, without the keyboard: each fills the due day, typing still works.
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing / 2
                Repeater {
                    model: [{ label: qsTr("Tomorrow"), shortcut: "tomorrow" }, { label: qsTr("Next week"), shortcut: "next-week" }, { label: qsTr("In a month"), shortcut: "next-month" }]
                    delegate: ActionButton {
                        required property var modelData
                        text: modelData.label
                        Accessible.name: qsTr("Due: %1").arg(modelData.label)
                        onClicked: stepDue.text = recorder.dueDate(modelData.shortcut)
                    }
                }
            }
            ActionButton {
                text: qsTr("Add next step")
                onClicked: {
                    if (recorder.addNextStep(stepTitle.text, stepDue.text)) {
                        stepTitle.text = "";
                        stepDue.text = "";
                    }
                }
            }
            // Photos of the shelf, the whiteboard, the signed order: kept with the visit.
            Label {
                text: qsTr("Photos and files")
                color: Theme.secondaryText
                font.pixelSize: Theme.captionSize
            }
            Repeater {
                model: recorder.files
                delegate: RowLayout {
                    id: file
                    required property int index
                    required property var modelData
                    Layout.fillWidth: true
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.WrapAnywhere
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                        text: qsTr("%1 (%2)").arg(file.modelData.name).arg(file.modelData.size)
                    }
                    ActionButton {
                        text: qsTr("Remove")
                        Accessible.name: qsTr("Remove %1").arg(file.modelData.name)
                        onClicked: recorder.removeFile(file.index)
                    }
                }
            }
            ButtonRow {
                ActionButton {
                    visible: camera.available
                    text: qsTr("Take photo")
                    onClicked: camera.open()
                }
                ActionButton {
                    text: qsTr("Add photo or file")
                    onClicked: picker.open()
                }
            }
            ActionButton {
                Layout.fillWidth: true
                primary: true
                text: qsTr("Save visit")
                onClicked: recorder.finish()
            }
            ActionButton {
                Layout.fillWidth: true
                text: qsTr("Discard this draft")
                onClicked: recorder.discard()
            }
        }
    }

    DatePicker {
        id: visitDay
        session: page.session
        title: qsTr("Day of the visit")
        onPicked: isoDate => recorder.date = isoDate
    }
    DatePicker {
        id: dueDay
        session: page.session
        title: qsTr("Due on")
        onPicked: isoDate => stepDue.text = isoDate
    }
    CameraSheet {
        id: camera
        onTaken: path => recorder.addFile(CameraRoll.urlOf(path))
    }
    FileDialog {
        id: picker
        title: qsTr("Add a photo or file to the visit")
        nameFilters: [qsTr("Photos and documents (*.jpg *.jpeg *.png *.heic *.webp *.pdf)"), qsTr("All files (*)")]
        onAccepted: recorder.addFile(selectedFile)
    }
    // A photo dragged from the desktop onto the visit goes with it.
    DropArea {
        anchors.fill: parent
        keys: ["text/uri-list"]
        onDropped: drop => {
            for (const url of drop.urls)
                recorder.addFile(url);
            drop.accept(Qt.CopyAction);
        }
    }
}
