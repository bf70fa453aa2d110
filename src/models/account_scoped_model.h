#pragma once

#include "models/paged_list_model.h"

// A list about one account (its people, visits, feedback): read again when the account changes.
class AccountScopedModel : public PagedListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(QString accountId READ accountId WRITE setAccountId NOTIFY accountIdChanged)

public:
    using PagedListModel::PagedListModel;

    QString accountId() const { return m_accountId; }
    void setAccountId(const QString &id)
    {
        if (id == m_accountId)
            return;
        m_accountId = id;
        emit accountIdChanged();
        reload();
    }

signals:
    void accountIdChanged();

protected:
    // An account's history as far back as a person scrolls on one screen.
    static constexpr int historyLimit = 100;

private:
    QString m_accountId;
};
