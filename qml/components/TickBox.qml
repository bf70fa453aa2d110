import QtQuick
import QtQuick.Controls

// A box to tick off with a thumb: drawn in the theme's colours and as large as the text beside
// it (the style's own box was a faint 14 px square).
CheckBox {
    id: box

    implicitWidth: Theme.touchTarget
    implicitHeight: Theme.touchTarget

    indicator: Rectangle {
        readonly property int side: Math.round(Theme.bodySize * 1.5)
        width: side
        height: side
        x: (box.width - width) / 2
        y: (box.height - height) / 2
        radius: 6
        color: box.checked ? Theme.accent : "transparent"
        border.color: box.checked || box.visualFocus ? Theme.accent : Theme.secondaryText
        border.width: 2
        Icon {
            anchors.fill: parent
            anchors.margins: 2
            visible: box.checked
            path: Icons.done
            color: Theme.textOnAccent
        }
    }
    contentItem: Item {}
}
