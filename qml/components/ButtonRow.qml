import QtQuick
import QtQuick.Layouts

// Buttons side by side, or one above the other when their words do not fit side by side (large
// text, a language with longer words): no button's label is ever cut short.
GridLayout {
    id: row

    // What the buttons need side by side, from their own widths.
    readonly property real widthSideBySide: {
        let sum = row.columnSpacing * Math.max(0, row.visibleChildren.length - 1);
        for (let i = 0; i < row.visibleChildren.length; ++i)
            sum += row.visibleChildren[i].implicitWidth;
        return sum;
    }

    // The row has the width of its place; whether the buttons fit in it decides the columns.
    Layout.fillWidth: true
    columns: widthSideBySide <= width ? Math.max(1, visibleChildren.length) : 1
    columnSpacing: Theme.spacing / 2
    rowSpacing: Theme.spacing / 2
}
