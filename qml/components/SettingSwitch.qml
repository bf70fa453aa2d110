import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A setting turned on or off: its words wrap (large text, longer languages), the switch grows
// with the text, and the whole row is the touch target (the Basic style's switch stayed small).
Switch {
    id: control

    Layout.fillWidth: true
    Layout.leftMargin: Theme.spacing
    Layout.rightMargin: Theme.spacing
    Layout.minimumHeight: Theme.touchTarget
    font.pixelSize: Theme.bodySize

    indicator: Rectangle {
        implicitWidth: Math.round(Theme.bodySize * 2.6)
        implicitHeight: Math.round(Theme.bodySize * 1.5)
        x: control.leftPadding
        y: (control.height - height) / 2
        radius: height / 2
        color: control.checked ? Theme.accent : "transparent"
        border.color: control.checked || control.visualFocus ? Theme.accent : Theme.secondaryText
        border.width: 2

        Rectangle {
            width: parent.height - 8
            height: width
            radius: width / 2
            x: control.checked ? parent.width - width - 4 : 4
            y: 4
            color: control.checked ? Theme.textOnAccent : Theme.secondaryText
        }
    }
    contentItem: Label {
        leftPadding: control.indicator.width + control.spacing
        text: control.text
        font: control.font
        color: Theme.text
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
    }
}
