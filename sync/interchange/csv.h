#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rapport::interchange {

// Reads RFC 4180 CSV from text already in memory: quoted fields with commas, quotes and line
// breaks inside, CRLF or LF. Spreadsheets set to a European locale write ';' between fields,
// and some tools a tab: the delimiter is whichever of the three the first line has most of.
class CsvReader
{
public:
    explicit CsvReader(std::string_view text);

    // The next record; false at the end of the text. An empty line is skipped.
    bool next(std::vector<std::string> &fields);
    // The line the record last returned by next() started on (1 is the first).
    int line() const { return m_recordLine; }
    // Set when a quoted field was still open at the end of the text: that last record is not
    // returned, as its end is not known.
    bool endedInsideQuotes() const { return m_openQuote; }
    char delimiter() const { return m_delimiter; }

private:
    std::string_view m_text;
    std::size_t m_at = 0;
    int m_line = 1;
    int m_recordLine = 0;
    char m_delimiter = ',';
    bool m_openQuote = false;
};

// One cell as CSV: quoted when it must be. A cell that a spreadsheet would run as a formula
// (one starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe, which
// spreadsheets show as text: a note reading "=HYPERLINK(...)" must not become a live link in
// the salesperson's Excel. readCsvCell takes the apostrophe off again, so a round trip is exact.
std::string csvCell(std::string_view value);
std::string readCsvCell(std::string_view cell);

// A row of cells, ending in CRLF as RFC 4180 asks.
std::string csvRow(const std::vector<std::string> &cells);

} // namespace rapport::interchange
