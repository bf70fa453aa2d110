import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A labelled box for a few lines of text (notes): it grows as the person writes.
ColumnLayout {
    id: box

    required property string label
    property alias text: area.text
    property alias placeholder: area.placeholderText
    property alias area: area

    spacing: 4

    Label {
        text: box.label
        color: Theme.secondaryText
        font.pixelSize: Theme.captionSize
    }
    TextArea {
        id: area
        Layout.fillWidth: true
        Layout.minimumHeight: 3 * Theme.touchTarget
        wrapMode: TextEdit.Wrap
        font.pixelSize: Theme.bodySize
        color: Theme.text
        placeholderTextColor: Theme.secondaryText
        Accessible.name: box.label
        background: Rectangle {
            color: Theme.surface
            radius: 4
            border.color: area.activeFocus ? Theme.accent : Theme.divider
            border.width: area.activeFocus ? 2 : 1
        }
    }
}
