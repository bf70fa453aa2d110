pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Where to go: along the bottom on a phone (in thumb reach), down the left side on a tablet.
Rectangle {
    id: bar

    required property list<string> labels
    // One per label: SVG path data from Icons.
    required property list<string> icons
    required property bool vertical
    property int currentIndex: 0

    signal selected(int index)

    // Five labels share a phone's width: large text is made smaller for all of them alike, until
    // the longest fits its slot.
    readonly property int labelSize: {
        const slot = (vertical ? implicitWidth : width / Math.max(1, labels.length)) - 8;
        const widest = Math.max(1, ...labels.map(label => labelMetrics.advanceWidth(label)));
        return Math.max(10, Math.min(Theme.captionSize, Math.floor(Theme.captionSize * slot / widest)));
    }

    color: Theme.surface

    FontMetrics {
        id: labelMetrics
        font.pixelSize: Theme.captionSize
        font.bold: true
    }
    implicitWidth: vertical ? 96 : 0
    implicitHeight: vertical ? 0 : Theme.touchTarget + 16

    Rectangle {
        color: Theme.divider
        width: bar.vertical ? 1 : parent.width
        height: bar.vertical ? parent.height : 1
        anchors.right: bar.vertical ? parent.right : undefined
        anchors.top: parent.top
    }

    GridLayout {
        anchors.fill: parent
        anchors.topMargin: bar.vertical ? Theme.spacing : 0
        flow: bar.vertical ? GridLayout.TopToBottom : GridLayout.LeftToRight
        rows: bar.vertical ? bar.labels.length + 1 : 1
        columns: bar.vertical ? 1 : bar.labels.length
        rowSpacing: 4
        columnSpacing: 0

        Repeater {
            model: bar.labels
            delegate: AbstractButton {
                id: destination
                required property int index
                required property string modelData
                Layout.fillWidth: true
                Layout.fillHeight: !bar.vertical
                Layout.preferredHeight: Theme.touchTarget + 8
                text: modelData
                checked: index === bar.currentIndex
                Accessible.role: Accessible.PageTab
                onClicked: bar.selected(index)
                contentItem: Item {
                    Column {
                        width: parent.width
                        anchors.verticalCenter: parent.verticalCenter
                        spacing: 2
                        Icon {
                            anchors.horizontalCenter: parent.horizontalCenter
                            path: bar.icons[destination.index] ?? ""
                            color: destination.checked ? Theme.accent : Theme.secondaryText
                        }
                        Label {
                            width: parent.width
                            text: destination.text
                            horizontalAlignment: Text.AlignHCenter
                            color: destination.checked ? Theme.accent : Theme.secondaryText
                            font.pixelSize: bar.labelSize
                            font.bold: destination.checked
                            elide: Text.ElideRight
                        }
                    }
                }
                background: Rectangle {
                    anchors.fill: parent
                    anchors.margins: 4
                    radius: Theme.radius
                    color: destination.checked ? Theme.selection : "transparent"
                    border.color: destination.visualFocus ? Theme.accent : "transparent"
                }
            }
        }
        Item {
            visible: bar.vertical
            Layout.fillHeight: true
        }
    }
}
