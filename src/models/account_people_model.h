#pragma once

#include "models/paged_list_model.h"

#include <QtQml/qqmlregistration.h>

// The people known at one account, with their buying role, and whether any of them decides.
class AccountPeopleModel : public PagedListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString accountId READ accountId WRITE setAccountId NOTIFY accountIdChanged)
    Q_PROPERTY(bool hasDecisionMaker READ hasDecisionMaker NOTIFY countChanged)

public:
    using PagedListModel::PagedListModel;

    QString accountId() const { return m_accountId; }
    void setAccountId(const QString &id);
    bool hasDecisionMaker() const { return m_hasDecisionMaker; }

signals:
    void accountIdChanged();

protected:
    QList<QByteArray> roles() const override;
    rapport::Result<Page> readPage(const std::optional<rapport::PageKey> &after,
                                   int limit) override;

private:
    QString m_accountId;
    bool m_hasDecisionMaker = false;
};
