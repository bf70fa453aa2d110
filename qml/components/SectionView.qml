import QtQuick
import QtQuick.Controls

// One destination of the app: its list page, and the details opened from it. On a phone the
// details cover the list (back returns to it); on a tablet they open beside it.
Item {
    id: section

    required property bool wide
    // False for a destination that opens nothing beside it (settings): it takes the width.
    property bool hasDetails: true
    // Shown on a tablet while no detail is open.
    property string emptyDetailText: ""
    default property alias listContent: listPane.data
    readonly property alias stack: details

    Item {
        id: listPane
        width: section.wide && section.hasDetails ? Theme.listPaneWidth : section.width
        height: section.height
        visible: section.wide || details.depth === 0
    }
    Rectangle {
        visible: section.wide && section.hasDetails
        x: listPane.width
        width: 1
        height: section.height
        color: Theme.divider
    }
    StackView {
        id: details
        x: section.wide ? listPane.width + 1 : 0
        width: section.width - x
        height: section.height
        visible: details.depth > 0 || (section.wide && section.hasDetails)
        clip: true
    }
    Label {
        anchors.centerIn: details
        visible: section.wide && section.hasDetails && details.depth === 0
        text: section.emptyDetailText
        color: Theme.secondaryText
        font.pixelSize: Theme.bodySize
    }
}
