import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The title bar of a page: a back button when the page was opened from another, the title,
// and room for the page's own actions on the right.
ToolBar {
    id: header

    required property string title
    property bool canGoBack: false
    default property alias actions: actionRow.data

    signal backRequested

    // At large text on a phone the actions show their icons alone: the title needs the room.
    readonly property bool actionsAsIcons: Theme.textScale > 1.3 && width < Theme.tabletMinWidth

    function showActionsAsIcons() {
        for (let i = 0; i < actionRow.children.length; ++i) {
            const action = actionRow.children[i];
            if (action["iconOnly"] !== undefined)
                action["iconOnly"] = Qt.binding(() => header.actionsAsIcons);
        }
    }

    implicitHeight: Math.max(Theme.touchTarget + 8, titleLabel.implicitHeight + Theme.spacing)

    background: Rectangle {
        color: Theme.surface
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.divider
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: header.canGoBack ? 0 : Theme.spacing
        anchors.rightMargin: Theme.spacing / 2
        spacing: 0

        ToolButton {
            visible: header.canGoBack
            text: "‹"
            font.pixelSize: Theme.titleSize
            // A thumb's width, whatever the size of text: the title needs the room.
            Layout.preferredWidth: 48
            Layout.preferredHeight: Theme.touchTarget
            Accessible.name: qsTr("Back")
            onClicked: header.backRequested()
        }
        Label {
            id: titleLabel
            Layout.fillWidth: true
            text: header.title
            color: Theme.text
            // Grows with the text, but less: a title of two or three words stays on at most three
            // lines at the largest size.
            font.pixelSize: Math.round(20 * Math.min(Theme.textScale, 1.4))
            font.bold: true
            // A long name at large text takes more lines (a word too long for one is broken).
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
        }
        RowLayout {
            id: actionRow
            spacing: Theme.spacing / 2
            Component.onCompleted: header.showActionsAsIcons()
            onChildrenChanged: header.showActionsAsIcons()
        }
    }
}
