import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The heading over a group of rows; a second line when large text needs one.
Label {
    Layout.fillWidth: true
    wrapMode: Text.Wrap
    leftPadding: Theme.spacing
    topPadding: Theme.spacing
    bottomPadding: Theme.spacing / 2
    color: Theme.accent
    font.pixelSize: Theme.captionSize
    font.bold: true
    font.capitalization: Font.AllUppercase
}
