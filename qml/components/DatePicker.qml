pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport

// A day picked with the thumb: three wheels (day, month, year) and Done. Typing the date in its
// field still works; this is for a phone, where typing "2026-12-01" is slow.
Popup {
    id: picker

    required property DatabaseSession session
    required property string title
    // A birthday's year may be left out: the year wheel then starts with "no year".
    property bool yearOptional: false
    signal picked(string isoDate)

    // Opens on the field's date, or on today when the field holds none.
    function openOn(text: string) {
        choice.start(text);
        picker.open();
    }

    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    padding: Theme.spacing
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.divider
    }

    CalendarChoice {
        id: choice
        session: picker.session
        yearOptional: picker.yearOptional
    }

    // One wheel, a row for each of its labels, showing the chosen row. A turn by the thumb is
    // told by `turned`; the choice may then move another wheel (a 31st in a month of 30 days).
    // Not bound both ways: the choice may answer a turn with another row.
    component Wheel: Tumbler {
        id: wheel
        required property list<string> labels
        required property int chosen
        signal turned(int index)
        Layout.preferredHeight: 4 * Theme.touchTarget
        visibleItemCount: 5
        model: labels.length
        onChosenChanged: wheel.show()
        onCurrentIndexChanged: {
            if (!picker.opened || wheel.currentIndex === wheel.chosen)
                return;
            wheel.turned(wheel.currentIndex);
            // Answered with the same row (the 31st of a 30-day month stays the 30th), `chosen`
            // did not change: the wheel turns back here.
            wheel.show();
        }
        function show() {
            if (wheel.currentIndex !== wheel.chosen)
                wheel.currentIndex = wheel.chosen;
        }
        // An explicit Component: Qt 6.4 does not wrap a delegate inside an inline component.
        delegate: Component {
            Label {
                required property int index
                text: wheel.labels[index] ?? ""
                color: Theme.text
                font.pixelSize: Theme.bodySize
                font.bold: index === wheel.currentIndex
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                opacity: 1.0 - Math.abs(Tumbler.displacement) / 3
            }
        }
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Label {
            text: picker.title
            color: Theme.text
            font.pixelSize: Theme.headingSize
            font.bold: true
        }
        RowLayout {
            spacing: Theme.spacing
            Wheel {
                objectName: "day"
                Layout.preferredWidth: 2 * Theme.touchTarget
                labels: choice.dayLabels
                chosen: choice.dayIndex
                onTurned: index => choice.dayIndex = index
                Accessible.name: qsTr("Day")
            }
            Wheel {
                objectName: "month"
                Layout.preferredWidth: 2 * Theme.touchTarget
                labels: choice.monthNames
                chosen: choice.monthIndex
                onTurned: index => choice.monthIndex = index
                Accessible.name: qsTr("Month")
            }
            Wheel {
                objectName: "year"
                Layout.preferredWidth: 2 * Theme.touchTarget
                labels: choice.yearLabels
                chosen: choice.yearIndex
                onTurned: index => choice.yearIndex = index
                Accessible.name: qsTr("Year")
            }
        }
        RowLayout {
            spacing: Theme.spacing / 2
            Item {
                Layout.fillWidth: true
            }
            ActionButton {
                text: qsTr("Cancel")
                onClicked: picker.close()
            }
            ActionButton {
                primary: true
                text: qsTr("Done")
                onClicked: {
                    picker.picked(choice.isoDate);
                    picker.close();
                }
            }
        }
    }
}
