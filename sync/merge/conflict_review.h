#pragma once

#include "core/error.h"

#include <string>

namespace rapport::merge {

class LocalEditor;

// What a person does with a conflict document (type "conflict") after a merge: bring the value
// that lost back into the document, as a new edit of theirs (stamped now, so it wins from here
// on), or dismiss it. Either way the conflict document says so and leaves the open list.
// Restoring a recorded deletion deletes the document.
Status restoreConflict(LocalEditor &editor, const std::string &conflictId);
Status dismissConflict(LocalEditor &editor, const std::string &conflictId);

} // namespace rapport::merge
