// Creating the customers and the people met: accounts and contacts.
#include "core/fields.h"
#include "core/ids.h"
#include "merge/local_editor.h"
#include "notebook/operations.h"
#include "notebook/place_fields.h"
#include "notebook/record_checks.h"
#include "store/store.h"

namespace rapport::notebook {

Result<std::string> createAccount(merge::LocalEditor &editor, const std::string &name)
{
    const auto typed = trimmed(name);
    if (typed.empty())
        return Error {Errc::BadRequest, "A new customer needs a name."};
    Document account {newDocumentId("account"),
                      {},
                      false,
                      Json {{"type", "account"}, {"schema", 1}, {"name", typed}}};
    if (auto saved = editor.save(account); !saved)
        return saved.error();
    return account.id;
}

Result<std::string> createContact(merge::LocalEditor &editor, const std::string &firstName,
                                  const std::string &lastName, const std::string &accountId)
{
    const auto first = trimmed(firstName);
    const auto last = trimmed(lastName);
    if (first.empty() && last.empty())
        return Error {Errc::BadRequest, "A person needs a first or a last name."};
    if (!accountId.empty())
        if (auto known = checkRecord(editor.store(), accountId, "account"); !known)
            return known.error();
    Document contact {
        newDocumentId("contact"), {}, false, Json {{"type", "contact"}, {"schema", 1}}};
    if (!first.empty())
        contact.body["firstName"] = first;
    if (!last.empty())
        contact.body["lastName"] = last;
    if (!accountId.empty())
        contact.body["accountId"] = accountId;
    if (auto saved = editor.save(contact); !saved)
        return saved.error();
    return contact.id;
}

Status pinAccountPlace(merge::LocalEditor &editor, const std::string &accountId,
                       const std::optional<places::GeoPoint> &place)
{
    if (place && !places::isValid(*place))
        return Error {Errc::BadRequest, "That is not a place on the earth."};
    return editRecord(editor, accountId, "account", [&place](Json &body) {
        if (place)
            body["place"] = placeJson(*place);
        else
            body.erase("place");
    });
}

} // namespace rapport::notebook
