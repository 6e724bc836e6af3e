#include "csv_reader.h"

namespace funnel::testing {

std::optional<CsvRows> readCsv(std::string_view text, char separator) {
    CsvRows rows;
    std::vector<std::string> row;
    std::string cell;
    std::size_t at = 0;
    while (at < text.size()) {
        if (text[at] == '"') {  // a quoted cell: up to the quote that is not doubled
            for (++at;; ++at) {
                if (at >= text.size()) return std::nullopt;
                if (text[at] == '"') {
                    if (at + 1 < text.size() && text[at + 1] == '"') {
                        cell += '"';
                        ++at;
                        continue;
                    }
                    ++at;
                    break;
                }
                cell += text[at];
            }
        } else {
            while (at < text.size() && text[at] != separator && text[at] != '\r') {
                if (text[at] == '"' || text[at] == '\n') return std::nullopt;
                cell += text[at++];
            }
        }
        row.push_back(std::move(cell));
        cell.clear();
        if (at < text.size() && text[at] == separator) {
            ++at;
        } else if (text.substr(at, 2) == "\r\n") {
            at += 2;
            rows.push_back(std::move(row));
            row.clear();
        } else {
            return std::nullopt;  // every row ends in CRLF
        }
    }
    if (!row.empty()) return std::nullopt;
    return rows;
}

}  // namespace funnel::testing
