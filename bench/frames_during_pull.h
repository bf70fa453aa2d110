#pragma once

// Today's frames while a pull lands: the app's window (offscreen, phone-sized) is drawn again
// as soon as each frame is out, and the intervals between frames are measured for a second
// before the sync and then while the app's own sync (SyncController, its worker thread) pulls
// `documents` documents from the local development server into an empty notebook. A frame
// late by more than 32 ms is one the person sees stutter. Prints figures; asserts nothing.
void measureFramesDuringPull(int documents);
