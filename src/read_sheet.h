// Monthly counts pasted from a sheet into the KPI review's table (issue 17):
// a block copied from Excel, Google Sheets or LibreOffice (cells split at
// tabs, or at semicolons when there is no tab), in either layout a team keeps
// them in: one row per month ("Jan 2026  1.000  250  125", the month first),
// or one row per stage with the months across (a first row "Jan 2026  Feb
// 2026 ..."). A first row without a number is a header and is left out.
// Every cell comes back as its text, placed at its month and stage: the page
// puts it into that field as if typed, and the field reads it (read_field.h),
// so nothing pasted is lost or read twice in two ways.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "calendar.h"
#include "issue.h"
#include "value.h"

namespace funnel {

struct SheetRequest {
    std::string_view text;
    MonthIndex month = 0;    // the month of the row pasted into: rows without a month go from there
    std::size_t stage = 0;   // the stage of the column pasted into: the block's first column goes there
    std::size_t stages = 0;  // the funnel's stages: columns beyond the last are left out
};

struct SheetCell {
    MonthIndex month = 0;
    std::size_t stage = 0;
    std::string text;  // as pasted, without the spaces around it
};

struct SheetReading {
    bool ok = false;
    Code code = Code::empty;  // when !ok: empty (nothing to read) or too_long
    bool across = false;      // months across, one row per stage
    bool header = false;      // a first row without numbers was left out
    MonthIndex first = 0;     // the months the cells fall into
    MonthIndex last = 0;
    std::size_t months = 0;           // rows (or columns) of months placed
    std::vector<SheetCell> cells;     // by month, then stage
    std::vector<std::string> labels;  // the first cells of rows placed without a month ("Q1"), as pasted
    std::size_t droppedColumns = 0;   // cells beyond the last stage, in the widest row
    std::size_t droppedMonths = 0;    // months before the latest kMostSheetMonths
};

constexpr std::size_t kMostSheetMonths = 60;  // the review's longest table
constexpr std::size_t kMostSheetLines = 1000;

SheetReading readSheet(const SheetRequest& request);

// readSheet({ text, locale, month, stage, stages }) for the page: { ok, across, header, first, last, months,
// cells: [{ month, stage, text }], labels, droppedColumns, droppedMonths } or { ok: false, errors }.
Value readSheetValue(const Value& input);

}  // namespace funnel
