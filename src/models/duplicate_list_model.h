#pragma once

#include "models/paged_list_model.h"

#include <QtQml/qqmlregistration.h>

// Contacts that look like one person (the same e-mail, phone, or name in one company), waiting
// to be compared: from two devices that each added them, or from an import.
class DuplicateListModel : public PagedListModel
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
