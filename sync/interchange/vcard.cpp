#include "interchange/vcard.h"

#include "core/fields.h"
#include "interchange/content_line.h"
#include "interchange/personal_date.h"
#include "interchange/text_encoding.h"
#include "interchange/text_source.h"
#include "notebook/display_name.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <optional>
#include <set>

namespace rapport::interchange {

namespace {

constexpr std::size_t maxCardBytes = 1024 * 1024;
// A contact's fields that its vCard carries in properties of their own, or that belong to this
// notebook alone (its account, merge clocks): everything else travels in X-RAPPORT-FIELDS.
const std::set<std::string> cardFields {
    "_id",      "_rev",  "_deleted", "type",  "schema",   "clocks",      "accountId", "firstName",
    "lastName", "email", "phone",    "title", "birthday", "anniversary", "notes",     "tags"};

std::string upper(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return out;
}

struct ContentLine
{
    int line = 0;
    std::string name; // upper case, without its group
    std::multimap<std::string, std::string> params; // upper-case names; TYPE values upper case
    std::string value; // raw: escapes still in, quoted-printable already decoded
};

bool hasType(const ContentLine &line, std::string_view type)
{
    auto [first, last] = line.params.equal_range("TYPE");
    for (auto it = first; it != last; ++it)
        if (it->second == type)
            return true;
    return false;
}

std::string param(const ContentLine &line, const std::string &name)
{
    auto found = line.params.find(name);
    return found == line.params.end() ? std::string() : found->second;
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

std::string decodeQuotedPrintable(std::string_view text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '=' && i + 2 < text.size()) {
            const int high = hexDigit(text[i + 1]);
            const int low = hexDigit(text[i + 2]);
            if (high >= 0 && low >= 0) {
                out += static_cast<char>(high * 16 + low);
                i += 2;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

// Splits at `separator` where it is not escaped, and takes the escapes out of each part.
std::vector<std::string> splitValue(std::string_view value, char separator)
{
    std::vector<std::string> parts(1);
    for (std::size_t i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (c == '\\' && i + 1 < value.size()) {
            const char next = value[++i];
            parts.back() += (next == 'n' || next == 'N') ? '\n' : next;
        } else if (c == separator) {
            parts.emplace_back();
        } else {
            parts.back() += c;
        }
    }
    return parts;
}

std::string unescapeText(std::string_view value)
{
    return splitValue(value, '\0').front();
}

// "item1.TEL;TYPE=CELL,VOICE;PREF=1:+49 ..." into its parts; nullopt when it has no colon.
std::optional<ContentLine> parseContentLine(std::string_view text, int lineNumber)
{
    bool inQuotes = false;
    std::size_t colon = std::string_view::npos;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '"')
            inQuotes = !inQuotes;
        else if (text[i] == ':' && !inQuotes) {
            colon = i;
            break;
        }
    }
    if (colon == std::string_view::npos)
        return std::nullopt;
    ContentLine line;
    line.line = lineNumber;
    std::vector<std::string> head(1);
    inQuotes = false;
    for (const char c : text.substr(0, colon)) {
        if (c == '"')
            inQuotes = !inQuotes;
        else if (c == ';' && !inQuotes)
            head.emplace_back();
        else
            head.back() += c;
    }
    auto name = upper(trimmed(head.front()));
    if (auto dot = name.rfind('.'); dot != std::string::npos)
        name = name.substr(dot + 1);
    line.name = name;
    for (std::size_t i = 1; i < head.size(); ++i) {
        const auto &part = head[i];
        const auto equals = part.find('=');
        if (equals == std::string::npos) { // vCard 2.1: TEL;CELL;PREF
            const auto word = upper(trimmed(part));
            if (word == "QUOTED-PRINTABLE" || word == "BASE64")
                line.params.emplace("ENCODING", word);
            else
                line.params.emplace("TYPE", word);
            continue;
        }
        const auto key = upper(trimmed(part.substr(0, equals)));
        const auto values = part.substr(equals + 1);
        if (key == "TYPE") {
            for (const auto &value : splitValue(values, ','))
                line.params.emplace("TYPE", upper(trimmed(value)));
        } else {
            line.params.emplace(key, upper(key) == "ENCODING" ? upper(values) : values);
        }
    }
    line.value = std::string(text.substr(colon + 1));
    if (param(line, "ENCODING") == "QUOTED-PRINTABLE") {
        line.value = decodeQuotedPrintable(line.value);
        const auto charset = upper(param(line, "CHARSET"));
        if ((!charset.empty() && charset != "UTF-8") || !isValidUtf8(line.value))
            line.value = windows1252ToUtf8(line.value);
    }
    return line;
}

// The first value of a kind that is marked preferred, else the first; the rest after it.
std::vector<std::string> preferredFirst(const std::vector<const ContentLine *> &lines,
                                        std::string_view preferredType)
{
    std::vector<std::string> values;
    std::size_t preferred = lines.size();
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto &line = *lines[i];
        if (preferred == lines.size()
            && (hasType(line, "PREF") || !param(line, "PREF").empty()
                || hasType(line, preferredType)))
            preferred = i;
    }
    if (preferred < lines.size())
        values.push_back(trimmed(unescapeText(lines[preferred]->value)));
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (i != preferred)
            values.push_back(trimmed(unescapeText(lines[i]->value)));
    values.erase(std::remove(values.begin(), values.end(), std::string()), values.end());
    return values;
}

Json listOf(const std::vector<std::string> &values)
{
    Json list = Json::array();
    for (const auto &value : values)
        if (!value.empty() && std::find(list.begin(), list.end(), value) == list.end())
            list.push_back(value);
    return list;
}

void setDate(PersonRecord &person, const char *field, const char *label, const ContentLine &line)
{
    auto value = trimmed(unescapeText(line.value));
    if (param(line, "X-APPLE-OMIT-YEAR").size() == 4
        && value.starts_with(param(line, "X-APPLE-OMIT-YEAR")))
        value = "--" + value.substr(5);
    if (auto date = personalDate(value))
        person.fields[field] = *date;
    else if (!value.empty())
        person.leftOut.push_back(std::string(label) + " “" + value + "” is not a date");
}

// One card's lines as a person; the reason it cannot be one otherwise.
std::optional<std::string> readCard(const std::vector<ContentLine> &lines, PersonRecord &person)
{
    std::map<std::string, std::vector<const ContentLine *>> byName;
    for (const auto &line : lines)
        byName[line.name].push_back(&line);
    auto first = [&byName](const std::string &name) -> const ContentLine * {
        auto found = byName.find(name);
        return found == byName.end() ? nullptr : found->second.front();
    };
    auto &fields = person.fields;
    if (const auto *n = first("N")) {
        auto parts = splitValue(n->value, ';');
        parts.resize(5);
        const auto given = trimmed(trimmed(parts[1]) + " " + trimmed(parts[2]));
        if (!given.empty())
            fields["firstName"] = given;
        if (!trimmed(parts[0]).empty())
            fields["lastName"] = trimmed(parts[0]);
    }
    if (!fields.contains("firstName") && !fields.contains("lastName")) {
        if (const auto *fn = first("FN")) {
            const auto full = trimmed(unescapeText(fn->value));
            const auto space = full.rfind(' ');
            if (space == std::string::npos) {
                if (!full.empty())
                    fields["firstName"] = full;
            } else {
                fields["firstName"] = trimmed(full.substr(0, space));
                fields["lastName"] = trimmed(full.substr(space + 1));
            }
        }
    }
    if (const auto *org = first("ORG")) {
        auto parts = splitValue(org->value, ';');
        person.company = trimmed(parts.front());
        if (parts.size() > 1 && !trimmed(parts[1]).empty())
            fields["department"] = trimmed(parts[1]);
    }
    if (!fields.contains("firstName") && !fields.contains("lastName"))
        return person.company.empty() ? "it has no name"
                                      : "it names a company (" + person.company + ") but no person";
    if (const auto *uid = first("UID"))
        person.uid = trimmed(unescapeText(uid->value));
    if (auto emails = preferredFirst(byName["EMAIL"], "INTERNET"); !emails.empty()) {
        fields["email"] = emails.front();
        if (emails.size() > 1)
            fields["otherEmails"] = listOf({emails.begin() + 1, emails.end()});
    }
    if (auto phones = preferredFirst(byName["TEL"], "CELL"); !phones.empty()) {
        fields["phone"] = phones.front();
        if (phones.size() > 1)
            fields["otherPhones"] = listOf({phones.begin() + 1, phones.end()});
    }
    if (const auto *title = first("TITLE"); title && !trimmed(unescapeText(title->value)).empty())
        fields["title"] = trimmed(unescapeText(title->value));
    if (const auto *bday = first("BDAY"))
        setDate(person, "birthday", "Birthday", *bday);
    for (const char *name :
         {"ANNIVERSARY", "X-ANNIVERSARY", "X-MS-ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY"})
        if (const auto *anniversary = first(name); anniversary && !fields.contains("anniversary"))
            setDate(person, "anniversary", "Anniversary", *anniversary);
    std::string notes;
    for (const auto *note : byName["NOTE"]) {
        const auto text = trimmed(unescapeText(note->value));
        if (!text.empty())
            notes += (notes.empty() ? "" : "\n\n") + text;
    }
    if (!notes.empty())
        fields["notes"] = notes;
    std::vector<std::string> tags;
    for (const auto *categories : byName["CATEGORIES"])
        for (const auto &tag : splitValue(categories->value, ','))
            tags.push_back(trimmed(tag));
    if (auto list = listOf(tags); !list.empty())
        fields["tags"] = list;
    if (const auto *adr = first("ADR")) {
        std::string address;
        for (const auto &part : splitValue(adr->value, ';'))
            if (!trimmed(part).empty())
                address += (address.empty() ? "" : ", ") + trimmed(part);
        if (!address.empty())
            fields["address"] = address;
    }
    if (const auto *url = first("URL"); url && !trimmed(unescapeText(url->value)).empty())
        fields["website"] = trimmed(unescapeText(url->value));
    if (const auto *own = first("X-RAPPORT-FIELDS")) {
        const auto text = unescapeText(own->value);
        auto extra = nestingExceeds(text, 64) ? Json() : Json::parse(text, nullptr, false);
        if (!extra.is_object()) {
            person.leftOut.push_back("Rapport's own fields (X-RAPPORT-FIELDS) were not readable");
        } else {
            for (const auto &[key, value] : extra.items())
                if (!cardFields.contains(key) && !key.starts_with('_') && !fields.contains(key))
                    fields[key] = value;
        }
    }
    return std::nullopt;
}

// The file's content lines with folding undone, one at a time: a line that starts with a space
// or tab continues the one before, and a quoted-printable value ending in "=" continues on the
// next line. A line past a card's largest size is not kept whole (its card is skipped anyway).
class UnfoldedLines
{
public:
    explicit UnfoldedLines(TextSource &text) : m_lines(text) { }

    struct Line
    {
        int number = 0;
        std::string text;
        std::size_t bytes = 0; // its whole length, kept or not
    };

    bool next(Line &line)
    {
        if (!m_ahead && !readAhead())
            return false;
        line = std::move(*m_ahead);
        m_ahead.reset();
        std::string physical;
        while (m_lines.next(physical)) {
            if (softBreak(line.text)) {
                line.text.pop_back(); // the "=" that broke the line
                append(line, physical);
            } else if (!physical.empty() && (physical.front() == ' ' || physical.front() == '\t')) {
                append(line, std::string_view(physical).substr(1));
            } else if (!physical.empty()) {
                const auto bytes = physical.size();
                m_ahead = Line {m_lines.number(), std::move(physical), bytes};
                break;
            }
        }
        return true;
    }

private:
    bool readAhead()
    {
        std::string physical;
        while (m_lines.next(physical))
            if (!physical.empty()) {
                m_ahead = Line {m_lines.number(), physical, physical.size()};
                return true;
            }
        return false;
    }

    static bool softBreak(const std::string &text)
    {
        return text.ends_with('=')
            && upper(std::string_view(text).substr(0, text.find(':'))).find("QUOTED-PRINTABLE")
            != std::string::npos;
    }

    static void append(Line &line, std::string_view more)
    {
        line.bytes += more.size();
        if (line.bytes <= maxCardBytes)
            line.text += more;
    }

    LineSource m_lines;
    std::optional<Line> m_ahead;
};

class VCardPeople : public PeopleSource
{
public:
    explicit VCardPeople(TextSource &text) : m_lines(text) { }

    bool next(PersonRecord &person) override
    {
        UnfoldedLines::Line physical;
        while (m_lines.next(physical)) {
            // Only a short line can be BEGIN or END: a long one is not upper-cased to find out.
            const auto head
                = physical.text.size() < 32 ? upper(trimmed(physical.text)) : std::string();
            if (head == "BEGIN:VCARD") {
                if (m_card)
                    m_skipped.push_back(
                        {where(), "it does not end (no END:VCARD before the next card)"});
                m_card.emplace();
                ++m_cardNumber;
                m_cardLine = physical.number;
                m_cardBytes = 0;
                continue;
            }
            if (!m_card)
                continue; // text between cards
            if (head == "END:VCARD") {
                const auto card = std::move(*m_card);
                m_card.reset();
                person = PersonRecord {};
                if (m_cardBytes > maxCardBytes) {
                    m_skipped.push_back({where(), "it is larger than 1 MB"});
                } else if (auto why = readCard(card, person)) {
                    m_skipped.push_back({where(), *why});
                } else {
                    person.where = "card " + std::to_string(m_cardNumber) + " ("
                        + notebook::personName(person.fields) + ", line "
                        + std::to_string(m_cardLine) + ")";
                    return true;
                }
                continue;
            }
            m_cardBytes += physical.bytes;
            if (m_cardBytes > maxCardBytes)
                continue;
            auto line = parseContentLine(physical.text, physical.number);
            if (line && line->name != "PHOTO" && line->name != "SOUND" && line->name != "LOGO"
                && line->name != "KEY")
                m_card->push_back(std::move(*line));
        }
        if (!std::exchange(m_ended, true)) {
            if (m_card)
                m_skipped.push_back({where(), "it does not end (the file stops inside it)"});
            if (m_cardNumber == 0)
                m_skipped.push_back({"the file", "it holds no vCard (no BEGIN:VCARD line)"});
        }
        return false;
    }

private:
    std::string where() const
    {
        return "card " + std::to_string(m_cardNumber) + " (line " + std::to_string(m_cardLine)
            + ")";
    }

    UnfoldedLines m_lines;
    std::optional<std::vector<ContentLine>> m_card;
    int m_cardNumber = 0;
    int m_cardLine = 0;
    std::size_t m_cardBytes = 0;
    bool m_ended = false;
};

} // namespace

std::unique_ptr<PeopleSource> readVCards(TextSource &text)
{
    return std::make_unique<VCardPeople>(text);
}

PeopleFile readVCards(std::string_view bytes)
{
    return readAllPeople(bytes, [](TextSource &text) { return readVCards(text); });
}

std::string writeVCard(const std::string &id, const Json &contact, const std::string &company)
{
    std::string out;
    const auto first = stringMember(contact, "firstName");
    const auto last = stringMember(contact, "lastName");
    appendFolded(out, "BEGIN:VCARD");
    appendFolded(out, "VERSION:3.0");
    appendFolded(out, "UID:" + escapeText(id));
    appendFolded(out, "FN:" + escapeText(trimmed(first + " " + last)));
    appendFolded(out, "N:" + escapeText(last) + ";" + escapeText(first) + ";;;");
    if (!company.empty())
        appendFolded(out, "ORG:" + escapeText(company));
    auto simple = [&](const char *key, const std::string &property) {
        if (const auto value = stringMember(contact, key); !value.empty())
            appendFolded(out, property + ":" + escapeText(value));
    };
    simple("title", "TITLE");
    simple("email", "EMAIL;TYPE=INTERNET");
    simple("phone", "TEL;TYPE=CELL");
    simple("birthday", "BDAY");
    simple("anniversary", "X-ANNIVERSARY");
    simple("notes", "NOTE");
    if (auto tags = contact.find("tags"); tags != contact.end() && tags->is_array()) {
        std::string joined;
        for (const auto &tag : *tags)
            if (tag.is_string())
                joined += (joined.empty() ? "" : ",") + escapeText(tag.get<std::string>());
        if (!joined.empty())
            appendFolded(out, "CATEGORIES:" + joined);
    }
    Json rest = Json::object();
    for (const auto &[key, value] : contact.items())
        if (!cardFields.contains(key) && !key.starts_with('_'))
            rest[key] = value;
    if (!rest.empty())
        appendFolded(out,
                     "X-RAPPORT-FIELDS:"
                         + escapeText(rest.dump(-1, ' ', false, Json::error_handler_t::replace)));
    appendFolded(out, "END:VCARD");
    return out;
}

} // namespace rapport::interchange
