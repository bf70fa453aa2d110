pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport

// One box over everything remembered: names, companies, towns, notes, what someone's child
// collects. Results as you type.
Page {
    id: page

    required property DatabaseSession session
    property alias query: box.text

    signal openRequested(string documentType, string documentId)

    // The first act here is typing: the box takes the keyboard.
    function startTyping() {
        box.forceActiveFocus();
    }

    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: qsTr("Search")
    }

    SearchResultsModel {
        id: results
        session: page.session
        live: page.visible
        text: box.text
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TextField {
            id: box
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            Layout.preferredHeight: Theme.touchTarget
            placeholderText: qsTr("A name, a town, “baseball”…")
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("Search")
            focus: true
        }
        MessageCard {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            visible: box.text.trim() !== "" && results.count === 0
            heading: qsTr("Nothing found")
            message: qsTr("Search looks at names, companies, towns, notes and interests. Try fewer letters.")
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: results
            delegate: ListRow {
                required property string documentId
                required property string documentType
                required property string typeLabel
                width: ListView.view.width
                detail: typeLabel
                onClicked: page.openRequested(documentType, documentId)
            }
        }
    }
}
