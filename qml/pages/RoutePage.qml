pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport

// Today's planned visits in the order that keeps the drive short, with the distance of each
// leg and the whole, and "Open in maps" for each stop (Rapport shows no map of its own).
Page {
    id: page

    required property DatabaseSession session

    signal backRequested
    signal openRequested(string accountId)

    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: qsTr("Today's route")
        canGoBack: true
        onBackRequested: page.backRequested()
    }

    PositionWatch {
        whereabouts: page.session.whereabouts
        active: page.visible
    }
    DayRoute {
        id: route
        session: page.session
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacing
        clip: true

        ColumnLayout {
            id: column
            y: Theme.spacing
            width: Math.min(parent.width, Theme.readableWidth)
            spacing: Theme.spacing / 2

            MessageCard {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                visible: route.plannedCount === 0
                heading: qsTr("No visits planned today")
                message: qsTr("Visits you plan for today are put in the order that keeps the drive short.")
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                visible: route.stops.length > 0
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.headingSize
                font.bold: true
                text: qsTr("%n stop(s)", "", route.stops.length) + " · " + route.total
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                visible: route.stops.length > 0
                wrapMode: Text.Wrap
                color: Theme.secondaryText
                font.pixelSize: Theme.captionSize
                text: route.fromHere ? qsTr("From where you are, as the crow flies.") : qsTr("From the first stop, as the crow flies: where you are is not known.")
            }
            Repeater {
                model: route.stops
                delegate: RowLayout {
                    id: stop
                    required property var modelData
                    required property int index
                    Layout.fillWidth: true
                    spacing: 0
                    ListRow {
                        Layout.fillWidth: true
                        title: (stop.index + 1) + ". " + stop.modelData.name
                        detail: page.stopDetail(stop.modelData, stop.index)
                        onClicked: page.openRequested(stop.modelData.accountId)
                    }
                    ActionButton {
                        Layout.rightMargin: Theme.spacing
                        text: qsTr("Map")
                        Accessible.name: qsTr("Open %1 in maps").arg(stop.modelData.name)
                        onClicked: route.openInMaps(stop.index)
                    }
                }
            }
            SectionLabel {
                visible: route.unplaced.length > 0
                text: qsTr("Where these are is not known")
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                visible: route.unplaced.length > 0
                wrapMode: Text.Wrap
                color: Theme.secondaryText
                font.pixelSize: Theme.captionSize
                text: qsTr("Pin each on its page, or record a visit there, to have it in the route.")
            }
            Repeater {
                model: route.unplaced
                delegate: ListRow {
                    required property var modelData
                    Layout.fillWidth: true
                    title: modelData.name
                    detail: modelData.title
                    onClicked: page.openRequested(modelData.accountId)
                }
            }
        }
    }

    function stopDetail(stop: var, index: int): string {
        const parts = [];
        if (stop.leg !== "")
            parts.push(index === 0 ? qsTr("%1 from here").arg(stop.leg) : qsTr("%1 further").arg(stop.leg));
        if (stop.title !== "")
            parts.push(stop.title);
        return parts.join(" · ");
    }
}
