// The plan as a CSV file for spreadsheets: German Excel opens it as it is
// (semicolons, decimal commas, UTF-8 with a byte order mark), and no cell a
// person typed is ever read as a formula (OWASP, "CSV Injection").
#pragma once

#include <string>
#include <string_view>

#include "value.h"

namespace funnel {

// One cell of text as CSV writes it. Text a spreadsheet would run as a
// formula (it starts with =, +, -, @, a tab, CR or LF, or their full-width
// forms, after any spaces) gets a leading ' and stays quoted; text with the
// separator, a quote or a line break is quoted, quotes doubled. Ill-formed
// UTF-8 and NUL become U+FFFD, so the file is always well-formed.
std::string csvTextCell(std::string_view text, char separator);

// { locale, rows: [[cell, ...], ...] }: a cell is text (a string), a number,
// or empty (anything else). Numbers in the locale's plain style (no groups,
// up to four decimals: "1234,5" in German), so a spreadsheet reads them as
// numbers, negative ones included. German: ";" between cells; English: ",".
// CRLF line ends, and a BOM first.
std::string writeCsv(const Value& table);

}  // namespace funnel
