pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport

// How often to see the customers of each segment. An account's own cadence (on its edit page)
// wins over its segment's; a customer past it shows up on Today as gone quiet.
Page {
    id: page

    required property DatabaseSession session

    signal backRequested

    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: qsTr("Visit cadence")
        canGoBack: true
        onBackRequested: page.backRequested()
    }

    CadenceSettings {
        id: cadence
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

            Label {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                wrapMode: Text.Wrap
                color: Theme.secondaryText
                font.pixelSize: Theme.bodySize
                text: cadence.segments.length > 0
                      ? qsTr("Days between visits for each segment. A customer's own cadence, set on their page, comes first.")
                      : qsTr("Give your accounts a segment (retail, hospitality, …) and set how often to visit each here.")
            }
            MessageCard {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                visible: cadence.error !== ""
                isError: true
                heading: qsTr("Not saved")
                message: cadence.error
            }
            Repeater {
                model: cadence.segments
                delegate: RowLayout {
                    id: segmentRow
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacing
                    Layout.rightMargin: Theme.spacing
                    Layout.bottomMargin: Theme.spacing / 2
                    spacing: Theme.spacing / 2
                    FormField {
                        id: days
                        Layout.fillWidth: true
                        label: segmentRow.modelData.segment
                        placeholder: qsTr("no cadence")
                        text: segmentRow.modelData.days > 0 ? String(segmentRow.modelData.days) : ""
                        onCommitted: typed => cadence.setDays(segmentRow.modelData.segment, typed)
                    }
                    Label {
                        text: qsTr("days")
                        color: Theme.secondaryText
                        font.pixelSize: Theme.bodySize
                    }
                }
            }
        }
    }
}
