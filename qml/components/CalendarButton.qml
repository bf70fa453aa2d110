import QtQuick
import QtQuick.Controls

// The calendar beside a date field: opens a DatePicker. Named for a screen reader.
ToolButton {
    id: button

    required property string name

    implicitWidth: Theme.touchTarget
    implicitHeight: Theme.touchTarget
    Accessible.name: button.name
    contentItem: Item {
        Icon {
            anchors.centerIn: parent
            path: Icons.today
            color: Theme.accent
        }
    }
}
