#include "controllers/keyboard.h"

#include <QVariant>

namespace {

Qt::InputMethodHints hintsFor(Keyboard::Layout layout)
{
    switch (layout) {
    case Keyboard::Layout::Phone:
        return Qt::ImhDialableCharactersOnly;
    case Keyboard::Layout::Email:
        return Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase;
    case Keyboard::Layout::Date: // ISO dates stay typeable: numbers first, the dash still there
        return Qt::ImhPreferNumbers | Qt::ImhDate;
    case Keyboard::Layout::Text:
        break;
    }
    return Qt::ImhNone;
}

} // namespace

void Keyboard::setLayout(Layout layout)
{
    if (layout == m_layout)
        return;
    m_layout = layout;
    parent()->setProperty("inputMethodHints", QVariant::fromValue(hintsFor(layout)));
    emit layoutChanged();
}
