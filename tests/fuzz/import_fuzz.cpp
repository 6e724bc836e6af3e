// libFuzzer target: any bytes as an imported file, read as records and as a
// monthly sheet with the guessed and with a fixed mapping. Whatever the file,
// every row read is used or reported, no stage counts more records than were
// used, and of the records that entered a stage no more reached the next.
// The same bytes pasted into the KPI review's table (readSheet): every cell
// lands in a month of its span and a stage of the funnel, at most 60 months,
// and its text is a piece of what was pasted, never a line break or a tab.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "import.h"
#include "read_sheet.h"

namespace {

void check(const funnel::ImportResult& result) {
    if (!result.ok) return;
    std::size_t duplicates = 0;
    for (const funnel::Issue& warning : result.warnings) duplicates += warning.code == funnel::Code::duplicate_month;
    (void)duplicates;
    std::size_t reported = result.skippedCount;
    for (const funnel::SkippedRow& row : result.skipped) reported -= row.code == funnel::Code::unterminated_quote;
    if (result.rowsUsed + reported != result.rowsRead) std::abort();
    if (result.skipped.size() > 50 || result.skipped.size() > result.skippedCount) std::abort();
    if (result.mapping.shape == funnel::ImportShape::records) {
        for (const auto& stage : result.counts) {
            std::uint64_t sum = 0;
            for (std::uint64_t count : stage) sum += count;
            if (sum > result.rowsUsed) std::abort();
        }
        for (const funnel::HistoryConversion& conversion : result.history)
            if (conversion.toCount > conversion.fromCount) std::abort();
        for (const funnel::LagStats& lag : result.lags)
            if (lag.median && (*lag.median < 0 || *lag.p80 < *lag.median - 1e-9 || *lag.mean < 0)) std::abort();
    }
    for (const auto& stage : result.counts)
        if (stage.size() != result.months.size()) std::abort();
}

void checkSheet(std::string_view text) {
    funnel::SheetRequest request;
    request.text = text;
    request.month = *funnel::parseMonth("2026-05");
    request.stage = text.size() % 3;
    request.stages = 4;
    const funnel::SheetReading reading = funnel::readSheet(request);
    if (!reading.ok) return;
    if (reading.months == 0 || reading.months > funnel::kMostSheetMonths || reading.last < reading.first) std::abort();
    if (reading.last - reading.first >= static_cast<int>(funnel::kMostSheetMonths)) std::abort();
    for (const funnel::SheetCell& cell : reading.cells) {
        if (cell.month < reading.first || cell.month > reading.last || cell.stage < request.stage || cell.stage >= 4)
            std::abort();
        if (cell.text.find_first_of("\t\r\n") != std::string::npos || text.find(cell.text) == std::string_view::npos)
            std::abort();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    funnel::ImportRequest request;
    request.bytes.assign(reinterpret_cast<const char*>(data), size);
    request.locale = size % 2 ? funnel::Locale::de : funnel::Locale::en;
    request.today = "2026-11-30";
    check(funnel::importFile(request));
    request.mapping = funnel::ColumnMapping{funnel::ImportShape::records, -1, {0, 1, 2}, 3, true};
    check(funnel::importFile(request));
    request.mapping = funnel::ColumnMapping{funnel::ImportShape::monthly, 0, {1, 2, 3}, -1, true};
    check(funnel::importFile(request));
    checkSheet(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
