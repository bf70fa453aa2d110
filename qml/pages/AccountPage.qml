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

    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: account.changes >= 0 ? account.text("name") : ""
        canGoBack: page.canGoBack
        onBackRequested: page.backRequested()
        ActionButton {
            text: qsTr("Edit")
            onClicked: page.editRequested(page.accountId)
        }
    }

    AccountEditor {
        id: account
        session: page.session
        documentId: page.accountId
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
                text: {
                    const parts = [];
                    if (account.changes < 0)
                        return "";
                    for (const key of ["town", "segment"]) {
                        if (account.text(key) !== "")
                            parts.push(account.text(key));
                    }
                    if (account.text("tier") !== "")
                        parts.push(qsTr("Tier %1").arg(account.text("tier")));
                    if (account.number("cadenceDays") > 0)
                        parts.push(qsTr("visit every %1 days").arg(account.number("cadenceDays")));
                    return parts.join(" · ");
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                visible: account.changes >= 0 && (account.number("size") > 0 || account.number("potential") > 0)
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.bodySize
                text: account.changes >= 0 ? qsTr("Size now %1 · potential %2").arg(account.number("size")).arg(account.number("potential")) : ""
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                visible: !people.hasDecisionMaker
                implicitHeight: warning.implicitHeight + Theme.spacing
                radius: Theme.radius
                color: Theme.warningSurface
                Label {
                    id: warning
                    anchors.fill: parent
                    anchors.margins: Theme.spacing / 2
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    text: people.count === 0
                          ? qsTr("You know nobody here yet. Who decides what this customer buys?")
                          : qsTr("Nobody you know here is a decision maker. Who decides what this customer buys?")
                }
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                spacing: Theme.spacing / 2
                ActionButton {
                    Layout.fillWidth: true
                    primary: true
                    text: qsTr("Record a visit")
                    onClicked: page.recordVisitRequested(page.accountId)
                }
                ActionButton {
                    Layout.fillWidth: true
                    text: qsTr("Add a person")
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
                    Layout.fillWidth: true
                    title: name
                    detail: role
                    onClicked: page.openContactRequested(documentId)
                }
            }
            SectionLabel {
                text: qsTr("What they said")
                visible: feedback.count > 0
            }
            Repeater {
                model: feedback
                delegate: ListRow {
                    Layout.fillWidth: true
                }
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
            Label {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                visible: account.changes >= 0 && account.text("notes") !== ""
                text: account.changes >= 0 ? account.text("notes") : ""
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.bodySize
            }
        }
    }
}
