import QtQuick
import QtMultimedia
import Rapport

// What the device's camera sees, and the photo it takes written into the camera folder
// (CameraRoll). Qt Multimedia picks the camera: the one facing away on a phone.
Item {
    id: viewfinder

    property bool running: true
    readonly property bool ready: capture.readyForCapture

    signal saved(string path)
    signal failed(string message)

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
}
