#pragma once

#include "models/paged_list_model.h"

#include <QtQml/qqmlregistration.h>

// Trade-show leads, newest first; or only those never followed up (not a customer yet, and no
// follow-up made from them): the ones about to go cold.
class LeadListModel : public PagedListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool neverFollowedUp READ neverFollowedUp WRITE setNeverFollowedUp NOTIFY
                   neverFollowedUpChanged)

public:
    using PagedListModel::PagedListModel;

    bool neverFollowedUp() const { return m_neverFollowedUp; }
    void setNeverFollowedUp(bool only);

signals:
    void neverFollowedUpChanged();

protected:
    QList<QByteArray> roles() const override;
    rapport::Result<Page> readPage(const std::optional<rapport::PageKey> &after,
                                   int limit) override;

private:
    bool m_neverFollowedUp = false;
};
