import QtQuick.Controls
import Rapport

ApplicationWindow {
    id: window

    required property DatabaseSession session
    required property string startPage

    visible: true
    title: qsTr("Rapport")
    color: Theme.background

    TodayPage {
        anchors.fill: parent
        session: window.session
        today: new Date()
    }
}
