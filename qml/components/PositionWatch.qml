import QtQuick
import Rapport

// Asks for where the device is while `active` (its page shows): Whereabouts reads positions
// only while some page asks, and only with the person's consent.
QtObject {
    id: watch

    required property Whereabouts whereabouts
    property bool active: true
    property bool watching: false

    function update() {
        const wanted = watch.active;
        if (wanted === watch.watching)
            return;
        watch.watching = wanted;
        if (wanted)
            watch.whereabouts.watch();
        else
            watch.whereabouts.unwatch();
    }
    onActiveChanged: update()
    Component.onCompleted: update()
    Component.onDestruction: {
        if (watch.watching)
            watch.whereabouts.unwatch();
    }
}
