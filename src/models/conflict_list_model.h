#pragma once

#include "models/paged_list_model.h"

#include <QtQml/qqmlregistration.h>

// The conflicts to review: for each, what it is about (the person or customer and the field),
// the value kept and the one that lost, and when and on which device each was written.
class ConflictListModel : public PagedListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    using PagedListModel::PagedListModel;

protected:
    QList<QByteArray> roles() const override;
    rapport::Result<Page> readPage(const std::optional<rapport::PageKey> &after,
                                   int limit) override;
};
