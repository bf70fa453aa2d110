import QtQuick
import QtQuick.Controls

// One tab of a TabBar, a thumb high; at large text its words shrink to fit their share of the
// width before any of them is lost.
TabButton {
    id: tab

    implicitHeight: Theme.touchTarget
    font.pixelSize: Theme.bodySize

    contentItem: Label {
        text: tab.text
        font: tab.font
        color: tab.checked ? Theme.text : Theme.secondaryText
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: 12
        elide: Text.ElideRight
    }
}
