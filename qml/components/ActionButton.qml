import QtQuick
import QtQuick.Controls

// A button a thumb can hit: at least 48 px high. `primary` for the one main action of a screen;
// `iconPath` (from Icons) draws its icon before the words.
Button {
    id: button

    property bool primary: false
    property string iconPath: ""
    // The icon alone (a title bar's action at large text); the words stay its accessible name.
    property bool iconOnly: false
    readonly property bool showsWords: !iconOnly || iconPath === ""
    // As large as the words beside it.
    readonly property int iconSide: Math.round(font.pixelSize * 1.25)

    implicitHeight: Theme.touchTarget
    // At least two thumbs wide; wider for its words, whatever the size of text.
    implicitWidth: showsWords ? Math.max(96, implicitContentWidth + 2 * Theme.spacing) : Theme.touchTarget
    Accessible.name: text
    font.pixelSize: Theme.bodySize
    font.bold: primary

    // What the icon takes before the words.
    readonly property real iconPart: iconPath !== "" ? iconSide + (showsWords ? Theme.spacing / 2 : 0) : 0

    // The words' natural width, measured apart from the label: the label's own size changes as
    // it shrinks to fit, and a size that follows it loops.
    TextMetrics {
        id: words
        font: button.font
        text: button.showsWords ? button.text : ""
    }
    FontMetrics {
        id: line
        font: button.font
    }

    // Icon and words centred together; the words shrink (never the icon) when they do not fit.
    // No ids inside: Qt 6.4 cannot defer a contentItem that has them.
    contentItem: Item {
        implicitWidth: button.iconPart + Math.ceil(words.advanceWidth)
        implicitHeight: Math.max(button.iconSide, Math.ceil(line.height))
        Row {
            anchors.centerIn: parent
            height: parent.height
            spacing: button.iconPath !== "" && button.showsWords ? Theme.spacing / 2 : 0
            Icon {
                visible: button.iconPath !== ""
                anchors.verticalCenter: parent.verticalCenter
                width: button.iconSide
                height: button.iconSide
                path: button.iconPath
                color: button.primary ? Theme.textOnAccent : Theme.accent
            }
            Label {
                visible: button.showsWords
                width: Math.max(0, Math.min(Math.ceil(words.advanceWidth), button.availableWidth - button.iconPart))
                height: parent.height
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
        }
    }
    background: Rectangle {
        radius: Theme.touchTarget / 2
        color: button.primary ? (button.down ? Qt.darker(Theme.accent, 1.2) : Theme.accent)
                              : (button.down ? Theme.divider : "transparent")
        border.color: button.primary ? "transparent" : (button.visualFocus ? Theme.accent : Theme.divider)
        border.width: button.visualFocus ? 2 : 1
    }
}
