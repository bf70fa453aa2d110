pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A passcode typed with one thumb: a dot for each digit typed, what went wrong (or how long to
// wait), and big keys at the bottom of the screen, where a thumb reaches. A keyboard's digits,
// Backspace and Enter work too. `entered` fires with the digits on OK; the owner decides.
ColumnLayout {
    id: pad

    required property string heading
    property string message: ""
    // During the wait earned by wrong tries, no key is taken.
    property bool waiting: false
    property string typed: ""

    signal entered(string code)

    function clear() {
        pad.typed = "";
    }
    function press(key: string) {
        if (pad.waiting)
            return;
        if (key === "delete")
            pad.typed = pad.typed.slice(0, -1);
        else if (key === "ok") {
            if (pad.typed !== "")
                pad.entered(pad.typed);
        } else if (pad.typed.length < 12)
            pad.typed += key;
    }

    spacing: Theme.spacing
    focus: true
    Keys.onPressed: event => {
        if (event.text >= "0" && event.text <= "9" && event.text.length === 1)
            pad.press(event.text);
        else if (event.key === Qt.Key_Backspace)
            pad.press("delete");
        else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
            pad.press("ok");
        else
            return;
        event.accepted = true;
    }

    Label {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        text: pad.heading
        color: Theme.text
        font.pixelSize: Theme.headingSize
        font.bold: true
    }
    Item {
        Layout.fillWidth: true
        implicitHeight: 16
        Row {
            anchors.horizontalCenter: parent.horizontalCenter
            spacing: 12
            Repeater {
                model: pad.typed.length
                delegate: Rectangle {
                    width: 14
                    height: 14
                    radius: 7
                    color: Theme.text
                }
            }
        }
    }
    Label {
        Layout.fillWidth: true
        Layout.minimumHeight: 2 * Theme.bodySize
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        text: pad.message
        color: Theme.danger
        font.pixelSize: Theme.bodySize
    }
    Item {
        Layout.fillWidth: true
        implicitHeight: keys.implicitHeight
        GridLayout {
            id: keys
            anchors.horizontalCenter: parent.horizontalCenter
            columns: 3
            rowSpacing: Theme.spacing / 2
            columnSpacing: Theme.spacing

            Repeater {
                model: [
                    { key: "1", label: "1" }, { key: "2", label: "2" }, { key: "3", label: "3" },
                    { key: "4", label: "4" }, { key: "5", label: "5" }, { key: "6", label: "6" },
                    { key: "7", label: "7" }, { key: "8", label: "8" }, { key: "9", label: "9" },
                    { key: "delete", label: qsTr("Delete") }, { key: "0", label: "0" }, { key: "ok", label: qsTr("OK") }
                ]
                delegate: ActionButton {
                    required property var modelData
                    // Three keys across a phone, whatever the size of text.
                    Layout.preferredWidth: Math.min(1.6 * Theme.touchTarget, (pad.width - 2 * Theme.spacing - 2 * keys.columnSpacing) / 3)
                    Layout.preferredHeight: 1.4 * Theme.touchTarget
                    primary: modelData.key === "ok"
                    enabled: !pad.waiting
                    font.pixelSize: modelData.key.length === 1 ? Theme.titleSize : Theme.bodySize
                    text: modelData.label
                    onClicked: {
                        pad.press(modelData.key);
                        // A keyboard's keys still go to the pad after a tap.
                        pad.forceActiveFocus();
                    }
                }
            }
        }
    }
}
