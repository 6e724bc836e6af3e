// Test oracle: RFC 4180 read back, as a spreadsheet reads a CSV file, to
// check what the CSV writer wrote. Strict: a quote inside an unquoted cell,
// or a quoted cell that never ends, is no CSV and reads as nothing.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace funnel::testing {

using CsvRows = std::vector<std::vector<std::string>>;

std::optional<CsvRows> readCsv(std::string_view text, char separator);

}  // namespace funnel::testing
