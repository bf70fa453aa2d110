#pragma once

#include "controllers/document_editor.h"

#include <QtQml/qqmlregistration.h>

// An account (a customer company): name, town, segment, tier, contact cadence, size now and
// potential, notes. A name is all it needs.
class AccountEditor : public DocumentEditor
{
    Q_OBJECT
    QML_ELEMENT
    // "Bremen · retail · Tier A · visit every 30 days": what the account page says under the name.
    Q_PROPERTY(QString summary READ summary NOTIFY loaded)
    // "Size now 40 · potential 120"; empty when neither is known.
    Q_PROPERTY(QString sizeAndPotential READ sizeAndPotential NOTIFY loaded)

public:
    explicit AccountEditor(QObject *parent = nullptr) : DocumentEditor("account", parent) { }

    QString summary() const;
    QString sizeAndPotential() const;

protected:
    QString validate() const override;
};
