#include "import.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <map>

#include "calendar.h"
#include "delimited_reader.h"
#include "import_counts.h"
#include "import_dates.h"
#include "parse_number.h"
#include "plan.h"  // isWholeCount
#include "text_encoding.h"

namespace funnel {
namespace {

constexpr std::size_t kListedSkips = 50;
constexpr std::size_t kMostChannels = 100;
constexpr double kDaysPerMonth = 30;

std::string_view cellAt(const std::vector<std::string>& cells, int column) {
    return column >= 0 && static_cast<std::size_t>(column) < cells.size() ? trimmedCell(cells[column])
                                                                          : std::string_view();
}

class Reader {
public:
    Reader(const ImportRequest& request, ImportResult& result, std::string_view text)
        : request_(request), result_(result), text_(text), stages_(request.stages.size()), counts_(stages_) {}

    void records();
    void monthly();
    void finish();

private:
    void skip(std::size_t line, Code code, int column = -1, std::string_view text = {}) {
        ++result_.skippedCount;
        if (result_.skipped.size() < kListedSkips) result_.skipped.push_back({line, code, column, std::string(text)});
    }
    // Cells beyond the header's that hold something: the delimiter is likely wrong for this row.
    bool extraCells(const std::vector<std::string>& cells) const {
        for (std::size_t c = result_.header.size(); c < cells.size(); ++c)
            if (!trimmedCell(cells[c]).empty()) return true;
        return false;
    }
    MonthIndex windowEnd() const;
    void history(MonthIndex end);
    void lags();

    const ImportRequest& request_;
    ImportResult& result_;
    std::string_view text_;
    std::size_t stages_;
    MonthCounts counts_;
    std::map<std::string, MonthCounts> channels_;
    Records records_;
};

void Reader::records() {
    const ColumnMapping& mapping = result_.mapping;
    std::vector<std::string> cells;
    std::size_t line = 0;
    // First pass: each date column's day/month order, from all of its slashed dates.
    std::vector<DayOrder> orders(stages_, DayOrder::unknown);
    DelimitedReader scan(text_, result_.delimiter);
    scan.next(cells, line);  // the header
    while (scan.next(cells, line))
        for (std::size_t s = 0; s < stages_; ++s)
            if (const auto written = readWrittenDate(cellAt(cells, mapping.stages[s])))
                orders[s] = learnOrder(orders[s], *written);

    records_.stages = stages_;
    DelimitedReader reader(text_, result_.delimiter);
    reader.next(cells, line);
    std::vector<int> day(stages_);
    std::vector<std::uint8_t> filled(stages_);
    int firstDay = INT_MAX;
    int lastDay = INT_MIN;
    while (reader.next(cells, line)) {
        ++result_.rowsRead;
        if (extraCells(cells)) {
            skip(line, Code::extra_cells);
            continue;
        }
        bool bad = false;
        bool any = false;
        for (std::size_t s = 0; s < stages_; ++s) {
            day[s] = kNoDay;
            filled[s] = 0;
            const std::string_view cell = cellAt(cells, mapping.stages[s]);
            if (cell.empty()) continue;
            const auto written = readWrittenDate(cell);
            const auto date = written ? resolveDate(*written, orders[s], request_.locale) : std::nullopt;
            if (!date) {
                skip(line, Code::not_a_date, mapping.stages[s], cell);
                bad = true;
                break;
            }
            day[s] = daysSinceYearZero(*date);
            any = true;
            firstDay = std::min(firstDay, day[s]);
            lastDay = std::max(lastDay, day[s]);
        }
        if (bad) continue;
        if (!any) {
            skip(line, Code::no_stage_date);
            continue;
        }
        ++result_.rowsUsed;
        // A later stage's date without an earlier one's: it passed the earlier stage then.
        for (std::size_t s = stages_ - 1; s-- > 0;) {
            if (day[s] == kNoDay && day[s + 1] != kNoDay) {
                day[s] = day[s + 1];
                filled[s] = 1;
            }
        }
        MonthCounts* channel = nullptr;
        if (mapping.channel >= 0) {
            std::string name(cellAt(cells, mapping.channel));
            if (!channels_.count(name) && channels_.size() >= kMostChannels) name = "\u2026";  // the rest, together
            channel = &channels_.try_emplace(name, stages_).first->second;
        }
        for (std::size_t s = 0; s < stages_; ++s) {
            records_.days.push_back(day[s]);
            records_.filled.push_back(filled[s]);
            if (day[s] == kNoDay) continue;
            counts_.add(s, monthOfDay(day[s]));
            if (channel) channel->add(s, monthOfDay(day[s]));
        }
    }
    if (reader.unterminatedQuote()) skip(line, Code::unterminated_quote);
    if (lastDay != INT_MIN) {
        result_.firstDate = dateText(dateFromDays(firstDay));
        result_.lastDate = dateText(dateFromDays(lastDay));
    }
    lags();
}

void Reader::monthly() {
    const ColumnMapping& mapping = result_.mapping;
    std::vector<std::string> cells;
    std::size_t line = 0;
    DelimitedReader reader(text_, result_.delimiter);
    reader.next(cells, line);
    std::vector<std::uint64_t> row(stages_);
    while (reader.next(cells, line)) {
        ++result_.rowsRead;
        if (extraCells(cells)) {
            skip(line, Code::extra_cells);
            continue;
        }
        const std::string_view monthCell = cellAt(cells, mapping.month);
        const auto month = readMonthCell(monthCell);
        if (!month) {
            skip(line, Code::not_a_date, mapping.month, monthCell);
            continue;
        }
        bool bad = false;
        for (std::size_t s = 0; s < stages_ && !bad; ++s) {
            row[s] = 0;
            const std::string_view cell = cellAt(cells, mapping.stages[s]);
            if (cell.empty()) continue;  // an empty cell in a sheet is none that month
            const ParsedNumber number = parseNumber(cell, request_.locale);
            if (!number.ok || !isWholeCount(number.value)) {
                skip(line, Code::not_a_count, mapping.stages[s], cell);
                bad = true;
            } else {
                row[s] = static_cast<std::uint64_t>(number.value);
            }
        }
        if (bad) continue;
        if (counts_.has(*month)) result_.warnings.push_back({"line " + std::to_string(line), Code::duplicate_month});
        ++result_.rowsUsed;
        for (std::size_t s = 0; s < stages_; ++s)
            if (mapping.stages[s] >= 0) counts_.add(s, *month, row[s]);
    }
    if (reader.unterminatedQuote()) skip(line, Code::unterminated_quote);
    if (const auto first = counts_.first()) {
        result_.firstDate = monthText(*first);
        result_.lastDate = monthText(*counts_.last());
    }
}

// The lags per conversion, over the records with both dates as written.
void Reader::lags() {
    for (std::size_t s = 0; s + 1 < stages_; ++s) {
        std::vector<int> days;
        std::size_t negative = 0;
        for (std::size_t r = 0; r < records_.size(); ++r) {
            if (records_.day(r, s) == kNoDay || records_.day(r, s + 1) == kNoDay) continue;
            if (records_.wasFilled(r, s) || records_.wasFilled(r, s + 1)) continue;
            const int lag = records_.day(r, s + 1) - records_.day(r, s);
            if (lag < 0)
                ++negative;
            else
                days.push_back(lag);
        }
        LagStats stats = lagStats(std::move(days));
        stats.negative = negative;
        if (negative > 0) result_.warnings.push_back({"lags[" + std::to_string(s) + "]", Code::negative_lags});
        result_.lags.push_back(stats);
    }
}

// The window's last month: the one asked for, or the last complete month before today, or the data's last.
MonthIndex Reader::windowEnd() const {
    if (request_.end) return *parseMonth(*request_.end);
    if (request_.today) {
        const Date today = *parseDate(*request_.today);
        return today.year * 12 + today.month - 2;
    }
    return counts_.last().value_or(0);
}

void Reader::history(MonthIndex end) {
    const int window = static_cast<int>(request_.windowMonths);
    for (std::size_t s = 0; s + 1 < stages_; ++s) {
        HistoryConversion conversion;
        const LagStats* lag = s < result_.lags.size() ? &result_.lags[s] : nullptr;
        int skipped = 0;
        if (request_.skipMonths)
            skipped = static_cast<int>(*request_.skipMonths);
        else if (lag && lag->median)
            skipped = static_cast<int>(std::ceil(*lag->median / kDaysPerMonth));
        skipped = std::min(skipped, window - 1);
        const MonthIndex first = end - window + 1;
        const MonthIndex last = end - skipped;
        conversion.first = monthText(first);
        conversion.last = monthText(last);
        conversion.months = window - skipped;
        conversion.skipped = skipped;
        if (result_.mapping.shape == ImportShape::records) {
            for (std::size_t r = 0; r < records_.size(); ++r) {
                const int day = records_.day(r, s);
                if (day == kNoDay) continue;
                const MonthIndex month = monthOfDay(day);
                if (month < first || month > last) continue;
                ++conversion.fromCount;
                if (records_.day(r, s + 1) != kNoDay) ++conversion.toCount;
            }
            // Cohorts younger than most lags may still convert.
            conversion.maturing = lag && lag->p80 && *lag->p80 > skipped * kDaysPerMonth;
        } else {
            for (MonthIndex month = first; month <= last; ++month) {
                conversion.fromCount += counts_.at(s, month);
                conversion.toCount += counts_.at(s + 1, month);
            }
        }
        if (conversion.maturing) result_.warnings.push_back({"history[" + std::to_string(s) + "]", Code::maturing});
        result_.history.push_back(std::move(conversion));
    }
    if (!result_.history.empty()) result_.historyMonths = result_.history[0].months;
}

void Reader::finish() {
    if (const auto first = counts_.first()) {
        const std::size_t months = static_cast<std::size_t>(*counts_.last() - *first + 1);
        for (std::size_t i = 0; i < months; ++i)
            result_.months.push_back(monthText(*first + static_cast<MonthIndex>(i)));
        result_.counts = counts_.dense(*first, months);
        for (const auto& [name, counts] : channels_) result_.channels.push_back({name, counts.dense(*first, months)});
        history(windowEnd());
    }
}

}  // namespace

ImportResult importFile(const ImportRequest& request) {
    ImportResult result;
    const DecodedText decoded = decodeText(request.bytes);
    result.encoding = encodingName(decoded.encoding);
    result.delimiter = detectDelimiter(decoded.text);
    DelimitedReader reader(decoded.text, result.delimiter);
    std::size_t line = 0;
    if (!reader.next(result.header, line)) {
        result.errors.push_back({"file", Code::empty_file});
        return result;
    }
    result.errors = checkImportRequest(request, result.header.size());
    if (!result.errors.empty()) return result;
    result.mapping = request.mapping ? *request.mapping : guessColumns(result.header, request.stages);
    bool anyStage = false;
    for (int column : result.mapping.stages) anyStage = anyStage || column >= 0;
    result.ok = true;
    if (!anyStage || (result.mapping.shape == ImportShape::monthly && result.mapping.month < 0)) {
        result.warnings.push_back({"mapping", Code::no_stage_columns});
        return result;
    }
    Reader read(request, result, decoded.text);
    if (result.mapping.shape == ImportShape::records)
        read.records();
    else
        read.monthly();
    read.finish();
    return result;
}

}  // namespace funnel
