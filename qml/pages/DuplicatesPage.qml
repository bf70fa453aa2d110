pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport

// Likely duplicate people. Without a duplicateId: the list of pairs to compare. With one: the
// two records side by side, only where they differ; tap the value to keep, then merge (both
// histories stay) or keep both as different people.
Page {
    id: page

    required property DatabaseSession session
    property string duplicateId: ""

    signal backRequested
    signal openRequested(string duplicateId)
    signal mergedInto(string contactId)

    readonly property bool comparing: page.duplicateId !== ""

    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: page.comparing ? qsTr("Same person?") : qsTr("Duplicates")
        canGoBack: true
        onBackRequested: page.backRequested()
    }

    DuplicateListModel {
        id: pairs
        session: page.session
    }
    DuplicateReview {
        id: review
        session: page.session
        duplicateId: page.duplicateId
    }

    ColumnLayout {
        anchors.fill: parent
        visible: !page.comparing
        spacing: 0
        MessageCard {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            visible: pairs.count === 0
            heading: qsTr("No duplicates")
            message: qsTr("When two records look like one person (the same e-mail or phone, or the same name at one company), they show up here to compare.")
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: pairs
            delegate: ListRow {
                required property string documentId
                width: ListView.view.width
                onClicked: page.openRequested(documentId)
            }
        }
    }

    Flickable {
        anchors.fill: parent
        visible: page.comparing
        contentHeight: column.implicitHeight + Theme.spacing
        clip: true

        ColumnLayout {
            id: column
            width: Math.min(parent.width, Theme.readableWidth)
            spacing: 0

            MessageCard {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                visible: review.error !== ""
                isError: true
                heading: qsTr("Not merged")
                message: review.error
            }
            Label {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                wrapMode: Text.Wrap
                color: Theme.secondaryText
                font.pixelSize: Theme.bodySize
                text: review.fields.length === 0
                      ? qsTr("The two records say the same. Merge them into one, visits and all.")
                      : qsTr("Where they differ, tap the value to keep. Lists are combined. Visits, follow-ups and feedback of both stay with the one record.")
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                spacing: Theme.spacing / 2
                Label {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: review.firstName
                    font.bold: true
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: review.secondName
                    font.bold: true
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    elide: Text.ElideRight
                }
            }
            Repeater {
                model: review.fields
                delegate: ColumnLayout {
                    id: difference
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacing
                    Layout.rightMargin: Theme.spacing
                    Layout.topMargin: Theme.spacing / 2
                    spacing: 2
                    SectionLabel {
                        Layout.leftMargin: -Theme.spacing
                        text: difference.modelData.combined ? qsTr("%1 (both kept)").arg(difference.modelData.label)
                                                            : difference.modelData.label
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing / 2
                        Repeater {
                            model: ["first", "second"]
                            delegate: ItemDelegate {
                                id: cell
                                required property string modelData
                                readonly property bool chosen: difference.modelData.combined
                                                               || difference.modelData.choice === cell.modelData
                                Layout.fillWidth: true
                                Layout.preferredWidth: 1
                                Layout.minimumHeight: Theme.touchTarget
                                enabled: !difference.modelData.combined
                                text: difference.modelData[cell.modelData]
                                Accessible.name: qsTr("Keep %1").arg(text)
                                contentItem: Label {
                                    text: cell.text
                                    wrapMode: Text.Wrap
                                    color: Theme.text
                                    font.pixelSize: Theme.bodySize
                                    font.bold: cell.chosen && !difference.modelData.combined
                                }
                                background: Rectangle {
                                    radius: Theme.radius
                                    color: cell.chosen && !difference.modelData.combined ? Theme.selection : Theme.surface
                                    border.color: cell.chosen ? Theme.accent : Theme.divider
                                }
                                onClicked: review.choose(difference.modelData.field, cell.modelData)
                            }
                        }
                    }
                }
            }
            ButtonRow {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                ActionButton {
                    Layout.fillWidth: true
                    primary: true
                    text: qsTr("Merge")
                    onClicked: {
                        const kept = review.merge();
                        if (kept !== "")
                            page.mergedInto(kept);
                    }
                }
                ActionButton {
                    Layout.fillWidth: true
                    text: qsTr("Different people")
                    onClicked: {
                        if (review.keepBoth())
                            page.backRequested();
                    }
                }
            }
        }
    }
}
