import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport

// A labelled text field. `edited` fires as the person types, `committed` when they leave the
// field or press Enter; the form decides what to keep.
ColumnLayout {
    id: field

    required property string label
    property alias text: input.text
    property alias placeholder: input.placeholderText
    property alias input: input
    // The on-screen keyboard for what is typed here (a Keyboard.Layout).
    property int keyboard: Keyboard.Text

    signal edited(string text)
    signal committed(string text)

    spacing: 4

    Label {
        text: field.label
        color: Theme.secondaryText
        font.pixelSize: Theme.captionSize
    }
    TextField {
        id: input
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        font.pixelSize: Theme.bodySize
        color: Theme.text
        placeholderTextColor: Theme.secondaryText
        Accessible.name: field.label
        Keyboard.layout: field.keyboard
        onTextEdited: field.edited(text)
        onEditingFinished: field.committed(text)
    }
}
