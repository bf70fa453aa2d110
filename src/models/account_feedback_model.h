#pragma once

#include "models/paged_list_model.h"

#include <QtQml/qqmlregistration.h>

// What one customer said about how well their expectations were met, newest first.
class AccountFeedbackModel : public PagedListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString accountId READ accountId WRITE setAccountId NOTIFY accountIdChanged)

public:
    using PagedListModel::PagedListModel;

    QString accountId() const { return m_accountId; }
    void setAccountId(const QString &id);

signals:
    void accountIdChanged();

protected:
    QList<QByteArray> roles() const override;
    rapport::Result<Page> readPage(const std::optional<rapport::PageKey> &after,
                                   int limit) override;

private:
    QString m_accountId;
};
