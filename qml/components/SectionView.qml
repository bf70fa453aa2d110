import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One destination of the app: its list page, and the details opened from it. On a phone the
// details cover the list (back returns to it); on a tablet they open beside it.
// The list page is made the first time its destination is shown, and kept: a start makes only
// the page it shows (each list page reads the notebook and builds its delegates as it is made).
Item {
    id: section

    required property bool wide
    // False for a destination that opens nothing beside it (settings): it takes the width.
    property bool hasDetails: true
    // Shown on a tablet while no detail is open.
    property string emptyDetailText: ""
    required property Component listPage
    // The list page once made, else null.
    property Item list: null
    readonly property alias stack: details

    // Made with createObject, which makes it in the component's own context: Qt 6.4's Loader
    // makes a context of its own and refuses a bound component (ComponentBehavior: Bound).
    function makeListOnce() {
        if (section.list === null && section.StackLayout.isCurrentItem)
            section.list = section.listPage.createObject(listPane) as Item;
    }

    StackLayout.onIsCurrentItemChanged: section.makeListOnce()
    Component.onCompleted: section.makeListOnce()

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
