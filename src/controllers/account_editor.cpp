#include "controllers/account_editor.h"

#include <QLocale>
#include <QStringList>

QString AccountEditor::summary() const
{
    QStringList parts;
    for (const auto *key : {"town", "segment"})
        if (const auto value = text(QString::fromLatin1(key)); !value.isEmpty())
            parts.append(value);
    if (const auto tier = text(QStringLiteral("tier")); !tier.isEmpty())
        parts.append(tr("Tier %1").arg(tier));
    if (const int days = number(QStringLiteral("cadenceDays")); days > 0)
        parts.append(tr("visit every %n day(s)", nullptr, days));
    return parts.join(QStringLiteral(" · "));
}

QString AccountEditor::sizeAndPotential() const
{
    const int size = number(QStringLiteral("size"));
    const int potential = number(QStringLiteral("potential"));
    if (size <= 0 && potential <= 0)
        return {};
    // Numbers as the language writes them: 12,500 in English, 12.500 in German.
    const QLocale locale;
    return tr("Size now %1 · potential %2").arg(locale.toString(size), locale.toString(potential));
}

QString AccountEditor::validate() const
{
    if (text(QStringLiteral("name")).isEmpty())
        return tr("An account needs a name.");
    return {};
}
