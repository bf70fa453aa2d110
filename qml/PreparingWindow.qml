import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport

// Shown while a new Rapport arranges the notebook's lists and search anew from its records, once
// after an update: what it is doing, that nothing is lost, and how far it is.
Window {
    id: window

    required property NotebookPreparation preparation

    width: 412
    height: 915
    visible: true
    title: qsTr("Rapport")
    color: Theme.background

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(window.width, Theme.readableWidth) - 4 * Theme.spacing
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("Getting your notebook ready")
            color: Theme.text
            font.pixelSize: Theme.headingSize
            font.bold: true
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("This version of Rapport arranges your lists and search anew, once. Nothing in your notebook changes.")
            color: Theme.secondaryText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        ProgressBar {
            Layout.fillWidth: true
            value: window.preparation.fraction
        }
        Label {
            Layout.fillWidth: true
            text: window.preparation.counted
            color: Theme.secondaryText
            font.pixelSize: Theme.bodySize
        }
    }
}
