pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport

// Your data: bring contacts in from the phone's or the office's address book (vCard or CSV),
// with a preview first; take everything out as contacts, a calendar, JSON or a spreadsheet.
Page {
    id: page

    required property DatabaseSession session
    // Where exports are written; the documents folder unless set.
    property alias exportFolder: exporter.folder

    signal backRequested

    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: qsTr("Your data")
        canGoBack: true
        onBackRequested: page.backRequested()
    }

    NotebookImport {
        id: importer
        objectName: "importer"
        session: page.session
        Component.onCompleted: findCandidates()
    }
    NotebookExport {
        id: exporter
        objectName: "exporter"
        session: page.session
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + Theme.spacing
        clip: true

        ColumnLayout {
            id: column
            width: Math.min(parent.width, Theme.readableWidth)
            spacing: 0

            SectionLabel {
                text: qsTr("Bring contacts in")
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                wrapMode: Text.Wrap
                color: Theme.secondaryText
                font.pixelSize: Theme.bodySize
                visible: !importer.previewed && !importer.imported
                text: importer.candidates.length > 0
                      ? qsTr("From a vCard or CSV file (or a Rapport export). Tap one to see what it holds first; nothing changes until you import.")
                      : qsTr("Save a vCard (.vcf) or CSV file of contacts to Downloads or Documents, or type where it is below.")
            }
            Repeater {
                model: importer.previewed || importer.imported ? [] : importer.candidates
                delegate: ListRow {
                    required property string modelData
                    Layout.fillWidth: true
                    title: modelData.substring(modelData.lastIndexOf("/") + 1)
                    detail: modelData.substring(0, modelData.lastIndexOf("/"))
                    onClicked: importer.preview(modelData)
                }
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                visible: !importer.previewed && !importer.imported
                spacing: Theme.spacing / 2
                FormField {
                    id: pathField
                    objectName: "importPath"
                    Layout.fillWidth: true
                    label: qsTr("File")
                    placeholder: qsTr("Where the .vcf or .csv file is")
                }
                ActionButton {
                    objectName: "previewButton"
                    enabled: !importer.busy && pathField.text.trim() !== ""
                    text: qsTr("Look inside")
                    onClicked: importer.preview(pathField.text)
                }
            }
            MessageCard {
                objectName: "importReport"
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                visible: importer.busy || importer.summary !== "" || importer.error !== ""
                isError: importer.error !== ""
                heading: importer.busy ? qsTr("Reading %1…").arg(importer.fileName)
                       : importer.error !== "" ? qsTr("%1 was not imported").arg(importer.fileName)
                       : importer.imported ? qsTr("Imported")
                       : qsTr("What %1 holds").arg(importer.fileName)
                message: importer.busy ? qsTr("A large file takes a few seconds.")
                       : importer.error !== "" ? importer.error : importer.summary
            }
            ButtonRow {
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                visible: importer.previewed || importer.imported || importer.error !== ""
                ActionButton {
                    objectName: "importButton"
                    visible: importer.previewed && importer.adding > 0
                    primary: true
                    enabled: !importer.busy
                    text: qsTr("Import")
                    onClicked: importer.importPreviewed()
                }
                ActionButton {
                    text: importer.imported ? qsTr("Done") : qsTr("Cancel")
                    enabled: !importer.busy
                    onClicked: {
                        importer.clear();
                        importer.findCandidates();
                    }
                }
            }
            Repeater {
                model: importer.problems
                delegate: Label {
                    required property string modelData
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacing
                    Layout.rightMargin: Theme.spacing
                    Layout.topMargin: 4
                    wrapMode: Text.Wrap
                    color: Theme.secondaryText
                    font.pixelSize: Theme.captionSize
                    text: modelData
                }
            }

            SectionLabel {
                text: qsTr("Take everything out")
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                wrapMode: Text.Wrap
                color: Theme.secondaryText
                font.pixelSize: Theme.bodySize
                text: qsTr("Your records are yours. Files go to %1.").arg(exporter.folder)
            }
            // What is encrypted and what is not: the notebook on this device is; what is taken
            // out is for the person to keep, and is not.
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                Layout.topMargin: Theme.spacing / 2
                wrapMode: Text.Wrap
                color: Theme.secondaryText
                font.pixelSize: Theme.bodySize
                text: (page.session.encrypted
                       ? (page.session.keyInFile
                          ? qsTr("Your notebook is encrypted on this device. No keychain service runs here, so its key is kept in a file only your user account can read.")
                          : qsTr("Your notebook is encrypted on this device; its key is kept in the system's keychain."))
                       : qsTr("Your notebook is not encrypted on this device."))
                      + " " + qsTr("What you take out is not encrypted: keep those files somewhere safe.")
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                Layout.topMargin: Theme.spacing / 2
                wrapMode: Text.Wrap
                color: Theme.secondaryText
                font.pixelSize: Theme.bodySize
                text: exporter.filesSpace
            }
            ListRow {
                Layout.fillWidth: true
                visible: exporter.unusedRoom !== ""
                enabled: !exporter.busy
                title: qsTr("Give the room back to the device")
                detail: exporter.unusedRoom
                onClicked: exporter.giveBackRoom()
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                visible: exporter.roomGivenBack !== ""
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.bodySize
                text: exporter.roomGivenBack
            }
            ListRow {
                Layout.fillWidth: true
                enabled: !exporter.busy
                title: qsTr("Contacts (vCard)")
                detail: qsTr("For a phone's or computer's address book")
                onClicked: exporter.exportAs("vcard")
            }
            ListRow {
                Layout.fillWidth: true
                enabled: !exporter.busy
                title: qsTr("Follow-ups and birthdays (calendar)")
                detail: qsTr("Follow-ups on their day; birthdays every year")
                onClicked: exporter.exportAs("ical")
            }
            ListRow {
                Layout.fillWidth: true
                enabled: !exporter.busy
                title: qsTr("Everything (CSV)")
                detail: qsTr("For a spreadsheet: a file for each kind of record")
                onClicked: exporter.exportAs("csv")
            }
            ListRow {
                objectName: "exportJson"
                Layout.fillWidth: true
                enabled: !exporter.busy
                title: qsTr("Everything (JSON)")
                detail: qsTr("Back into Rapport, photos included")
                onClicked: exporter.exportAs("json")
            }
            Label {
                objectName: "exportResult"
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                visible: exporter.busy || exporter.lastFile !== "" || exporter.error !== ""
                wrapMode: Text.WrapAnywhere
                color: exporter.error !== "" ? Theme.danger : Theme.text
                font.pixelSize: Theme.bodySize
                text: exporter.busy ? qsTr("Exporting…")
                    : exporter.error !== "" ? qsTr("Not exported: %1").arg(exporter.error)
                    : qsTr("Saved as %1").arg(exporter.lastFile)
            }
        }
    }
}
