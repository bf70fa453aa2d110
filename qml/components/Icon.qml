import QtQuick
import QtQuick.Shapes

// A line icon drawn from SVG path data on a 24 x 24 grid (Icons.qml), in the theme's colours and
// crisp at any size and pixel density: it is drawn as vectors at the size it has on screen. (A
// multisampled layer, for smoother edges on GPUs without antialiasing, drew nothing at a device
// pixel ratio above 1 on Qt 6.4's offscreen platform: rendered at 1x, 2x and 3x and looked at.)
Item {
    id: icon

    required property string path
    property color color: Theme.text

    implicitWidth: 24
    implicitHeight: 24
    // Shapes are smoothed by multisampling; the layer is the icon's own size on screen.
    Accessible.ignored: true // the control it sits in carries the name

    Shape {
        width: 24
        height: 24
        anchors.centerIn: parent
        scale: Math.min(icon.width, icon.height) / 24
        ShapePath {
            strokeColor: icon.color
            strokeWidth: 2
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            joinStyle: ShapePath.RoundJoin
            PathSvg {
                path: icon.path
            }
        }
    }
}
