#include "import_dates.h"

#include <cctype>
#include <string>

namespace funnel {
namespace {

// 1 to `most` digits at the front of `text`, taken off it.
bool takeNumber(std::string_view& text, int most, int& value, int least = 1) {
    std::size_t n = 0;
    value = 0;
    while (n < text.size() && n < static_cast<std::size_t>(most) && std::isdigit(static_cast<unsigned char>(text[n]))) {
        value = value * 10 + (text[n] - '0');
        ++n;
    }
    if (n < static_cast<std::size_t>(least)) return false;
    if (n < text.size() && std::isdigit(static_cast<unsigned char>(text[n]))) return false;  // more digits than allowed
    text.remove_prefix(n);
    return true;
}

bool take(std::string_view& text, char c) {
    if (text.empty() || text.front() != c) return false;
    text.remove_prefix(1);
    return true;
}

// What may follow a date: a time ("09:30", "9:30:15.123", "9:30 AM"), a zone ("Z", "+01:00"), after
// "T", a space or ", ". Anything else makes the cell no date.
bool isTimeRest(std::string_view rest) {
    if (rest.empty()) return true;
    if (rest.front() == 'T' || rest.front() == ' ' || rest.front() == ',') {
        rest.remove_prefix(1);
        while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
        int hour = 0;
        int minute = 0;
        if (!takeNumber(rest, 2, hour) || !take(rest, ':') || !takeNumber(rest, 2, minute, 2)) return false;
        if (hour > 24 || minute > 59) return false;
        for (const char c : rest) {
            if (!(std::isdigit(static_cast<unsigned char>(c)) || c == ':' || c == '.' || c == ' ' || c == 'Z' ||
                  c == '+' || c == '-' || c == 'A' || c == 'P' || c == 'M' || c == 'a' || c == 'p' || c == 'm' ||
                  c == 'U' || c == 'T' || c == 'C' || c == 'h' || c == 'r'))  // "Uhr", "UTC", "am"/"pm"
                return false;
        }
        return true;
    }
    return false;
}

bool isRealDay(int year, int month, int day) {
    return year >= 1900 && year <= 2999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

int fullYear(int year, std::size_t digits) { return digits == 2 ? 2000 + year : year; }

// German and English month names and their short forms, lower case; "märz" in UTF-8.
struct MonthName {
    std::string_view name;
    int month;
};
constexpr MonthName kMonthNames[] = {
    {"januar", 1}, {"january", 1},   {"jan", 1},       {"jänner", 1}, {"februar", 2},   {"february", 2},
    {"feb", 2},    {"märz", 3},      {"maerz", 3},     {"march", 3},  {"mär", 3},       {"mrz", 3},
    {"mar", 3},    {"april", 4},     {"apr", 4},       {"mai", 5},    {"may", 5},       {"juni", 6},
    {"june", 6},   {"jun", 6},       {"juli", 7},      {"july", 7},   {"jul", 7},       {"august", 8},
    {"aug", 8},    {"september", 9}, {"sept", 9},      {"sep", 9},    {"oktober", 10},  {"october", 10},
    {"okt", 10},   {"oct", 10},      {"november", 11}, {"nov", 11},   {"dezember", 12}, {"december", 12},
    {"dez", 12},   {"dec", 12},
};

std::string lowerAscii(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace

std::string_view trimmedCell(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

std::optional<WrittenDate> readWrittenDate(std::string_view cell) {
    std::string_view text = trimmedCell(cell);
    WrittenDate date;
    int a = 0;
    int b = 0;
    int c = 0;
    std::string_view rest = text;
    if (takeNumber(rest, 4, a, 4) && take(rest, '-')) {  // 2026-03-14
        if (!takeNumber(rest, 2, b) || !take(rest, '-') || !takeNumber(rest, 2, c)) return std::nullopt;
        date = {WrittenDate::Form::iso, a, b, c};
    } else {
        rest = text;
        if (!takeNumber(rest, 2, a)) return std::nullopt;
        if (rest.empty() || (rest.front() != '.' && rest.front() != '/')) return std::nullopt;
        const char separator = rest.front();
        rest.remove_prefix(1);
        if (!takeNumber(rest, 2, b) || !take(rest, separator)) return std::nullopt;
        const std::size_t before = rest.size();
        if (!takeNumber(rest, 4, c, 2)) return std::nullopt;
        const std::size_t digits = before - rest.size();
        if (digits != 2 && digits != 4) return std::nullopt;
        date = {separator == '.' ? WrittenDate::Form::dotted : WrittenDate::Form::slashed, fullYear(c, digits), a, b};
    }
    if (!isTimeRest(rest)) return std::nullopt;
    return date;
}

DayOrder learnOrder(DayOrder known, const WrittenDate& date) {
    if (known != DayOrder::unknown || date.form != WrittenDate::Form::slashed) return known;
    if (date.first > 12 && date.second <= 12) return DayOrder::dayFirst;
    if (date.second > 12 && date.first <= 12) return DayOrder::monthFirst;
    return known;
}

std::optional<Date> resolveDate(const WrittenDate& date, DayOrder order, Locale locale) {
    int month = date.first;
    int day = date.second;
    if (date.form == WrittenDate::Form::dotted) {
        month = date.second;
        day = date.first;
    } else if (date.form == WrittenDate::Form::slashed) {
        const bool dayFirst = order == DayOrder::dayFirst || (order == DayOrder::unknown && locale == Locale::de);
        month = dayFirst ? date.second : date.first;
        day = dayFirst ? date.first : date.second;
    }
    if (!isRealDay(date.year, month, day)) return std::nullopt;
    return Date{date.year, month, day};
}

std::optional<MonthIndex> readMonthCell(std::string_view cell) {
    const std::string_view text = trimmedCell(cell);
    if (const auto date = readWrittenDate(text)) {
        if (const auto day = resolveDate(*date, DayOrder::dayFirst, Locale::de)) return day->year * 12 + day->month - 1;
    }
    std::string_view rest = text;
    int a = 0;
    int b = 0;
    // 2026-01, 2026/01
    if (takeNumber(rest, 4, a, 4) && (take(rest, '-') || take(rest, '/')) && takeNumber(rest, 2, b) && rest.empty())
        return b >= 1 && b <= 12 && a >= 1900 && a <= 2999 ? std::optional<MonthIndex>(a * 12 + b - 1) : std::nullopt;
    // 01.2026, 01/2026, 1.2026
    rest = text;
    if (takeNumber(rest, 2, a) && (take(rest, '.') || take(rest, '/')) && takeNumber(rest, 4, b, 4) && rest.empty())
        return a >= 1 && a <= 12 && b >= 1900 && b <= 2999 ? std::optional<MonthIndex>(b * 12 + a - 1) : std::nullopt;
    // Jan 2026, Januar 2026, Jan. 2026, Mär-2026
    const std::string lower = lowerAscii(text);
    for (const MonthName& name : kMonthNames) {
        if (lower.compare(0, name.name.size(), name.name) != 0) continue;
        std::string_view after = std::string_view(lower).substr(name.name.size());
        take(after, '.');
        if (after.empty() || (after.front() != ' ' && after.front() != '-')) continue;
        while (!after.empty() && (after.front() == ' ' || after.front() == '-')) after.remove_prefix(1);
        int year = 0;
        const std::size_t before = after.size();
        if (!takeNumber(after, 4, year, 2) || !after.empty()) continue;
        const std::size_t digits = before - after.size();
        if (digits != 2 && digits != 4) continue;
        year = fullYear(year, digits);
        if (year < 1900 || year > 2999) return std::nullopt;
        return year * 12 + name.month - 1;
    }
    return std::nullopt;
}

}  // namespace funnel
