pragma Singleton
import QtQuick

// The app's icons: SVG path data on a 24 x 24 grid, stroked 2 wide with round ends, drawn for
// Rapport (no third party's artwork, so no licence but the project's). Icon.qml draws them.
QtObject {
    // A calendar page.
    readonly property string today: "M5 5h14a2 2 0 0 1 2 2v12a2 2 0 0 1 -2 2h-14a2 2 0 0 1 -2 -2v-12a2 2 0 0 1 2 -2z M3 10h18 M8 3v4 M16 3v4"
    // A building with its annex.
    readonly property string accounts: "M4 21v-16a2 2 0 0 1 2 -2h8a2 2 0 0 1 2 2v16 M16 9h2a2 2 0 0 1 2 2v10 M2 21h20 M8 7h4 M8 11h4 M8 15h4"
    // A tick in a circle.
    readonly property string followUps: "M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0z M8 12l3 3l5 -6"
    // A magnifying glass.
    readonly property string search: "M4 10.5a6.5 6.5 0 1 0 13 0a6.5 6.5 0 1 0 -13 0z M15.5 15.5l5.5 5.5"
    // Three dots.
    readonly property string more: "M4 12a1 1 0 1 0 2 0a1 1 0 1 0 -2 0z M11 12a1 1 0 1 0 2 0a1 1 0 1 0 -2 0z M18 12a1 1 0 1 0 2 0a1 1 0 1 0 -2 0z"
}
