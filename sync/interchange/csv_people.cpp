#include "interchange/csv_people.h"

#include "core/fields.h"
#include "interchange/csv.h"
#include "interchange/personal_date.h"
#include "interchange/text_encoding.h"
#include "interchange/text_source.h"
#include "notebook/display_name.h"

#include <algorithm>
#include <cctype>
#include <memory>
#include <optional>
#include <utility>

namespace rapport::interchange {

namespace {

constexpr std::size_t maxCellBytes = 100 * 1024;

enum class Column {
    Unknown,
    Ignored, // known, and deliberately not imported (Rapport's own _rev, type, schema)
    Id,
    FirstName,
    LastName,
    FullName,
    Email,
    Phone,
    Company,
    Title,
    Birthday,
    Anniversary,
    Notes,
    Tags,
    Role,
    Own, // a field of Rapport's own export, by its own name
};

// "E-mail 1 - Value" -> "email1value": headers differ in case, spaces and punctuation only.
std::string normalised(std::string_view header)
{
    std::string out;
    for (const char c : header)
        if (std::isalnum(static_cast<unsigned char>(c)))
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool isIdentifier(std::string_view header)
{
    return !header.empty() && std::all_of(header.begin(), header.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
    });
}

Column columnFor(const std::string &header, bool rapportExport)
{
    const auto name = normalised(header);
    struct Known
    {
        const char *name;
        Column column;
    };
    static constexpr Known exact[] = {
        {"id", Column::Id},
        {"rev", Column::Ignored},
        {"type", Column::Ignored},
        {"schema", Column::Ignored},
        {"clocks", Column::Ignored},
        {"accountid", Column::Ignored},
        {"firstname", Column::FirstName},
        {"givenname", Column::FirstName},
        {"first", Column::FirstName},
        {"vorname", Column::FirstName},
        {"lastname", Column::LastName},
        {"familyname", Column::LastName},
        {"surname", Column::LastName},
        {"last", Column::LastName},
        {"nachname", Column::LastName},
        {"name", Column::FullName},
        {"fullname", Column::FullName},
        {"displayname", Column::FullName},
        {"company", Column::Company},
        {"companyname", Column::Company},
        {"organization", Column::Company},
        {"organisation", Column::Company},
        {"organization1name", Column::Company},
        {"account", Column::Company},
        {"customer", Column::Company},
        {"firma", Column::Company},
        {"title", Column::Title},
        {"jobtitle", Column::Title},
        {"organization1title", Column::Title},
        {"position", Column::Title},
        {"birthday", Column::Birthday},
        {"dateofbirth", Column::Birthday},
        {"geburtstag", Column::Birthday},
        {"anniversary", Column::Anniversary},
        {"notes", Column::Notes},
        {"note", Column::Notes},
        {"notizen", Column::Notes},
        {"tags", Column::Tags},
        {"categories", Column::Tags},
        {"labels", Column::Tags},
        {"groupmembership", Column::Tags},
        {"role", Column::Role},
        {"buyingrole", Column::Role},
    };
    for (const auto &known : exact)
        if (name == known.name)
            return known.column;
    if (name.starts_with("email"))
        return name.ends_with("type") || name.ends_with("label") ? Column::Ignored : Column::Email;
    if (name.starts_with("phone") || name.starts_with("mobile") || name.starts_with("telefon")
        || name.ends_with("phone") || name == "handy")
        return name.ends_with("type") || name.ends_with("label") ? Column::Ignored : Column::Phone;
    if (rapportExport && isIdentifier(header))
        return Column::Own;
    return Column::Unknown;
}

void addToList(Json &fields, const char *key, const std::string &value)
{
    if (!fields.contains(key))
        fields[key] = Json::array();
    if (std::find(fields[key].begin(), fields[key].end(), value) == fields[key].end())
        fields[key].push_back(value);
}

// A cell of Rapport's own export: lists and objects were written as JSON.
Json ownValue(const std::string &cell)
{
    if ((cell.starts_with('[') || cell.starts_with('{')) && !nestingExceeds(cell, 64)) {
        auto parsed = Json::parse(cell, nullptr, false);
        if (!parsed.is_discarded())
            return parsed;
    }
    return cell;
}

void readDate(PersonRecord &person, const char *field, const char *label, const std::string &cell)
{
    if (auto date = personalDate(cell))
        person.fields[field] = *date;
    else
        person.leftOut.push_back(std::string(label) + " “" + cell + "” is not a date");
}

// A row's cells as a person's fields, by the columns the header named.
void readRow(const std::vector<std::string> &cells, const std::vector<Column> &columns,
             const std::vector<std::string> &header, PersonRecord &person)
{
    bool tooLong = false;
    for (std::size_t i = 0; i < std::min(cells.size(), columns.size()); ++i) {
        if (cells[i].size() > maxCellBytes) {
            tooLong = true;
            continue;
        }
        const auto cell = trimmed(readCsvCell(cells[i]));
        if (cell.empty())
            continue;
        auto &fields = person.fields;
        switch (columns[i]) {
        case Column::Unknown:
        case Column::Ignored:
            break;
        case Column::Id:
            person.uid = cell;
            break;
        case Column::FirstName:
            fields["firstName"] = cell;
            break;
        case Column::LastName:
            fields["lastName"] = cell;
            break;
        case Column::FullName:
            if (!fields.contains("firstName") && !fields.contains("lastName")) {
                const auto space = cell.rfind(' ');
                if (space == std::string::npos) {
                    fields["firstName"] = cell;
                } else {
                    fields["firstName"] = trimmed(cell.substr(0, space));
                    fields["lastName"] = trimmed(cell.substr(space + 1));
                }
            }
            break;
        case Column::Email:
            if (!fields.contains("email"))
                fields["email"] = cell;
            else
                addToList(fields, "otherEmails", cell);
            break;
        case Column::Phone:
            if (!fields.contains("phone"))
                fields["phone"] = cell;
            else
                addToList(fields, "otherPhones", cell);
            break;
        case Column::Company:
            person.company = cell;
            break;
        case Column::Title:
            fields["title"] = cell;
            break;
        case Column::Birthday:
            readDate(person, "birthday", "Birthday", cell);
            break;
        case Column::Anniversary:
            readDate(person, "anniversary", "Anniversary", cell);
            break;
        case Column::Notes:
            fields["notes"] = cell;
            break;
        case Column::Tags:
            if (auto list = ownValue(cell); list.is_array()) {
                for (const auto &tag : list)
                    if (tag.is_string())
                        addToList(fields, "tags", tag.get<std::string>());
            } else {
                // Google writes "Friends ::: * myContacts"; others separate by commas.
                std::string tag;
                for (std::size_t k = 0; k <= cell.size(); ++k) {
                    if (k == cell.size() || cell[k] == ',' || cell[k] == ';'
                        || cell.compare(k, 3, ":::") == 0) {
                        const auto word = trimmed(tag);
                        if (!word.empty() && !word.starts_with('*'))
                            addToList(fields, "tags", word);
                        tag.clear();
                        if (k < cell.size() && cell[k] == ':')
                            k += 2;
                    } else {
                        tag += cell[k];
                    }
                }
            }
            break;
        case Column::Role:
            fields["role"] = cell;
            break;
        case Column::Own:
            fields[header[i]] = ownValue(cell);
            break;
        }
    }
    if (tooLong)
        person.leftOut.push_back("a cell longer than 100 KB");
}

class CsvPeople : public PeopleSource
{
public:
    explicit CsvPeople(TextSource &text) : m_reader(text)
    {
        if (!m_reader.next(m_header)) {
            m_skipped.push_back({"the file", "it is empty"});
            return;
        }
        const bool rapportExport
            = std::find(m_header.begin(), m_header.end(), "_id") != m_header.end();
        std::string unknown;
        bool hasName = false;
        for (const auto &name : m_header) {
            const auto column = columnFor(trimmed(name), rapportExport);
            m_columns.push_back(column);
            hasName = hasName || column == Column::FirstName || column == Column::LastName
                || column == Column::FullName;
            if (column == Column::Unknown && !trimmed(name).empty())
                unknown += (unknown.empty() ? "" : ", ") + trimmed(name);
        }
        if (!hasName) {
            m_skipped.push_back(
                {"the file",
                 "its first row names no column for a name (First Name, Last Name or "
                 "Name); is it a CSV of contacts?"});
            return;
        }
        if (!unknown.empty())
            m_skipped.push_back({"columns " + unknown, "Rapport has no field for them"});
        m_readable = true;
    }

    bool next(PersonRecord &person) override
    {
        while (m_readable && m_reader.next(m_cells)) {
            person = PersonRecord {};
            const auto row = "row " + std::to_string(m_reader.line());
            readRow(m_cells, m_columns, m_header, person);
            if (!person.fields.contains("firstName") && !person.fields.contains("lastName")) {
                m_skipped.push_back({row,
                                     person.company.empty() ? "it has no name"
                                                            : "it names a company ("
                                             + person.company + ") but no person"});
                continue;
            }
            person.where = row + " (" + notebook::personName(person.fields) + ")";
            return true;
        }
        if (std::exchange(m_readable, false) && m_reader.endedInsideQuotes())
            m_skipped.push_back({"row " + std::to_string(m_reader.line()) + " to the end",
                                 "a quoted cell opens there and never closes"});
        return false;
    }

private:
    CsvReader m_reader;
    std::vector<std::string> m_header;
    std::vector<Column> m_columns;
    std::vector<std::string> m_cells;
    bool m_readable = false; // a header with a name column was read, and rows are left
};

} // namespace

std::unique_ptr<PeopleSource> readCsvPeople(TextSource &text)
{
    return std::make_unique<CsvPeople>(text);
}

PeopleFile readCsvPeople(std::string_view bytes)
{
    return readAllPeople(bytes, [](TextSource &text) { return readCsvPeople(text); });
}

} // namespace rapport::interchange
