pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport

// One of a record's photos and files, as large as the screen: the picture (made at the
// screen's size, off the UI thread), or what the file is; and removing it from the record.
Page {
    id: page

    required property DatabaseSession session
    required property string documentId
    required property string name
    readonly property var file: {
        const all = files.files;
        for (let i = 0; i < all.length; ++i)
            if (all[i].name === page.name)
                return all[i];
        return null;
    }

    signal backRequested

    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: page.name
        canGoBack: true
        onBackRequested: page.backRequested()
        ActionButton {
            text: qsTr("Remove")
            visible: page.file !== null
            onClicked: {
                if (files.remove(page.name))
                    page.backRequested();
            }
        }
    }

    RecordFiles {
        id: files
        session: page.session
        documentId: page.documentId
    }

    Image {
        id: picture
        anchors.fill: parent
        anchors.margins: Theme.spacing / 2
        visible: page.file !== null && page.file.picture && page.file.here
        // The provider's largest: a tablet's screen, never the whole 48 megapixels.
        source: visible ? page.file.source + "&side=2048" : ""
        fillMode: Image.PreserveAspectFit
        asynchronous: true
    }
    BusyIndicator {
        anchors.centerIn: parent
        running: picture.visible && picture.status === Image.Loading
    }
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacing, Theme.readableWidth)
        visible: !picture.visible || picture.status === Image.Error
        spacing: Theme.spacing / 2
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: page.file === null ? qsTr("This file was removed.") : page.name
            color: Theme.text
            font.pixelSize: Theme.headingSize
            wrapMode: Text.WrapAnywhere
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            visible: page.file !== null
            text: page.file === null ? "" : !page.file.here ? qsTr("It comes with the next sync.") : picture.status === Image.Error ? qsTr("%1, %2. This picture cannot be shown on this device.").arg(page.file.type).arg(page.file.size) : qsTr("%1, %2").arg(page.file.type).arg(page.file.size)
            color: Theme.secondaryText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        // A signed order, a price list: opened in the device's own viewer.
        ActionButton {
            Layout.fillWidth: true
            visible: page.file !== null && page.file.here && !page.file.picture
            primary: true
            text: qsTr("Open")
            onClicked: {
                const copy = files.openable(page.name);
                if (copy.toString() !== "")
                    Qt.openUrlExternally(copy);
            }
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            visible: files.error !== ""
            text: files.error
            color: Theme.danger
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
    }
}
