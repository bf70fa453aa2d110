pragma Singleton
import QtQuick

// Every colour, size and spacing of the UI in one place.
QtObject {
    property bool dark: false
    // How much larger than standard the person wants text (1 to 2, from Settings). Sizes of
    // text, and the heights of the controls that hold one line of it, follow; spacing does not.
    property real textScale: 1

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

    // Touch targets are at least 48 px: a thumb in a car park, not a mouse on a desk. They grow
    // with the text so that a line of it still fits with room around it.
    readonly property int touchTarget: Math.max(48, Math.round(2.5 * bodySize + 8))
    readonly property int spacing: 16
    readonly property int radius: 12
    readonly property int titleSize: Math.round(28 * textScale)
    readonly property int headingSize: Math.round(18 * textScale)
    readonly property int bodySize: Math.round(16 * textScale)
    readonly property int captionSize: Math.round(13 * textScale)
    // The widest a column of text gets, so that lines stay readable on a tablet.
    readonly property int readableWidth: 720
    // Below this width the phone layout applies (one column, bottom navigation).
    readonly property int tabletMinWidth: 600
    // On a tablet, the list beside the detail.
    readonly property int listPaneWidth: 360
}
