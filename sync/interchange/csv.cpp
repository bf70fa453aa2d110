#include "interchange/csv.h"

#include "interchange/text_source.h"

#include <algorithm>

namespace rapport::interchange {

namespace {

bool runsAsFormula(char first)
{
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
        || first == '\r';
}

// An apostrophe already in front of a formula character is doubled on the way out, so that
// taking one off on the way in gives back exactly what was written.
bool needsGuard(std::string_view value)
{
    if (value.empty())
        return false;
    if (runsAsFormula(value.front()))
        return true;
    std::size_t quotes = 0;
    while (quotes < value.size() && value[quotes] == '\'')
        ++quotes;
    return quotes > 0 && quotes < value.size() && runsAsFormula(value[quotes]);
}

} // namespace

CsvReader::CsvReader(std::string_view text) : m_text(text)
{
    if (m_text.starts_with("\xEF\xBB\xBF"))
        m_text.erase(0, 3);
    findDelimiter();
}

CsvReader::CsvReader(TextSource &text) : m_source(&text)
{
    // The whole first line, to find the delimiter in (a TextSource leaves out the mark).
    while (m_text.find('\n') == std::string::npos && m_text.size() < maxRecordBytes
           && m_source->read(m_text)) { }
    findDelimiter();
}

bool CsvReader::available()
{
    while (m_at >= m_text.size()) {
        if (!m_source)
            return false;
        m_text.clear(); // all of it has been read
        m_at = 0;
        if (!m_source->read(m_text)) {
            m_source = nullptr;
            return false;
        }
    }
    return true;
}

void CsvReader::findDelimiter()
{
    // The delimiter is the one the header uses most between its cells; what stands inside a
    // quoted cell ("Last, First") does not count.
    std::size_t counts[3] = {};
    const char candidates[3] = {',', ';', '\t'};
    bool quoted = false;
    for (const char c : std::string_view(m_text).substr(0, m_text.find('\n'))) {
        if (c == '"')
            quoted = !quoted; // a doubled quote inside a cell flips twice
        for (std::size_t i = 0; i < 3 && !quoted; ++i)
            counts[i] += c == candidates[i] ? 1 : 0;
    }
    std::size_t best = 0;
    for (std::size_t i = 0; i < 3; ++i) {
        if (counts[i] > best) {
            best = counts[i];
            m_delimiter = candidates[i];
        }
    }
}

bool CsvReader::next(std::vector<std::string> &fields)
{
    while (!m_openQuote && available()) {
        fields.clear();
        m_recordLine = m_line;
        std::string field;
        bool quoted = false;
        bool wasQuoted = false;
        bool anything = false;
        std::size_t recordBytes = 0;
        while (available()) {
            const char c = m_text[m_at++];
            if (++recordBytes > maxRecordBytes)
                break; // as if the text ended here, inside a quote or not
            if (quoted) {
                if (c == '"') {
                    if (available() && m_text[m_at] == '"') {
                        field += '"';
                        ++m_at;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n')
                        ++m_line;
                    field += c;
                }
                continue;
            }
            if (c == '"' && !wasQuoted && field.empty()) {
                quoted = wasQuoted = anything = true;
            } else if (c == m_delimiter) {
                fields.push_back(std::move(field));
                field.clear();
                wasQuoted = false;
                anything = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && available() && m_text[m_at] == '\n')
                    ++m_at;
                ++m_line;
                break;
            } else {
                field += c;
                anything = true;
            }
        }
        if (quoted || recordBytes > maxRecordBytes) {
            m_openQuote = true;
            return false;
        }
        if (!anything && field.empty())
            continue; // an empty line
        fields.push_back(std::move(field));
        return true;
    }
    return false;
}

std::string csvCell(std::string_view value)
{
    std::string cell;
    if (needsGuard(value))
        cell += '\'';
    cell += value;
    if (cell.find_first_of(",;\t\"\r\n") == std::string::npos && !cell.starts_with(' ')
        && !cell.ends_with(' '))
        return cell;
    std::string quoted = "\"";
    for (const char c : cell) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

std::string readCsvCell(std::string_view cell)
{
    if (cell.size() >= 2 && cell.front() == '\'' && needsGuard(cell.substr(1)))
        return std::string(cell.substr(1));
    return std::string(cell);
}

std::string csvRow(const std::vector<std::string> &cells)
{
    std::string row;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0)
            row += ',';
        row += csvCell(cells[i]);
    }
    row += "\r\n";
    return row;
}

} // namespace rapport::interchange
