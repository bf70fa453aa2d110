#include "models/account_people_model.h"

#include "app/attachment_images.h"
#include "app/database_session.h"
#include "models/display_text.h"
#include "notebook/notebook_queries.h"

QList<QByteArray> AccountPeopleModel::roles() const
{
    return {"documentId", "name", "role", "picture"};
}

rapport::Result<PagedListModel::Page>
AccountPeopleModel::readPage(const std::optional<rapport::PageKey> &after, int)
{
    m_hasDecisionMaker = false;
    if (after || accountId().isEmpty())
        return Page {};
    auto contacts = session()->queries()->contactsOfAccount(accountId().toStdString());
    if (!contacts)
        return contacts.error();
    std::vector<Row> rows;
    for (const auto &contact : *contacts) {
        m_hasDecisionMaker = m_hasDecisionMaker || contact.role == "decision_maker";
        rows.push_back(
            Row {{display::text(contact.id), display::text(contact.displayName),
                  display::buyingRole(contact.role),
                  contact.pictureDigest.empty()
                      ? QString()
                      : AttachmentImages::sourceOf(session()->path(), contact.pictureDigest)},
                 std::nullopt});
    }
    return Page {std::move(rows), false};
}
