// People in the tables the screens read: by name, by account, by birthday and anniversary, and
// by normalised e-mail and phone (how a person created on two devices is found twice).
#include "core/fields.h"
#include "notebook/display_name.h"
#include "notebook/index_fields.h"
#include "notebook/kind_index.h"
#include "notebook/search_index.h"
#include "store/sqlite.h"

#include <string>

namespace rapport::notebook {

// Named as well as anonymous: a unity build compiles the kinds' files as one, and each
// names its parts alike.
namespace {
namespace contact_kind {

constexpr std::string_view tables[] = {"contacts"};

constexpr std::string_view schema = R"sql(
    CREATE TABLE contacts (
        doc            INTEGER PRIMARY KEY REFERENCES docs(doc),
        account_id     TEXT,
        sort_name      TEXT NOT NULL,
        display_name   TEXT NOT NULL,
        role           TEXT,
        birthday_md    TEXT,
        email          TEXT,
        phone          TEXT,
        anniversary_md TEXT,
        greetings      TEXT  -- the ids of the greetings sent, "birthday-2026 anniversary-2025"
    );
    CREATE INDEX contacts_by_name ON contacts(sort_name COLLATE NOCASE, doc);
    CREATE INDEX contacts_by_account ON contacts(account_id);
    CREATE INDEX contacts_by_account_name
        ON contacts(account_id, display_name COLLATE NOCASE) WHERE account_id IS NOT NULL;
    -- With the name: a week's birthdays are sorted and cut to a page from the index alone,
    -- before a row is read (notebook_queries.cpp, occasions).
    CREATE INDEX contacts_by_birthday ON contacts(birthday_md, sort_name COLLATE NOCASE);
    CREATE INDEX contacts_by_anniversary ON contacts(anniversary_md, sort_name COLLATE NOCASE)
        WHERE anniversary_md IS NOT NULL;
    CREATE INDEX contacts_by_email ON contacts(email) WHERE email IS NOT NULL;
    CREATE INDEX contacts_by_phone ON contacts(phone) WHERE phone IS NOT NULL;
)sql";

// The greetings sent, as Today's occasions read them: their ids, space-separated.
std::optional<std::string> greetingsSent(const Json &body)
{
    auto greetings = body.find("greetings");
    if (greetings == body.end() || !greetings->is_array())
        return std::nullopt;
    std::string ids;
    for (const Json &greeting : *greetings) {
        const auto id = greeting.is_object() ? stringMember(greeting, "id") : std::string();
        if (!id.empty())
            ids += (ids.empty() ? "" : " ") + id;
    }
    return ids.empty() ? std::nullopt : std::optional(ids);
}

std::string joinNames(const std::string &first, const std::string &second)
{
    if (first.empty())
        return second;
    if (second.empty())
        return first;
    return first + " " + second;
}

Status index(sqlite::Database &db, std::int64_t doc, const Json &body)
{
    const auto first = stringMember(body, "firstName");
    const auto last = stringMember(body, "lastName");
    const auto display = personName(body);
    const auto sortName = last.empty() ? display : joinNames(last, first);
    auto query = db.prepare("INSERT INTO contacts(doc, account_id, sort_name, display_name, role, "
                            "birthday_md, email, phone, anniversary_md, greetings) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!query)
        return query.error();
    query->bind(1, doc).bind(2, optionalText(body, "accountId")).bind(3, sortName);
    query->bind(4, display).bind(5, optionalText(body, "role"));
    query->bind(6, monthDay(optionalText(body, "birthday")));
    query->bind(7, normalisedEmail(optionalText(body, "email")));
    query->bind(8, normalisedPhone(optionalText(body, "phone")));
    query->bind(9, monthDay(optionalText(body, "anniversary")));
    query->bind(10, greetingsSent(body));
    if (auto inserted = query->run(); !inserted)
        return inserted;
    return search_index::add(
        db, doc, display,
        searchableText(body,
                       {"company", "title", "email", "phone", "town", "preferredLanguage", "family",
                        "hobbies", "likes", "dislikes", "interests", "howWeMet", "tags", "notes"}));
}

Status unindex(sqlite::Database &db, std::int64_t doc)
{
    return runForDocument(db, doc, "DELETE FROM contacts WHERE doc = ?1");
}

// What its page edits.
constexpr RecordField fields[] = {
    {"firstName", FieldKind::Text},
    {"lastName", FieldKind::Text},
    {"accountId", FieldKind::Text},
    {"role", FieldKind::Text},
    {"phone", FieldKind::Text},
    {"email", FieldKind::Text},
    {"preferredChannel", FieldKind::Text},
    {"preferredTime", FieldKind::Text},
    {"preferredLanguage", FieldKind::Text},
    {"howWeMet", FieldKind::Text},
    {"notes", FieldKind::Text},
    {"hobbies", FieldKind::List},
    {"likes", FieldKind::List},
    {"dislikes", FieldKind::List},
    {"birthday", FieldKind::PersonalDate},
    {"anniversary", FieldKind::PersonalDate},
};

} // namespace contact_kind
} // namespace

// 2: the preferred language is searched. 3: the greetings sent are a column. 4: the birthday
// and anniversary indexes hold the name.
constinit const KindIndex contactKind {"contact",
                                       4,
                                       contact_kind::schema,
                                       contact_kind::tables,
                                       contact_kind::index,
                                       contact_kind::unindex,
                                       contact_kind::fields};

} // namespace rapport::notebook
