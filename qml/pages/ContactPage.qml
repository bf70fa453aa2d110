pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport

// One person, read before a visit: what was talked about last time first, then their role,
// how they like to be reached, and what you know of them as a person.
Page {
    id: page

    required property DatabaseSession session
    required property string contactId

    // Where "What I keep about them" writes its page; the documents folder unless set.
    property alias exportFolder: recordExport.folder
    // Read once per change of the person: each read asks the notebook several questions.
    readonly property string brief: contact.brief

    signal backRequested
    signal editRequested(string contactId)
    signal fileRequested(string contactId, string name)
    signal forgetRequested(string contactId)
    // A visit to their company with them among the people met (no company: picked on the page).
    signal recordVisitRequested(string accountId, string contactId)

    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: contact.displayName
        canGoBack: true
        onBackRequested: page.backRequested()
        ActionButton {
            text: qsTr("Edit")
            iconPath: Icons.edit
            onClicked: page.editRequested(page.contactId)
        }
    }

    ContactEditor {
        id: contact
        session: page.session
        documentId: page.contactId
    }
    PersonRecordExport {
        id: recordExport
        session: page.session
        contactId: page.contactId
    }

    // A "label: value" line, shown only when there is a value.
    component Fact: ColumnLayout {
        id: fact
        required property string label
        required property string value
        Layout.fillWidth: true
        Layout.leftMargin: Theme.spacing
        Layout.rightMargin: Theme.spacing
        Layout.topMargin: Theme.spacing / 2
        visible: value !== ""
        spacing: 2
        Label {
            text: fact.label
            color: Theme.secondaryText
            font.pixelSize: Theme.captionSize
        }
        Label {
            Layout.fillWidth: true
            text: fact.value
            color: Theme.text
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + Theme.spacing
        clip: true

        ColumnLayout {
            id: column
            width: Math.min(parent.width, Theme.readableWidth)
            spacing: 0

            MessageCard {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                visible: page.brief !== ""
                heading: qsTr("Before you go")
                message: page.brief
            }
            ActionButton {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                Layout.topMargin: page.brief !== "" ? 0 : Theme.spacing
                visible: contact.exists
                primary: true
                text: qsTr("Record a visit")
                iconPath: Icons.record
                onClicked: page.recordVisitRequested(contact.fields.accountId ?? "", page.contactId)
            }
            Fact {
                label: qsTr("Buying role")
                value: contact.buyingRoleLabel(contact.fields.role)
            }
            Fact {
                label: qsTr("Prefers")
                value: contact.prefers
            }
            Fact {
                label: qsTr("Language")
                value: contact.fields.preferredLanguage
            }
            Fact {
                label: qsTr("Phone")
                value: contact.fields.phone
            }
            Fact {
                label: qsTr("E-mail")
                value: contact.fields.email
            }
            Fact {
                label: qsTr("Birthday")
                value: contact.fields.birthday
            }
            Fact {
                label: qsTr("Anniversary")
                value: contact.fields.anniversary
            }
            // Their card, the signed order: what identifies them and what was agreed.
            FilesSection {
                id: filesSection
                session: page.session
                documentId: contact.exists ? page.contactId : ""
                onOpenRequested: name => page.fileRequested(page.contactId, name)
            }
            SectionLabel {
                text: qsTr("Family")
                visible: contact.family.length > 0
            }
            Repeater {
                model: contact.family
                delegate: Fact {
                    required property var modelData
                    label: modelData.relation !== "" ? modelData.name + " (" + modelData.relation + ")" : modelData.name
                    value: modelData.interests !== "" ? qsTr("Cares about %1").arg(modelData.interests) : " "
                }
            }
            Fact {
                label: qsTr("Hobbies")
                value: contact.fields.hobbies
            }
            Fact {
                label: qsTr("Likes")
                value: contact.fields.likes
            }
            Fact {
                label: qsTr("Dislikes")
                value: contact.fields.dislikes
            }
            Fact {
                label: qsTr("How you met")
                value: contact.fields.howWeMet
            }
            Fact {
                label: qsTr("Notes")
                value: contact.fields.notes
            }
            // Their rights: "what do you keep about me?" answered in a file to send them, and
            // "please forget me".
            SectionLabel {
                text: qsTr("Their privacy")
            }
            ActionButton {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                text: qsTr("What I keep about them")
                onClicked: recordExport.exportRecord()
            }
            Label {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                visible: recordExport.exportedFile !== "" || recordExport.error !== ""
                text: recordExport.error !== "" ? recordExport.error
                    : qsTr("Saved, ready to send them: %1").arg(recordExport.exportedFile)
                color: recordExport.error !== "" ? Theme.danger : Theme.secondaryText
                font.pixelSize: Theme.captionSize
                wrapMode: Text.WrapAnywhere
            }
            ActionButton {
                objectName: "forgetPerson"
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                text: qsTr("Forget this person")
                onClicked: page.forgetRequested(page.contactId)
            }
        }
    }
    // A photo or file dragged from the desktop onto the person becomes one of theirs.
    DropArea {
        anchors.fill: parent
        keys: ["text/uri-list"]
        onDropped: drop => {
            for (const url of drop.urls)
                filesSection.attach(url);
            drop.accept(Qt.CopyAction);
        }
    }
}
