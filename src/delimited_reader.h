// Rows of a CSV or TSV file as people really have them (RFC 4180 and the
// usual deviations): the delimiter `,`, `;` or tab found from the file's
// first lines, quoted fields with doubled quotes and line breaks inside,
// CRLF, LF or CR line ends, empty lines skipped. Rows are read one at a
// time, so a 20 MB export is never held as a million strings.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace funnel {

// The delimiter the first lines agree on most: the one found the same
// number of times (most often) on every line, outside quotes; `,` when none is.
char detectDelimiter(std::string_view text);

class DelimitedReader {
public:
    DelimitedReader(std::string_view text, char delimiter) : text_(text), delimiter_(delimiter) {}

    // The next row into `cells` (reused), and the line (from 1) it starts on; false at the end.
    bool next(std::vector<std::string>& cells, std::size_t& line);

    // Whether the text ended inside a quoted field (the last row took the rest of the file).
    bool unterminatedQuote() const { return unterminated_; }
    // How far it has read, in bytes (for progress).
    std::size_t position() const { return at_; }

private:
    std::string_view text_;
    char delimiter_;
    std::size_t at_ = 0;
    std::size_t line_ = 1;
    bool unterminated_ = false;
};

}  // namespace funnel
