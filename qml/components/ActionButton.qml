import QtQuick
import QtQuick.Controls

// A button a thumb can hit: at least 48 px high. `primary` for the one main action of a screen.
Button {
    id: button

    property bool primary: false

    implicitHeight: Theme.touchTarget
    // At least two thumbs wide; wider for its words, whatever the size of text.
    implicitWidth: Math.max(96, implicitContentWidth + 2 * Theme.spacing)
    font.pixelSize: Theme.bodySize
    font.bold: primary

    contentItem: Label {
        text: button.text
        font: button.font
        color: button.primary ? Theme.textOnAccent : Theme.accent
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        // A label too long for its button at large text shrinks before a word of it is lost.
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: 12
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: Theme.touchTarget / 2
        color: button.primary ? (button.down ? Qt.darker(Theme.accent, 1.2) : Theme.accent)
                              : (button.down ? Theme.divider : "transparent")
        border.color: button.primary ? "transparent" : (button.visualFocus ? Theme.accent : Theme.divider)
        border.width: button.visualFocus ? 2 : 1
    }
}
