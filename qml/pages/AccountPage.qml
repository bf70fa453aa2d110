pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport

// One customer: what they are worth now and could be, who is known there and in which buying
// role (with a warning when nobody known decides), and the history of visits.
Page {
    id: page

    required property DatabaseSession session
    required property string accountId
    property bool canGoBack: true

    signal backRequested
    signal editRequested(string accountId)
    signal openContactRequested(string contactId)
    signal newContactRequested(string accountId)
    signal recordVisitRequested(string accountId)
    signal recordFeedbackRequested(string accountId)

    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: account.fields.name
        canGoBack: page.canGoBack
        onBackRequested: page.backRequested()
        ActionButton {
            text: qsTr("Edit")
            iconPath: Icons.edit
            onClicked: page.editRequested(page.accountId)
        }
    }

    AccountEditor {
        id: account
        session: page.session
        documentId: page.accountId
    }
    PositionWatch {
        whereabouts: page.session.whereabouts
        active: page.visible
    }
    CustomerPlace {
        id: place
        session: page.session
        accountId: page.accountId
    }
    AccountPeopleModel {
        id: people
        session: page.session
        accountId: page.accountId
    }
    AccountVisitsModel {
        id: visits
        session: page.session
        accountId: page.accountId
    }
    AccountFeedbackModel {
        id: feedback
        session: page.session
        accountId: page.accountId
    }
    AccountInsights {
        id: insights
        session: page.session
        accountId: page.accountId
    }
    UnfinishedVisit {
        id: unfinished
        session: page.session
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + Theme.spacing
        clip: true

        ColumnLayout {
            id: column
            width: Math.min(parent.width, Theme.readableWidth)
            spacing: 0

            Label {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                wrapMode: Text.Wrap
                color: Theme.secondaryText
                font.pixelSize: Theme.bodySize
                text: account.summary
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                visible: account.sizeAndPotential !== ""
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.bodySize
                text: account.sizeAndPotential
            }
            MessageCard {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                visible: insights.brief !== ""
                heading: qsTr("Before you go")
                message: insights.brief
            }
            // Whom to reach next here, by buying role; a warning while nobody known decides.
            Rectangle {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                visible: insights.reachNext !== ""
                implicitHeight: reach.implicitHeight + Theme.spacing
                radius: Theme.radius
                color: insights.noDecisionMaker ? Theme.warningSurface : Theme.surface
                border.color: Theme.divider
                Label {
                    id: reach
                    anchors.fill: parent
                    anchors.margins: Theme.spacing / 2
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    text: insights.reachNext
                }
                MouseArea {
                    anchors.fill: parent
                    enabled: insights.reachNextContactId !== ""
                    Accessible.role: Accessible.Button
                    Accessible.name: insights.reachNext
                    Accessible.onPressAction: page.openContactRequested(insights.reachNextContactId)
                    onClicked: page.openContactRequested(insights.reachNextContactId)
                }
            }
            // Gone quiet past its cadence: ask why, and keep the answer.
            Rectangle {
                id: lapse
                property int reason: -1
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                Layout.bottomMargin: Theme.spacing
                visible: insights.lapsed !== ""
                implicitHeight: lapseColumn.implicitHeight + Theme.spacing
                radius: Theme.radius
                color: Theme.warningSurface
                ColumnLayout {
                    id: lapseColumn
                    anchors.fill: parent
                    anchors.margins: Theme.spacing / 2
                    spacing: Theme.spacing / 2
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                        text: insights.lapsed
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spacing / 2
                        Repeater {
                            model: insights.lapseReasons
                            delegate: ActionButton {
                                required property int index
                                required property string modelData
                                primary: lapse.reason === index
                                text: modelData
                                onClicked: lapse.reason = index
                            }
                        }
                    }
                    FormField {
                        id: lapseNote
                        Layout.fillWidth: true
                        label: qsTr("In their words (optional)")
                    }
                    ActionButton {
                        enabled: lapse.reason >= 0
                        text: qsTr("Keep the answer")
                        onClicked: {
                            if (insights.answerLapse(lapse.reason, lapseNote.text)) {
                                lapse.reason = -1;
                                lapseNote.text = "";
                            }
                        }
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                Layout.bottomMargin: Theme.spacing
                visible: insights.lastLapseAnswer !== "" && insights.lapsed === ""
                wrapMode: Text.Wrap
                color: Theme.secondaryText
                font.pixelSize: Theme.captionSize
                text: insights.lastLapseAnswer
            }
            ButtonRow {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                ActionButton {
                    Layout.fillWidth: true
                    primary: true
                    // A note about this customer the app was closed on goes on where it stopped.
                    text: unfinished.exists && unfinished.accountId === page.accountId ? qsTr("Continue the visit note") : qsTr("Record a visit")
                    iconPath: Icons.record
                    onClicked: page.recordVisitRequested(page.accountId)
                }
                ActionButton {
                    Layout.fillWidth: true
                    text: qsTr("Add a person")
                    iconPath: Icons.addPerson
                    onClicked: page.newContactRequested(page.accountId)
                }
            }
            SectionLabel {
                text: qsTr("People")
                visible: people.count > 0
            }
            Repeater {
                model: people
                delegate: ListRow {
                    required property string documentId
                    required property string name
                    required property string role
                    required picture
                    Layout.fillWidth: true
                    title: name
                    detail: role
                    onClicked: page.openContactRequested(documentId)
                }
            }
            SectionLabel {
                text: qsTr("What they said")
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                visible: insights.feedbackTrend !== ""
                color: Theme.text
                font.pixelSize: Theme.bodySize
                text: insights.feedbackTrend
            }
            Repeater {
                model: feedback
                delegate: ListRow {
                    Layout.fillWidth: true
                }
            }
            ActionButton {
                Layout.margins: Theme.spacing
                text: qsTr("Record what they said")
                onClicked: page.recordFeedbackRequested(page.accountId)
            }
            SectionLabel {
                text: qsTr("Visits")
                visible: visits.count > 0
            }
            Repeater {
                model: visits
                delegate: ListRow {
                    required property string date
                    required property string outcome
                    required property bool planned
                    Layout.fillWidth: true
                    detail: (planned ? qsTr("Planned for %1").arg(date) : date)
                            + (outcome !== "" ? " · " + outcome : "")
                }
            }
            SectionLabel {
                text: qsTr("Where they are")
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                wrapMode: Text.Wrap
                color: place.known ? Theme.text : Theme.secondaryText
                font.pixelSize: Theme.bodySize
                text: place.known ? place.summary + (place.fromHere !== "" ? " · " + place.fromHere : "") : qsTr("Not known yet: it is learnt from the visits you record there, or pin it.")
                bottomPadding: Theme.spacing / 2
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                visible: place.error !== ""
                wrapMode: Text.Wrap
                color: Theme.danger
                font.pixelSize: Theme.captionSize
                text: place.error
            }
            ButtonRow {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                ActionButton {
                    Layout.fillWidth: true
                    visible: place.known
                    text: qsTr("Open in maps")
                    onClicked: place.openInMaps()
                }
                ActionButton {
                    Layout.fillWidth: true
                    visible: page.session.whereabouts.known
                    text: qsTr("Pin it here")
                    onClicked: place.pinHere()
                }
            }
            ButtonRow {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                ActionButton {
                    Layout.fillWidth: true
                    text: pinField.visible ? qsTr("Cancel") : qsTr("Pin a place")
                    onClicked: pinField.visible = !pinField.visible
                }
                ActionButton {
                    Layout.fillWidth: true
                    visible: place.pinned
                    text: qsTr("Unpin")
                    onClicked: place.unpin()
                }
            }
            RowLayout {
                id: pinField
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                visible: false
                TextField {
                    id: pinText
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget
                    placeholderText: qsTr("A map's link, or 53.866, 10.684")
                    font.pixelSize: Theme.bodySize
                    Accessible.name: qsTr("Where the customer is")
                    onAccepted: pinButton.clicked()
                }
                ActionButton {
                    id: pinButton
                    primary: true
                    text: qsTr("Pin")
                    onClicked: {
                        if (place.pinAt(pinText.text)) {
                            pinText.text = "";
                            pinField.visible = false;
                        }
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                visible: account.fields.notes !== ""
                text: account.fields.notes
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.bodySize
            }
        }
    }
}
