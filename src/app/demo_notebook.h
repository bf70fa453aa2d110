#pragma once

#include <QDate>
#include <QString>

namespace rapport {
class Store;
}

// Fills an empty notebook with a salesperson's plausible month around `today`: customers,
// the people there with their families and interests, past visits, visits planned today,
// follow-ups due and overdue, and birthdays this week. For trying the app and for the
// README's pictures; the same day gives the same notebook.
// Refuses (with a message) a notebook that already holds documents.
QString fillDemoNotebook(rapport::Store &store, const QDate &today);
