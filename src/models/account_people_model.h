#pragma once

#include "models/account_scoped_model.h"

#include <QtQml/qqmlregistration.h>

// The people known at one account, with their buying role, and whether any of them decides.
class AccountPeopleModel : public AccountScopedModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool hasDecisionMaker READ hasDecisionMaker NOTIFY countChanged)

public:
    using AccountScopedModel::AccountScopedModel;

    bool hasDecisionMaker() const { return m_hasDecisionMaker; }

protected:
    QList<QByteArray> roles() const override;
    rapport::Result<Page> readPage(const std::optional<rapport::PageKey> &after,
                                   int limit) override;

private:
    bool m_hasDecisionMaker = false;
};
