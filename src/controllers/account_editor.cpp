#include "controllers/account_editor.h"

QString AccountEditor::validate() const
{
    if (text(QStringLiteral("name")).isEmpty())
        return QStringLiteral("An account needs a name.");
    return {};
}
