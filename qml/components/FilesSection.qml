pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Rapport

// A record's photos and files, in a page: a tile each (the picture, made small off the UI
// thread, or the file's name and size), buttons that take one with the camera (where there is
// one) or add one from a file, and a tap that opens one full size. Pages add files dropped on them through attach().
ColumnLayout {
    id: section

    required property DatabaseSession session
    required property string documentId
    readonly property int tileSize: 104
    readonly property alias camera: cameraSheet

    signal openRequested(string name)

    // A file: URL or a path; false (and the reason shown) when it could not be added.
    function attach(file: url): bool {
        return files.attach(file);
    }

    Layout.fillWidth: true
    spacing: 0
    visible: documentId !== ""

    RecordFiles {
        id: files
        session: section.session
        documentId: section.documentId
    }

    SectionLabel {
        text: qsTr("Photos and files")
    }
    Flow {
        Layout.fillWidth: true
        Layout.leftMargin: Theme.spacing
        Layout.rightMargin: Theme.spacing
        spacing: Theme.spacing / 2
        visible: files.files.length > 0

        Repeater {
            model: files.files
            delegate: AbstractButton {
                id: tile
                required property var modelData
                width: section.tileSize
                height: section.tileSize
                text: modelData.name
                Accessible.name: modelData.picture ? qsTr("Photo %1").arg(modelData.name) : modelData.name
                onClicked: section.openRequested(modelData.name)

                background: Rectangle {
                    radius: Theme.radius / 2
                    color: Theme.surface
                    border.color: tile.down ? Theme.accent : Theme.divider
                }
                Image {
                    id: thumbnail
                    anchors.fill: parent
                    anchors.margins: 1
                    visible: tile.modelData.picture && tile.modelData.here
                    // Twice the tile: sharp on a phone's dense screen, still small to make.
                    source: visible ? tile.modelData.source + "&side=" + 2 * section.tileSize : ""
                    fillMode: Image.PreserveAspectCrop
                    asynchronous: true
                    clip: true
                }
                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.spacing / 2
                    visible: !thumbnail.visible || thumbnail.status !== Image.Ready
                    spacing: 2
                    Label {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        text: tile.modelData.name
                        color: Theme.text
                        font.pixelSize: Theme.captionSize
                        wrapMode: Text.WrapAnywhere
                        elide: Text.ElideRight
                        verticalAlignment: Text.AlignVCenter
                    }
                    Label {
                        Layout.fillWidth: true
                        text: tile.modelData.here ? tile.modelData.size : qsTr("Comes with the next sync")
                        color: Theme.secondaryText
                        font.pixelSize: Theme.captionSize
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
    Label {
        Layout.fillWidth: true
        Layout.leftMargin: Theme.spacing
        Layout.rightMargin: Theme.spacing
        Layout.topMargin: Theme.spacing / 2
        visible: files.error !== ""
        text: files.error
        color: Theme.danger
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
    ButtonRow {
        Layout.leftMargin: Theme.spacing
        Layout.topMargin: Theme.spacing / 2
        ActionButton {
            visible: cameraSheet.available
            text: qsTr("Take photo")
            onClicked: cameraSheet.open()
        }
        ActionButton {
            text: qsTr("Add photo or file")
            onClicked: picker.open()
        }
    }
    CameraSheet {
        id: cameraSheet
        onTaken: path => files.attach(CameraRoll.urlOf(path))
    }
    FileDialog {
        id: picker
        title: qsTr("Add a photo or file")
        nameFilters: [qsTr("Photos and documents (*.jpg *.jpeg *.png *.heic *.webp *.pdf)"), qsTr("All files (*)")]
        onAccepted: files.attach(selectedFile)
    }
}
