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
    // Where the value came from, beside the label ("Read from the card"); with `noteWarns`,
    // marked to be checked. A field with a note has a tick beside it to confirm it in one tap.
    property string note: ""
    property bool noteWarns: false

    signal edited(string text)
    signal committed(string text)
    signal confirmed

    spacing: 4

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing / 2
        Label {
            text: field.label
            color: Theme.secondaryText
            font.pixelSize: Theme.captionSize
        }
        Label {
            Layout.fillWidth: true
            visible: field.note !== ""
            text: field.note
            elide: Text.ElideRight
            color: field.noteWarns ? Theme.danger : Theme.secondaryText
            font.pixelSize: Theme.captionSize
            font.bold: field.noteWarns
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing / 2
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
        ActionButton {
            visible: field.note !== ""
            iconOnly: true
            iconPath: Icons.done
            text: qsTr("%1 is right").arg(field.label)
            onClicked: field.confirmed()
        }
    }
}
