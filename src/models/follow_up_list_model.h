#pragma once

#include "models/paged_list_model.h"

#include <QtQml/qqmlregistration.h>

// Follow-ups: the open ones, soonest due first (overdue ones marked), or the done ones.
class FollowUpListModel : public PagedListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool showDone READ showDone WRITE setShowDone NOTIFY showDoneChanged)

public:
    using PagedListModel::PagedListModel;

    bool showDone() const { return m_showDone; }
    void setShowDone(bool showDone);

signals:
    void showDoneChanged();

protected:
    QList<QByteArray> roles() const override;
    rapport::Result<Page> readPage(const std::optional<rapport::PageKey> &after,
                                   int limit) override;

private:
    bool m_showDone = false;
};
