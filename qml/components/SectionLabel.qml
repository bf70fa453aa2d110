import QtQuick
import QtQuick.Controls

// The heading over a group of rows.
Label {
    leftPadding: Theme.spacing
    topPadding: Theme.spacing
    bottomPadding: Theme.spacing / 2
    color: Theme.accent
    font.pixelSize: Theme.captionSize
    font.bold: true
    font.capitalization: Font.AllUppercase
}
