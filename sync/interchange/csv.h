#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::interchange {

class TextSource;

// Reads RFC 4180 CSV: quoted fields with commas, quotes and line breaks inside, CRLF or LF.
// Spreadsheets set to a European locale write ';' between fields, and some tools a tab: the
// delimiter is whichever of the three the first line has most of. The text is read a piece at
// a time as records are asked for (a file of any size in the memory of its largest record), or
// is in memory already.
class CsvReader
{
public:
    explicit CsvReader(std::string_view text);
    explicit CsvReader(TextSource &text);

    // The next record; false at the end of the text. An empty line is skipped.
    bool next(std::vector<std::string> &fields);
    // The line the record last returned by next() started on (1 is the first).
    int line() const { return m_recordLine; }
    // Set when a quoted field was still open at the end of the text, or ran on past the
    // largest record there can be: that last record is not returned, as its end is not known,
    // and nothing after it is read.
    bool endedInsideQuotes() const { return m_openQuote; }
    char delimiter() const { return m_delimiter; }

    // A quoted field that runs on this long has lost its closing quote.
    static constexpr std::size_t maxRecordBytes = 16 * 1024 * 1024;

private:
    void findDelimiter();
    // Whether there is a character at m_at, reading the next piece of the text when not.
    bool available();

    TextSource *m_source = nullptr;
    std::string m_text;
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
