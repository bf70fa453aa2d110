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

    // The main actions. A page of notes with a pen: record a visit.
    readonly property string record: "M13 3h-7a2 2 0 0 0 -2 2v14a2 2 0 0 0 2 2h12a2 2 0 0 0 2 -2v-7 M8 13h4 M8 17h6 M19 2.5l2.5 2.5l-7.5 7.5h-2.5v-2.5z"
    // A pencil: edit.
    readonly property string edit: "M15 4l5 5l-11 11h-5v-5z M12.5 6.5l5 5"
    // A tick: save, done.
    readonly property string done: "M4.5 12.5l5 5l10 -11"
    // A person and a plus: add a person.
    readonly property string addPerson: "M6 8a4 4 0 1 0 8 0a4 4 0 1 0 -8 0z M2 21v-1a6 6 0 0 1 6 -6h4a6 6 0 0 1 6 6v1 M19 6v6 M16 9h6"
    // An envelope: e-mail.
    readonly property string email: "M5 5h14a2 2 0 0 1 2 2v10a2 2 0 0 1 -2 2h-14a2 2 0 0 1 -2 -2v-10a2 2 0 0 1 2 -2z M3 7l9 6l9 -6"
    // A speech bubble: a text message.
    readonly property string message: "M5 4h14a2 2 0 0 1 2 2v9a2 2 0 0 1 -2 2h-8l-5 4v-4h-1a2 2 0 0 1 -2 -2v-9a2 2 0 0 1 2 -2z"
    // Two sheets: copy.
    readonly property string copy: "M10 9h9a1 1 0 0 1 1 1v10a1 1 0 0 1 -1 1h-9a1 1 0 0 1 -1 -1v-10a1 1 0 0 1 1 -1z M15 5v-1a1 1 0 0 0 -1 -1h-9a1 1 0 0 0 -1 1v10a1 1 0 0 0 1 1h1"
    // Two arrows round: sync.
    readonly property string sync: "M20 11a8 8 0 0 0 -14.5 -4 M4 13a8 8 0 0 0 14.5 4 M5 3v4h4 M19 21v-4h-4"
    // A cross: nothing needed, cancel.
    readonly property string none: "M6 6l12 12 M18 6l-12 12"
}
