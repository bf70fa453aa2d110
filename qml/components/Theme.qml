pragma Singleton
import QtQuick

// Every colour, size and spacing of the UI in one place.
QtObject {
    property bool dark: false

    readonly property color background: dark ? "#121417" : "#f6f7f9"
    readonly property color surface: dark ? "#1d2126" : "#ffffff"
    readonly property color text: dark ? "#eceff3" : "#1b1f24"
    readonly property color secondaryText: dark ? "#a8b0ba" : "#5b6470"
    readonly property color accent: dark ? "#7fb3ff" : "#1f5fbf"
    readonly property color textOnAccent: dark ? "#0b1a30" : "#ffffff"
    readonly property color selection: dark ? "#24344a" : "#e3ecfa"
    readonly property color danger: dark ? "#ff8a80" : "#b3261e"
    readonly property color warningSurface: dark ? "#3a2f12" : "#fff4d6"
    readonly property color divider: dark ? "#2c3238" : "#e3e6ea"

    // Touch targets are at least 48 px: a thumb in a car park, not a mouse on a desk.
    readonly property int touchTarget: 48
    readonly property int spacing: 16
    readonly property int radius: 12
    readonly property int titleSize: 28
    readonly property int headingSize: 18
    readonly property int bodySize: 16
    readonly property int captionSize: 13
    // The widest a column of text gets, so that lines stay readable on a tablet.
    readonly property int readableWidth: 720
    // Below this width the phone layout applies (one column, bottom navigation).
    readonly property int tabletMinWidth: 600
    // On a tablet, the list beside the detail.
    readonly property int listPaneWidth: 360
}
