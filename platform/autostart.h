#pragma once

#include <QString>

namespace rapport::platform {

// Starting the background agent at login on a Linux desktop: an XDG autostart entry
// (~/.config/autostart/rapport.desktop) that runs `rapport --background`, written when the
// person turns it on in Settings and removed when they turn it off. (The Debian package also
// brings a systemd user unit for those who prefer `systemctl --user enable rapport`.)
namespace autostart {

QString entryPath();
bool enabled();
// `program`: the app's own path, so the entry starts the same build that wrote it.
bool enable(const QString &program);
bool disable();

} // namespace autostart

} // namespace rapport::platform
