import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One row of a list: a title, a line of detail, tappable across its whole width, never
// shorter than a thumb.
ItemDelegate {
    id: row

    required property string title
    required property string detail
    // The detail line in the warning colour (overdue, lapsed).
    property bool highlightDetail: false
    // A picture before the text (a person's photo), as an Image source; none when empty.
    property string picture: ""

    implicitHeight: Math.max(Theme.touchTarget + 8, implicitContentHeight + Theme.spacing)
    // What a screen reader says for the row: the delegate has no text of its own.
    Accessible.name: detail !== "" ? qsTr("%1, %2").arg(title).arg(detail) : title
    padding: Theme.spacing

    background: Rectangle {
        color: row.down ? Theme.divider : (row.visualFocus ? Theme.selection : "transparent")
        Rectangle {
            anchors.bottom: parent.bottom
            anchors.left: parent.left
            anchors.leftMargin: Theme.spacing
            anchors.right: parent.right
            height: 1
            color: Theme.divider
        }
    }

    contentItem: RowLayout {
        spacing: Theme.spacing * 3 / 4
        Image {
            Layout.preferredWidth: 40
            Layout.preferredHeight: 40
            visible: row.picture !== ""
            // Twice its size for a dense screen; made once off the UI thread, then cached.
            source: row.picture !== "" ? row.picture + "&side=80" : ""
            fillMode: Image.PreserveAspectCrop
            asynchronous: true
            clip: true
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: row.title
                color: Theme.text
                font.pixelSize: Theme.bodySize
                // At large text a title takes a second line before it is shortened.
                wrapMode: Text.Wrap
                maximumLineCount: Theme.textScale > 1.2 ? 2 : 1
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                visible: row.detail !== ""
                text: row.detail
                color: row.highlightDetail ? Theme.danger : Theme.secondaryText
                font.pixelSize: Theme.captionSize
                elide: Text.ElideRight
            }
        }
    }
}
