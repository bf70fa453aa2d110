pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport

// Settings: the server, the theme, the size of text, the language, the passcode and stand mode, and where the notebook lives
// on this device (taking everything out is under Your data).
Page {
    id: page

    required property DatabaseSession session
    required property Preferences preferences
    required property SyncController sync
    required property ScreenLock screenLock
    // The passcode form open: "" (closed), "choose" (new or changed) or "remove".
    property string passcodeForm: ""

    function closePasscodeForm() {
        page.passcodeForm = "";
        currentField.text = "";
        newField.text = "";
        againField.text = "";
    }
    function awayText(minutes: int): string {
        return minutes === 60 ? qsTr("1 hour") : qsTr("%n minute(s)", "", minutes);
    }

    signal syncRequested

    Translations {
        id: translations
    }

    signal backRequested

    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: qsTr("Settings")
        canGoBack: true
        onBackRequested: page.backRequested()
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + Theme.spacing
        clip: true

        ColumnLayout {
            id: column
            width: Math.min(parent.width, Theme.readableWidth)
            spacing: 0

            SectionLabel {
                text: qsTr("Server")
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.bodySize
                text: page.sync.signedIn ? qsTr("Signed in as %1 at %2").arg(page.sync.userName).arg(page.sync.serverUrl)
                                         : qsTr("Not signed in: everything stays on this device.")
            }
            ButtonRow {
                Layout.margins: Theme.spacing
                ActionButton {
                    text: page.sync.signedIn ? qsTr("Sync") : qsTr("Sign in")
                    iconPath: page.sync.signedIn ? Icons.sync : ""
                    onClicked: page.syncRequested()
                }
                ActionButton {
                    visible: page.sync.signedIn
                    text: qsTr("Sign out")
                    onClicked: page.sync.signOut()
                }
            }
            SectionLabel {
                text: qsTr("Look")
            }
            SettingSwitch {
                text: qsTr("Dark theme")
                checked: page.preferences.darkTheme
                onToggled: page.preferences.darkTheme = checked
            }
            Label {
                Layout.leftMargin: Theme.spacing
                Layout.topMargin: Theme.spacing / 2
                text: qsTr("Text size")
                color: Theme.secondaryText
                font.pixelSize: Theme.captionSize
            }
            Flow {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                Layout.topMargin: Theme.spacing / 2
                spacing: Theme.spacing / 2
                Repeater {
                    model: page.preferences.textScales
                    ActionButton {
                        required property real modelData
                        // Each choice shows the size it picks; 0 follows the system's.
                        text: modelData === 0 ? qsTr("As the system") : qsTr("%1%").arg(Math.round(modelData * 100))
                        font.pixelSize: Math.round(16 * (modelData === 0 ? 1 : modelData))
                        Accessible.name: modelData === 0 ? qsTr("Text size as the system") : qsTr("Text size %1 percent").arg(Math.round(modelData * 100))
                        primary: Math.abs(page.preferences.chosenTextScale - modelData) < 0.01
                        onClicked: page.preferences.chosenTextScale = modelData
                    }
                }
            }
            Label {
                Layout.leftMargin: Theme.spacing
                text: qsTr("Language")
                color: Theme.secondaryText
                font.pixelSize: Theme.captionSize
            }
            // Applies at once, on every page; what is being typed stays.
            Flow {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                Layout.topMargin: Theme.spacing / 2
                spacing: Theme.spacing / 2
                Repeater {
                    model: translations.choices
                    ActionButton {
                        required property var modelData
                        text: modelData.name
                        primary: translations.chosen === modelData.code
                        onClicked: translations.chosen = modelData.code
                    }
                }
            }
            SectionLabel {
                text: qsTr("Reminders")
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                wrapMode: Text.Wrap
                color: Theme.secondaryText
                font.pixelSize: Theme.captionSize
                text: qsTr("Each morning: visits planned, follow-ups due, birthdays of the day, customers gone quiet. Where the desktop shows notifications.")
            }
            Flow {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                Layout.topMargin: Theme.spacing / 2
                spacing: Theme.spacing / 2
                Repeater {
                    model: [-1, 7, 8, 9]
                    ActionButton {
                        required property int modelData
                        text: modelData < 0 ? qsTr("None") : qsTr("At %1:00").arg(modelData)
                        primary: page.preferences.reminderHour === modelData
                        onClicked: page.preferences.reminderHour = modelData
                    }
                }
            }
            SettingSwitch {
                visible: page.preferences.reminderHour >= 0
                text: qsTr("All in one notification")
                checked: page.preferences.remindersAsOne
                onToggled: page.preferences.remindersAsOne = checked
            }
            // The background agent is the Linux desktop's; a phone's OS runs the app's own.
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                visible: Qt.platform.os === "linux"
                wrapMode: Text.Wrap
                color: Theme.secondaryText
                font.pixelSize: Theme.captionSize
                text: qsTr("With the window closed, Rapport can go on syncing and reminding in the background.")
            }
            SettingSwitch {
                visible: Qt.platform.os === "linux"
                text: qsTr("Keep running when closed")
                checked: page.preferences.keepRunning
                onToggled: page.preferences.keepRunning = checked
            }
            SettingSwitch {
                visible: Qt.platform.os === "linux"
                text: qsTr("Start at login")
                checked: page.preferences.startAtLogin
                onToggled: page.preferences.startAtLogin = checked
            }
            SectionLabel {
                text: qsTr("Places")
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                wrapMode: Text.Wrap
                color: Theme.secondaryText
                font.pixelSize: Theme.captionSize
                text: qsTr("Where each visit is recorded, to know which customer you are at, who is near you and the shortest way through your day. It stays in your own notebook and is never shown to anyone else.")
            }
            SettingSwitch {
                text: qsTr("Note where I am")
                checked: page.session.whereabouts.consented
                onToggled: page.session.whereabouts.consented = checked
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                visible: page.session.whereabouts.consented
                wrapMode: Text.Wrap
                color: Theme.secondaryText
                font.pixelSize: Theme.captionSize
                text: qsTr("A visit is on site when recorded within:")
            }
            Flow {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                Layout.topMargin: Theme.spacing / 2
                visible: page.session.whereabouts.consented
                spacing: Theme.spacing / 2
                Repeater {
                    model: page.session.whereabouts.checkInChoices
                    ActionButton {
                        required property int modelData
                        text: qsTr("%1 m", "metres").arg(modelData)
                        primary: page.session.whereabouts.checkInMetres === modelData
                        onClicked: page.session.whereabouts.checkInMetres = modelData
                    }
                }
            }
            SectionLabel {
                text: qsTr("Your records")
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                wrapMode: Text.WrapAnywhere
                color: Theme.secondaryText
                font.pixelSize: Theme.captionSize
                text: qsTr("%Ln record(s), kept on this device in %1", "", page.session.documentCount).arg(page.session.path)
            }
            SectionLabel {
                text: qsTr("Passcode")
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.bodySize
                text: !page.screenLock.hasPasscode ? qsTr("No passcode: whoever holds this device can open Rapport.")
                    : page.screenLock.awayMinutes === 0 ? qsTr("Asked when Rapport starts and each time you come back to it.")
                    : qsTr("Asked when Rapport starts and after %1 away.").arg(page.awayText(page.screenLock.awayMinutes))
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                Layout.topMargin: 4
                wrapMode: Text.Wrap
                color: Theme.secondaryText
                font.pixelSize: Theme.captionSize
                text: qsTr("It guards the screen. The notebook's key is kept by the system, not by the passcode.")
            }
            Label {
                Layout.leftMargin: Theme.spacing
                Layout.topMargin: Theme.spacing
                visible: page.screenLock.hasPasscode
                text: qsTr("Ask again after")
                color: Theme.secondaryText
                font.pixelSize: Theme.captionSize
            }
            Flow {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                Layout.topMargin: 4
                visible: page.screenLock.hasPasscode
                spacing: Theme.spacing / 2
                Repeater {
                    model: [0, 1, 5, 15, 60]
                    delegate: ActionButton {
                        required property int modelData
                        primary: page.screenLock.awayMinutes === modelData
                        text: modelData === 0 ? qsTr("At once") : page.awayText(modelData)
                        onClicked: page.screenLock.awayMinutes = modelData
                    }
                }
            }
            Flow {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                visible: page.passcodeForm === ""
                spacing: Theme.spacing / 2
                ActionButton {
                    text: page.screenLock.hasPasscode ? qsTr("Change passcode") : qsTr("Choose a passcode")
                    onClicked: page.passcodeForm = "choose"
                }
                ActionButton {
                    visible: page.screenLock.hasPasscode
                    text: qsTr("Remove passcode")
                    onClicked: page.passcodeForm = "remove"
                }
                ActionButton {
                    visible: page.screenLock.hasPasscode
                    text: qsTr("Lock now")
                    onClicked: page.screenLock.lockNow()
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                visible: page.passcodeForm !== ""
                spacing: Theme.spacing / 2

                PasscodeField {
                    id: currentField
                    visible: page.screenLock.hasPasscode
                    label: qsTr("Current passcode")
                }
                PasscodeField {
                    id: newField
                    visible: page.passcodeForm === "choose"
                    label: qsTr("New passcode, 4 to 12 digits")
                }
                PasscodeField {
                    id: againField
                    visible: page.passcodeForm === "choose"
                    label: qsTr("The new passcode again")
                }
                Label {
                    Layout.fillWidth: true
                    visible: page.screenLock.error !== ""
                    wrapMode: Text.Wrap
                    text: page.screenLock.error
                    color: Theme.danger
                    font.pixelSize: Theme.bodySize
                }
                ButtonRow {
                    ActionButton {
                        primary: true
                        text: page.passcodeForm === "remove" ? qsTr("Remove passcode") : qsTr("Save passcode")
                        onClicked: {
                            const done = page.passcodeForm === "remove"
                                ? page.screenLock.removePasscode(currentField.text)
                                : page.screenLock.choosePasscode(newField.text, againField.text, currentField.text);
                            if (done)
                                page.closePasscodeForm();
                        }
                    }
                    ActionButton {
                        text: qsTr("Cancel")
                        onClicked: page.closePasscodeForm()
                    }
                }
            }
            SectionLabel {
                text: qsTr("Stand mode")
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.bodySize
                text: qsTr("For a tablet on your stand: visitors see only the lead form, a fresh one after each lead. ")
                    + (page.screenLock.hasPasscode ? qsTr("Leaving takes a long press and your passcode.")
                                                   : qsTr("Leaving takes a long press and a confirmation; with a passcode, the passcode."))
            }
            ActionButton {
                Layout.margins: Theme.spacing
                text: qsTr("Start stand mode")
                onClicked: page.screenLock.enterStandMode()
            }
        }
    }
}
