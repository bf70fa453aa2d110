pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport

// Leads a year old or more that never became customers and were never followed up: a
// stranger's details kept for nothing. Keep or forget each with one tap, or forget them all.
Page {
    id: page

    required property DatabaseSession session

    signal backRequested

    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: qsTr("Old leads")
        canGoBack: true
        onBackRequested: page.backRequested()
    }

    StaleLeadReview {
        id: review
        session: page.session
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        MessageCard {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            heading: review.error !== "" ? qsTr("Something went wrong")
                : review.leads.length === 0 ? qsTr("No old leads") : qsTr("A year on, never followed up")
            message: review.error !== "" ? review.error
                : review.leads.length === 0 ? qsTr("Leads you never followed up are offered here a year after the show.")
                : qsTr("These people never became customers. Forget them everywhere, or keep them for another year.")
            isError: review.error !== ""
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: review.leads
            delegate: RowLayout {
                id: row
                required property var modelData
                width: ListView.view.width
                height: Math.max(Theme.touchTarget + 8, implicitHeight + Theme.spacing)
                spacing: Theme.spacing / 2
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacing
                    spacing: 2
                    Label {
                        Layout.fillWidth: true
                        text: row.modelData.name
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                        elide: Text.ElideRight
                    }
                    Label {
                        Layout.fillWidth: true
                        text: row.modelData.detail
                        color: Theme.secondaryText
                        font.pixelSize: Theme.captionSize
                        elide: Text.ElideRight
                    }
                }
                ActionButton {
                    text: qsTr("Keep")
                    onClicked: review.keep(row.modelData.id)
                }
                ActionButton {
                    Layout.rightMargin: Theme.spacing
                    text: qsTr("Forget")
                    onClicked: review.forget(row.modelData.id)
                }
            }
        }
        ActionButton {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            visible: review.leads.length > 1
            text: qsTr("Forget all %1").arg(review.leads.length)
            onClicked: review.forgetAll()
        }
    }
}
