#pragma once

#include <QString>
#include <string>

namespace display {

// A sentence of the core library (which knows no Qt and writes English) in the app's language.
// The sentences a person may read are listed in core_messages.cpp as patterns, "%1" for what
// varies ("“%1” is not a date."); any other message comes through as it was written.
QString translatedMessage(const std::string &message);

} // namespace display
