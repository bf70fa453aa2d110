#pragma once

#include "models/account_scoped_model.h"

#include <QtQml/qqmlregistration.h>

// One account's visits, newest first: what was talked about and how it went.
class AccountVisitsModel : public AccountScopedModel
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
