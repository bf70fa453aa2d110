import QtQuick
import QtQuick.Layouts

// A card with a heading and a few lines of text: empty states and plain-words errors.
Rectangle {
    id: card

    required property string heading
    required property string message
    property bool isError: false

    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.color: isError ? Theme.danger : Theme.divider

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing / 2

        Text {
            Layout.fillWidth: true
            text: card.heading
            color: card.isError ? Theme.danger : Theme.text
            font.pixelSize: Theme.headingSize
            font.bold: true
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            text: card.message
            color: Theme.secondaryText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
    }
}
