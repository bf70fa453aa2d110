#pragma once

#include "brief/visit_brief.h"

#include <QDate>
#include <QStringList>

namespace display {

// The brief before a visit as lines to read: last time, what was promised, what to ask about,
// what their company said last, a birthday or anniversary coming up. `forAccount` names whose
// birthday it is (a person's own brief does not need to).
QStringList briefLines(const rapport::VisitBrief &brief, const QDate &today, bool forAccount);

} // namespace display
