import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport

// Settings: the theme, where the notebook lives on this device, and taking everything out.
Page {
    id: page

    required property DatabaseSession session
    required property Preferences preferences

    signal backRequested

    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: qsTr("Settings")
        canGoBack: true
        onBackRequested: page.backRequested()
    }

    NotebookExport {
        id: exporter
        session: page.session
    }

    ColumnLayout {
        width: Math.min(parent.width, Theme.readableWidth)
        spacing: 0

        SectionLabel {
            text: qsTr("Look")
        }
        Switch {
            Layout.leftMargin: Theme.spacing
            Layout.preferredHeight: Theme.touchTarget
            text: qsTr("Dark theme")
            checked: page.preferences.darkTheme
            onToggled: page.preferences.darkTheme = checked
        }
        SectionLabel {
            text: qsTr("Your records")
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            wrapMode: Text.WrapAnywhere
            color: Theme.secondaryText
            font.pixelSize: Theme.captionSize
            text: qsTr("%1 records, kept on this device in %2").arg(page.session.documentCount).arg(page.session.path)
        }
        ActionButton {
            Layout.margins: Theme.spacing
            enabled: !exporter.busy
            text: exporter.busy ? qsTr("Exporting…") : qsTr("Export everything (JSON)")
            onClicked: exporter.exportJson()
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            visible: exporter.lastFile !== "" || exporter.error !== ""
            wrapMode: Text.WrapAnywhere
            color: exporter.error !== "" ? Theme.danger : Theme.text
            font.pixelSize: Theme.bodySize
            text: exporter.error !== "" ? qsTr("Not exported: %1").arg(exporter.error)
                                        : qsTr("Saved as %1").arg(exporter.lastFile)
        }
    }
}
