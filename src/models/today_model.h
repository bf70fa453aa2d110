#pragma once

#include "models/paged_list_model.h"

#include <QtQml/qqmlregistration.h>

// Today's agenda in one list, in sections: visits of the day, follow-ups due or overdue,
// birthdays and anniversaries of the coming week (with the ways to congratulate), recent visits
// that promised nothing, and customers past their contact cadence.
// Each section is bounded; the whole list is one page.
class TodayModel : public PagedListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    using PagedListModel::PagedListModel;

    // What a row's buttons offer (each row's `actions`: [{action, label}]); TodayActions does it.
    enum class Action {
        Email, // congratulate by e-mail
        TextMessage, // ... by text message
        Copy, // ... with the words copied, to paste anywhere
        PlanFollowUp, // after a visit that promised nothing
        NoFollowUpNeeded,
        MarkDone, // a follow-up due, ticked off where it shows
    };
    Q_ENUM(Action)

protected:
    QList<QByteArray> roles() const override;
    rapport::Result<Page> readPage(const std::optional<rapport::PageKey> &after,
                                   int limit) override;
};
