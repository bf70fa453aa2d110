pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport

// What the customer said: how well their expectations were met (1 to 5, and their words),
// and what they might need next. One tap for the score; the words are optional.
Page {
    id: page

    required property DatabaseSession session
    required property string accountId

    signal backRequested
    signal saved

    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: qsTr("What they said")
        canGoBack: true
        onBackRequested: page.backRequested()
        ActionButton {
            primary: true
            text: qsTr("Save")
            iconPath: Icons.done
            onClicked: page.save()
        }
    }

    function save() {
        feedback.fields.said = saidBox.text;
        feedback.fields.needsNext = nextBox.text;
        if (feedback.save())
            page.saved();
    }

    FeedbackEditor {
        id: feedback
        session: page.session
        Component.onCompleted: startFor(page.accountId)
    }

    Flickable {
        anchors.fill: parent
        contentHeight: form.implicitHeight + 2 * Theme.spacing
        clip: true

        ColumnLayout {
            id: form
            x: Theme.spacing
            y: Theme.spacing
            width: Math.min(parent.width, Theme.readableWidth) - 2 * Theme.spacing
            spacing: Theme.spacing

            MessageCard {
                Layout.fillWidth: true
                visible: feedback.error !== ""
                isError: true
                heading: qsTr("Not saved yet")
                message: feedback.error
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("How well did we meet their expectations?")
                color: Theme.text
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
            }
            RowLayout {
                spacing: Theme.spacing / 2
                Repeater {
                    model: 5
                    delegate: ActionButton {
                        required property int index
                        Layout.preferredWidth: Theme.touchTarget
                        primary: feedback.score === index + 1
                        text: String(index + 1)
                        onClicked: feedback.setScore(feedback.score === index + 1 ? 0 : index + 1)
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("1: far below · 3: as expected · 5: far above")
                color: Theme.secondaryText
                font.pixelSize: Theme.captionSize
            }
            TextBox {
                id: saidBox
                Layout.fillWidth: true
                label: qsTr("In their words")
                placeholder: qsTr("Deliveries are on time now, but the invoices confuse them")
            }
            TextBox {
                id: nextBox
                Layout.fillWidth: true
                label: qsTr("What they might need next")
                placeholder: qsTr("A second oven before Christmas")
            }
        }
    }
}
