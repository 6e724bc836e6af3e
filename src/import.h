// Your own numbers from a file (issue 16): a CRM export (one row per lead or
// contact, a date per stage) or a monthly sheet (a month and a count per
// stage), read in the browser. What it yields: each stage's count per calendar
// month (per channel too, where a column names it), the plan's history for a
// window of months, the observed days between stages, and a report that
// names every row it could not use. Nothing is dropped without a word.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "funnel.h"
#include "import_columns.h"
#include "issue.h"

namespace funnel {

struct ImportRequest {
    std::string bytes;  // the file as it is (UTF-8, UTF-16 with a BOM, or Windows-1252)
    Locale locale = Locale::en;
    std::vector<std::string> stages = defaultStages();
    std::optional<ColumnMapping> mapping;  // the person's; else the guess from the header row
    std::optional<std::string> today;      // "YYYY-MM-DD": the window ends with the month before it
    std::optional<std::string> end;        // "YYYY-MM": or with this month
    double windowMonths = 12;
    std::optional<double> skipMonths;  // the youngest months left out; default per conversion: its median lag
};

struct SkippedRow {
    std::size_t line = 0;
    Code code = Code::not_a_date;
    int column = -1;   // the cell's column, -1 for the row as a whole
    std::string text;  // the cell as written
};

struct LagStats {
    std::size_t count = 0;     // records with both dates, in order
    std::size_t negative = 0;  // the later stage dated before the earlier: counted, not used
    std::optional<double> median;
    std::optional<double> mean;
    std::optional<double> p80;  // the 80th percentile (nearest rank)
};

// The plan's historical counts for one conversion: of the records that entered
// stage s in the window's months, how many reached stage s + 1 (at any date).
struct HistoryConversion {
    std::uint64_t fromCount = 0;
    std::uint64_t toCount = 0;
    std::string first;  // the window's first and last month, "YYYY-MM"
    std::string last;
    int months = 0;
    int skipped = 0;  // the youngest months left out
    bool maturing = false;
};

struct ImportChannel {
    std::string name;
    std::vector<std::vector<std::uint64_t>> counts;  // [stage][month], as ImportResult::counts
};

struct ImportResult {
    bool ok = false;
    std::vector<Issue> errors;
    std::string encoding;
    char delimiter = ',';
    std::vector<std::string> header;
    ColumnMapping mapping;
    std::vector<std::string> months;                 // every month from the first to the last with a count
    std::vector<std::vector<std::uint64_t>> counts;  // [stage][month]: how many entered the stage that month
    std::vector<ImportChannel> channels;             // records with a channel column: the same per channel
    std::vector<HistoryConversion> history;          // per conversion, top first
    std::optional<double> historyMonths;             // the window of the top conversion, for the plan
    std::vector<LagStats> lags;                      // per conversion (records only)
    std::size_t rowsRead = 0;
    std::size_t rowsUsed = 0;
    std::vector<SkippedRow> skipped;  // the first 50
    std::size_t skippedCount = 0;
    std::string firstDate;  // "YYYY-MM-DD" (records) or "YYYY-MM" (monthly)
    std::string lastDate;
    std::vector<Issue> warnings;
};

ImportResult importFile(const ImportRequest& request);

// The request's values that are none (a window out of range, a mapped column beyond the file's `columns`).
std::vector<Issue> checkImportRequest(const ImportRequest& request, std::size_t columns);

}  // namespace funnel
