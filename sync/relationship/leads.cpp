#include "relationship/leads.h"

#include "core/fields.h"
#include "core/ids.h"
#include "merge/local_editor.h"
#include "notebook/display_name.h"
#include "notebook/notebook_queries.h"
#include "store/store.h"

namespace rapport::relationship {

Json leadFieldsFromBadge(const interchange::PersonRecord &badge)
{
    Json lead = Json::object();
    const auto name = notebook::personName(badge.fields);
    if (!name.empty())
        lead["name"] = name;
    if (!badge.company.empty())
        lead["company"] = badge.company;
    for (const char *key : {"email", "phone", "title"})
        if (const auto value = stringMember(badge.fields, key); !value.empty())
            lead[key] = value;
    return lead;
}

Result<Conversion> convertLead(merge::LocalEditor &editor, const std::string &leadId)
{
    auto &store = editor.store();
    Conversion done;
    auto status = store.writeBatch([&]() -> Status {
        auto lead = store.get(leadId);
        if (!lead)
            return lead.error();
        if (const auto became = stringMember(lead->body, "contactId"); !became.empty())
            return Error {Errc::Conflict, "this lead is already the contact " + became};
        const auto company = stringMember(lead->body, "company");
        if (!company.empty()) {
            auto found = NotebookQueries(store).accountNamed(company);
            if (!found)
                return found.error();
            if (*found) {
                done.accountId = **found;
            } else {
                Document account {newDocumentId("account"),
                                  {},
                                  false,
                                  Json {{"type", "account"}, {"schema", 1}, {"name", company}}};
                if (auto saved = editor.save(account); !saved)
                    return saved.error();
                done.accountId = account.id;
            }
        }
        Json contact {{"type", "contact"}, {"schema", 1}};
        const auto name = stringMember(lead->body, "name");
        const auto space = name.rfind(' ');
        if (space == std::string::npos) {
            contact["firstName"] = name;
        } else {
            contact["firstName"] = name.substr(0, space);
            contact["lastName"] = name.substr(space + 1);
        }
        if (!done.accountId.empty())
            contact["accountId"] = done.accountId;
        for (const char *key : {"email", "phone", "title"})
            if (const auto value = stringMember(lead->body, key); !value.empty())
                contact[key] = value;
        if (auto interests = lead->body.find("interests");
            interests != lead->body.end() && interests->is_array() && !interests->empty())
            contact["interests"] = *interests;
        std::string howWeMet = "Met at "
            + (stringMember(lead->body, "event").empty() ? std::string("a trade show")
                                                         : stringMember(lead->body, "event"));
        if (const auto on = stringMember(lead->body, "capturedOn"); !on.empty())
            howWeMet += " on " + on;
        contact["howWeMet"] = howWeMet;
        if (const auto notes = stringMember(lead->body, "notes"); !notes.empty())
            contact["notes"] = notes;
        done.contactId = newDocumentId("contact");
        if (auto saved = editor.save(Document {done.contactId, {}, false, contact}); !saved)
            return saved.error();
        lead->body["contactId"] = done.contactId;
        if (!done.accountId.empty())
            lead->body["accountId"] = done.accountId;
        if (auto saved = editor.save(*lead); !saved)
            return saved.error();
        return {};
    });
    if (!status)
        return status.error();
    return done;
}

} // namespace rapport::relationship
