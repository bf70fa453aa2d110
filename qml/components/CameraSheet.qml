pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtMultimedia
import Rapport

// The camera over the whole window: the viewfinder, and within the thumb's reach one large
// button that takes the photo; then the photo, to use or to take again. A photo is a file in the
// app's camera folder (CameraRoll) until the record that uses it is saved; one not used is
// removed when the sheet closes. The camera runs only while the sheet is open.
Popup {
    id: sheet

    // Whether this device has a camera at all: callers show their "Take photo" only then.
    property bool available: devices.videoInputs.length > 0
    // The photo taken, waiting to be used or taken again; "" while the viewfinder shows.
    property string photo: ""
    property string problem: ""
    readonly property CameraViewfinder viewfinder: live.item as CameraViewfinder

    signal taken(string path)
    signal badgeSeen(string code)

    // Whether the photo is shown to use or take again; off where what comes next checks it
    // anyway (a badge or card read at once, its fields shown): one tap fewer at the stand.
    property bool reviewsPhoto: true
    // Whether a badge's QR code in view is read at once, without a photo (`badgeSeen`).
    property bool scansBadges: false

    // Where the camera hands over a photo it has written; tests feed pictures through it.
    function photoSaved(path: string) {
        photo = path;
        problem = "";
        if (!reviewsPhoto)
            use();
    }
    function use() {
        const path = photo;
        photo = "";
        close();
        taken(path);
    }
    function again() {
        CameraRoll.discard(photo);
        photo = "";
    }

    parent: Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    modal: true
    padding: 0
    onClosed: {
        if (photo !== "")
            CameraRoll.discard(photo);
        photo = "";
        problem = "";
    }

    background: Rectangle {
        color: "black"
    }

    MediaDevices {
        id: devices
    }
    // The camera itself, made only while the sheet is open on a device that has one.
    Loader {
        id: live
        anchors.fill: parent
        active: sheet.opened && sheet.available
        visible: sheet.photo === ""
        sourceComponent: CameraViewfinder {
            running: sheet.photo === ""
            scansBadges: sheet.scansBadges
            onSaved: path => sheet.photoSaved(path)
            onBadgeSeen: code => {
                sheet.close();
                sheet.badgeSeen(code);
            }
            onFailed: message => sheet.problem = message
        }
    }
    Image {
        anchors.fill: parent
        visible: sheet.photo !== ""
        source: sheet.photo !== "" ? CameraRoll.urlOf(sheet.photo) : ""
        // A phone's 12-megapixel photo is made as large as the screen, not larger. (qmllint 6.4
        // has no type for QSize.)
        sourceSize: Qt.size(sheet.width, sheet.height) // qmllint disable type
        fillMode: Image.PreserveAspectFit
        asynchronous: true
    }
    Label {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacing
        visible: text !== ""
        text: sheet.problem !== "" ? sheet.problem : !sheet.available && sheet.photo === "" ? qsTr("No camera was found on this device.") : ""
        color: "white"
        font.pixelSize: Theme.bodySize
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
    }
    // At the bottom, where the thumb is.
    ButtonRow {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacing
        ActionButton {
            Layout.fillWidth: true
            text: sheet.photo === "" ? qsTr("Cancel") : qsTr("Take again")
            onClicked: sheet.photo === "" ? sheet.close() : sheet.again()
        }
        ActionButton {
            Layout.fillWidth: true
            primary: true
            text: sheet.photo === "" ? qsTr("Take photo") : qsTr("Use photo")
            enabled: sheet.photo !== "" || (sheet.viewfinder !== null && sheet.viewfinder.ready)
            onClicked: sheet.photo === "" ? sheet.viewfinder.shoot() : sheet.use()
        }
    }
}
