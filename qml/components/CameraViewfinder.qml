import QtQuick
import QtMultimedia
import Rapport

// What the device's camera sees, and the photo it takes written into the camera folder
// (CameraRoll). Qt Multimedia picks the camera: the one facing away on a phone.
Item {
    id: viewfinder

    property bool running: true
    // Whether a badge's QR code is looked for in what the camera sees (`badgeSeen` then).
    property bool scansBadges: false
    readonly property bool ready: capture.readyForCapture
    readonly property BadgeScanner scanner: scanner

    signal saved(string path)
    signal failed(string message)
    signal badgeSeen(string code)

    function shoot() {
        const path = CameraRoll.newPhotoPath();
        if (path === "")
            failed(qsTr("There is no room on this device to keep a photo."));
        else
            capture.captureToFile(path);
    }

    CaptureSession {
        camera: Camera {
            active: viewfinder.running
            onErrorOccurred: (error, errorString) => viewfinder.failed(qsTr("The camera could not start: %1").arg(errorString))
        }
        imageCapture: ImageCapture {
            id: capture
            onImageSaved: (requestId, path) => viewfinder.saved(path)
            onErrorOccurred: (requestId, error, message) => viewfinder.failed(qsTr("The photo could not be taken: %1").arg(message))
        }
        videoOutput: output
    }
    VideoOutput {
        id: output
        anchors.fill: parent
        fillMode: VideoOutput.PreserveAspectCrop
    }
    BadgeScanner {
        id: scanner
        active: viewfinder.scansBadges && viewfinder.running
        videoSink: output.videoSink
        onCodeFound: code => viewfinder.badgeSeen(code)
    }
}
