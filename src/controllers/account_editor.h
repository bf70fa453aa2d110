#pragma once

#include "controllers/document_editor.h"

#include <QtQml/qqmlregistration.h>

// An account (a customer company): name, town, segment, tier, contact cadence, size now and
// potential, notes. A name is all it needs.
class AccountEditor : public DocumentEditor
{
    Q_OBJECT
    QML_ELEMENT

public:
    explicit AccountEditor(QObject *parent = nullptr) : DocumentEditor("account", parent) { }

protected:
    QString validate() const override;
};
