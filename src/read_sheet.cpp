#include "read_sheet.h"

#include <algorithm>
#include <map>

#include "answer_value.h"
#include "import_dates.h"    // readMonthCell, trimmedCell
#include "request_decode.h"  // given

namespace funnel {
namespace {

using Row = std::vector<std::string_view>;

// The block's lines (CRLF, LF or CR), each split at `separator`; lines with nothing in them are left out.
std::vector<Row> rowsOf(std::string_view text, char separator) {
    std::vector<Row> rows;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != '\r' && text[i] != '\n') continue;
        const std::string_view line = text.substr(start, i - start);
        if (i < text.size() && text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
        start = i + 1;
        Row row;
        std::size_t from = 0;
        for (std::size_t j = 0; j <= line.size(); ++j) {
            if (j < line.size() && line[j] != separator) continue;
            row.push_back(trimmedCell(line.substr(from, j - from)));
            from = j + 1;
        }
        if (std::any_of(row.begin(), row.end(), [](std::string_view cell) { return !cell.empty(); }))
            rows.push_back(std::move(row));
    }
    return rows;
}

// Whether a cell is a number rather than a word, to tell a header and a row's label from counts: it
// begins with a digit, or a sign and a digit. Reading it is its field's job (readField, with its message);
// the number reader here would cost the module 1.5 KB gzip for the same answer on any sheet.
bool looksLikeNumber(std::string_view cell) {
    if (!cell.empty() && (cell[0] == '-' || cell[0] == '+')) cell.remove_prefix(1);
    if (cell.substr(0, 3) == "\u2212") cell.remove_prefix(3);
    return !cell.empty() && cell[0] >= '0' && cell[0] <= '9';
}

// A row of texts only (no number in any cell): a header.
bool isHeader(const Row& row) { return std::none_of(row.begin(), row.end(), looksLikeNumber); }

// Months across: a first row with at least two months in it.
std::vector<std::pair<std::size_t, MonthIndex>> monthColumns(const Row& row) {
    std::vector<std::pair<std::size_t, MonthIndex>> columns;
    for (std::size_t j = 0; j < row.size(); ++j)
        if (const auto month = readMonthCell(row[j])) columns.emplace_back(j, *month);
    return columns.size() >= 2 ? columns : decltype(columns){};
}

struct PlacedRow {
    std::optional<MonthIndex> month;  // none: the month after the row above
    std::string label;                // its first cell when that is no month
    std::vector<std::string_view> cells;
};

std::vector<PlacedRow> acrossRows(const std::vector<Row>& rows,
                                  const std::vector<std::pair<std::size_t, MonthIndex>>& columns) {
    std::vector<PlacedRow> placed;
    for (const auto& [column, month] : columns) {
        PlacedRow row{month, {}, {}};
        for (std::size_t i = 1; i < rows.size(); ++i)
            row.cells.push_back(column < rows[i].size() ? rows[i][column] : std::string_view());
        placed.push_back(std::move(row));
    }
    return placed;
}

std::vector<PlacedRow> downRows(const std::vector<Row>& rows, std::size_t from) {
    // A label column: some row's first cell is a month or a text that is no number.
    const bool labelled = std::any_of(
        rows.begin() + static_cast<std::ptrdiff_t>(from), rows.end(),
        [&](const Row& row) { return !row[0].empty() && (readMonthCell(row[0]) || !looksLikeNumber(row[0])); });
    std::vector<PlacedRow> placed;
    for (std::size_t i = from; i < rows.size(); ++i) {
        const Row& row = rows[i];
        PlacedRow out;
        if (labelled) {
            out.month = readMonthCell(row[0]);
            if (!out.month && !row[0].empty()) out.label = std::string(row[0]);
        }
        out.cells.assign(row.begin() + (labelled ? 1 : 0), row.end());
        placed.push_back(std::move(out));
    }
    return placed;
}

}  // namespace

SheetReading readSheet(const SheetRequest& request) {
    SheetReading reading;
    const char separator = request.text.find('\t') != std::string_view::npos ? '\t' : ';';
    const std::vector<Row> rows = rowsOf(request.text, separator);
    if (rows.empty()) return reading;
    if (rows.size() > kMostSheetLines) {
        reading.code = Code::too_long;
        return reading;
    }
    const auto columns = monthColumns(rows[0]);
    reading.across = !columns.empty();
    reading.header = !reading.across && rows.size() > 1 && isHeader(rows[0]);
    const std::vector<PlacedRow> placed =
        reading.across ? acrossRows(rows, columns) : downRows(rows, reading.header ? 1 : 0);
    if (placed.empty()) return reading;

    // Each row at its month (a later row of the same month wins), from the month pasted into.
    std::map<MonthIndex, const PlacedRow*> byMonth;
    MonthIndex next = request.month;
    for (const PlacedRow& row : placed) {
        const MonthIndex month = row.month.value_or(next);
        byMonth[month] = &row;
        if (!row.month && !row.label.empty()) reading.labels.push_back(row.label);
        next = month + 1;
    }
    const MonthIndex last = byMonth.rbegin()->first;
    const MonthIndex earliest = last - static_cast<MonthIndex>(kMostSheetMonths) + 1;
    for (const auto& [month, row] : byMonth) {
        if (month < earliest) {
            ++reading.droppedMonths;
            continue;
        }
        if (reading.months == 0) reading.first = month;
        ++reading.months;
        for (std::size_t k = 0; k < row->cells.size(); ++k) {
            const std::size_t stage = request.stage + k;
            if (stage >= request.stages) {
                reading.droppedColumns = std::max(reading.droppedColumns, row->cells.size() - k);
                break;
            }
            reading.cells.push_back({month, stage, std::string(row->cells[k])});
        }
    }
    reading.last = last;
    reading.ok = true;
    return reading;
}

Value readSheetValue(const Value& input) {
    const Value* locale = given(input, "locale");
    const Locale language = locale && locale->is(Value::Kind::string) ? localeFromTag(locale->string) : Locale::en;
    std::vector<Issue> errors;
    SheetRequest request;
    const Value* text = given(input, "text");
    if (text && text->is(Value::Kind::string)) request.text = text->string;
    const Value* month = given(input, "month");
    const auto start = month && month->is(Value::Kind::string) ? parseMonth(month->string) : std::nullopt;
    if (!start) errors.push_back({"month", Code::bad_month});
    const Value* stage = given(input, "stage");
    const Value* stages = given(input, "stages");
    const auto whole = [](const Value* value) {
        return value && value->is(Value::Kind::number) && value->number >= 0 && value->number <= 64 &&
               value->number == static_cast<double>(static_cast<int>(value->number));
    };
    if (!whole(stage)) errors.push_back({"stage", Code::not_whole});
    if (!whole(stages) || (whole(stage) && stage->number >= stages->number))
        errors.push_back({"stages", Code::stage_count});
    SheetReading reading;
    if (errors.empty()) {
        request.month = *start;
        request.stage = static_cast<std::size_t>(stage->number);
        request.stages = static_cast<std::size_t>(stages->number);
        reading = readSheet(request);
        if (!reading.ok) errors.push_back({"text", reading.code});
    }
    if (!errors.empty())
        return Value::object().set("ok", Value::of(false)).set("errors", issuesValue(errors, language));
    Value cells = Value::array();
    for (const SheetCell& cell : reading.cells)
        cells.push(Value::object()
                       .set("month", Value::of(monthText(cell.month)))
                       .set("stage", Value::of(static_cast<double>(cell.stage)))
                       .set("text", Value::of(cell.text)));
    Value labels = Value::array();
    for (const std::string& label : reading.labels) labels.push(Value::of(label));
    return Value::object()
        .set("ok", Value::of(true))
        .set("across", Value::of(reading.across))
        .set("header", Value::of(reading.header))
        .set("first", Value::of(monthText(reading.first)))
        .set("last", Value::of(monthText(reading.last)))
        .set("months", Value::of(static_cast<double>(reading.months)))
        .set("cells", std::move(cells))
        .set("labels", std::move(labels))
        .set("droppedColumns", Value::of(static_cast<double>(reading.droppedColumns)))
        .set("droppedMonths", Value::of(static_cast<double>(reading.droppedMonths)));
}

}  // namespace funnel
