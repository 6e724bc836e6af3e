// Which column of an export holds what: recognised from the header row.
// Two shapes: a monthly table (a month column and a count column per stage)
// and records (one row per lead or contact, a date column per stage, such as
// HubSpot's "Became a Marketing Qualified Lead Date"), with a channel column
// where there is one ("Original Source"). Stages are matched by their own
// name or by common German and English synonyms of MQL, SQL, opportunity,
// customer and lead. Where the guess is not certain the page asks the person
// to map the columns, and that mapping comes back as it is.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace funnel {

enum class ImportShape { monthly, records };

struct ColumnMapping {
    ImportShape shape = ImportShape::records;
    int month = -1;           // monthly: the month column
    std::vector<int> stages;  // per stage, top first: its count (monthly) or date (records) column, -1 for none
    int channel = -1;         // records: the channel column, -1 for none
    bool certain = false;     // every stage found, no column claimed twice
};

// The mapping the header row suggests for the funnel's stages (their names as the page shows them).
ColumnMapping guessColumns(const std::vector<std::string>& header, const std::vector<std::string>& stages);

// A header or stage name reduced for matching: lower case, letters and digits
// only, single spaces ("Became a Marketing-Qualified Lead Date" -> "became a marketing qualified lead date").
std::string normalizedName(std::string_view text);

}  // namespace funnel
