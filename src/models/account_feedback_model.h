#pragma once

#include "models/account_scoped_model.h"

#include <QtQml/qqmlregistration.h>

// What one customer said about how well their expectations were met, newest first.
class AccountFeedbackModel : public AccountScopedModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    using AccountScopedModel::AccountScopedModel;

protected:
    QList<QByteArray> roles() const override;
    rapport::Result<Page> readPage(const std::optional<rapport::PageKey> &after,
                                   int limit) override;
};
