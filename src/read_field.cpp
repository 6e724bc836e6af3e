#include "read_field.h"

#include <cstdint>

#include "currency_words.h"
#include "decimal.h"
#include "field_units.h"
#include "format_number.h"
#include "parse_number.h"

namespace funnel {
namespace {

constexpr double kMaxSafeInteger = 9007199254740991.0;  // 2^53 - 1, as parse_number.h keeps it

struct Token {
    std::string_view text;
    int factor;  // a magnitude's power of ten, or a unit's months
};

// Magnitude words, German and English; each language's shortest forms last.
constexpr Token kMagnitudes[] = {
    {"Milliarden", 9}, {"Milliarde", 9}, {"Mrd.", 9}, {"Mrd", 9}, {"bn", 9}, {"Millionen", 6},
    {"Million", 6},    {"millions", 6},  {"Mio.", 6}, {"Mio", 6}, {"mn", 6}, {"M", 6},
    {"Tausend", 3},    {"thousand", 3},  {"Tsd.", 3}, {"Tsd", 3}, {"k", 3},
};
// An English billion is 10^9; a German "Billion" is 10^12: only English pages read the word.
constexpr Token kEnglishBillions[] = {{"billions", 9}, {"billion", 9}};

constexpr Token kMonthUnits[] = {
    {"Monaten", 1}, {"Monate", 1}, {"Monat", 1},   {"Mon.", 1},     {"Mo.", 1},     {"months", 1},   {"month", 1},
    {"mos", 1},     {"mo", 1},     {"Jahren", 12}, {"Jahre", 12},   {"Jahr", 12},   {"J.", 12},      {"years", 12},
    {"year", 12},   {"yrs", 12},   {"yr", 12},     {"Quartale", 3}, {"Quartal", 3}, {"quarters", 3}, {"quarter", 3},
};
constexpr std::string_view kOtherTimeUnits[] = {"Wochen", "Woche", "weeks", "week", "wk",
                                                "Tagen",  "Tage",  "Tag",   "days", "day"};

constexpr std::string_view kCountUnits[] = {
    "Leads",      "Lead",      "MQLs",     "MQL",     "SQLs",          "SQL",         "SALs",     "SAL",
    "Neukunden",  "Neukunde",  "Kunden",   "Kunde",   "customers",     "customer",    "Deals",    "Deal",
    "Abschlüsse", "Abschluss", "Aufträge", "Auftrag", "Kontakte",      "Kontakt",     "contacts", "contact",
    "Accounts",   "Account",   "Anfragen", "Anfrage", "Opportunities", "Opportunity", "Opps",     "Chancen",
    "Chance",     "Personen",  "people",   "Stück",   "Stk.",          "Stk",         "pcs",
};
constexpr std::string_view kPercentWords[] = {"Prozent", "percent", "pct"};
constexpr std::string_view kNoCents[] = {",-", ",\u2013", ",\u2014", ".-"};

bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
// A byte of a letter: ASCII, or part of a multi-byte UTF-8 character ("ü").
bool isLetterByte(char c) { return isAsciiLetter(c) || (static_cast<unsigned char>(c) >= 0x80); }

bool sameIgnoringCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lower(b[i])) return false;
    return true;
}

// Takes `token` off the end of `text` when it stands there on its own (a word
// is not the end of a longer word: "Team" does not end in "m") and something is left.
bool takeSuffix(std::string_view& text, std::string_view token) {
    if (token.empty() || text.size() <= token.size()) return false;
    const std::size_t at = text.size() - token.size();
    if (!sameIgnoringCase(text.substr(at), token)) return false;
    if (isAsciiLetter(token.front()) && isLetterByte(text[at - 1])) return false;
    text = trimSpaces(text.substr(0, at));
    return !text.empty();
}

bool takePrefix(std::string_view& text, std::string_view token) {
    if (token.empty() || text.size() <= token.size()) return false;
    if (!sameIgnoringCase(text.substr(0, token.size()), token)) return false;
    if (isAsciiLetter(token.back()) && isLetterByte(text[token.size()])) return false;
    text = trimSpaces(text.substr(token.size()));
    return !text.empty();
}

template <typename Take>
bool takeCurrency(const Currency& currency, Take take) {
    if (take(currency.code)) return true;
    for (std::string_view sign : currency.signs)
        if (take(sign)) return true;
    return false;
}

// Currency around money: the page's own is taken off; another one known fails.
// Returns the power of ten a "T" before the currency adds (900 T€), or -1 for another currency.
int takeCurrencies(std::string_view& text, const FieldContext& context) {
    const Currency* page = currencyOf(context.currency);
    const Currency own{context.currency, {"", "", ""}, context.currency};
    const Currency& mine = page ? *page : own;
    const auto prefix = [&](std::string_view token) { return takePrefix(text, token); };
    const auto thousand = [&](std::string_view token) {
        return !token.empty() && takeSuffix(text, std::string("T") + std::string(token));
    };
    const auto suffix = [&](std::string_view token) { return takeSuffix(text, token); };
    takeCurrency(mine, prefix);
    int exponent = 0;
    if (takeCurrency(mine, thousand))
        exponent = 3;
    else
        takeCurrency(mine, suffix);
    for (const Currency& other : kCurrencies) {
        if (&other == page) continue;
        if (takeCurrency(other, prefix) || takeCurrency(other, suffix)) return -1;
    }
    return exponent;
}

int takeMagnitude(std::string_view& text, Locale locale) {
    for (const Token& token : kMagnitudes)
        if (takeSuffix(text, token.text)) return token.factor;
    if (locale == Locale::en)
        for (const Token& token : kEnglishBillions)
            if (takeSuffix(text, token.text)) return token.factor;
    return 0;
}

bool takeCountUnit(std::string_view& text, const FieldContext& context) {
    for (std::string_view unit : kCountUnits)
        if (takeSuffix(text, unit)) return true;
    for (const std::string& stage : context.stages) {
        for (std::string_view plural : {"", "s", "n", "en", "e"})
            if (takeSuffix(text, stage + std::string(plural))) return true;
    }
    return false;
}

// A field's own unit, where it has one (field_units.h), taken off the end.
void takeFieldUnit(std::string_view& text, std::string_view path) {
    for (const std::string_view word : fieldUnits(path))
        if (takeSuffix(text, word)) return;
}

FieldReading failed(FieldReading reading, Code code) {
    reading.ok = false;
    reading.code = code;
    return reading;
}

// The word that does not belong: the first run of letters (and dots, as in "Mio.").
std::string strayWord(std::string_view text) {
    std::size_t start = 0;
    while (start < text.size() && !isLetterByte(text[start])) ++start;
    std::size_t end = start;
    while (end < text.size() && (isLetterByte(text[end]) || text[end] == '.')) ++end;
    return std::string(text.substr(start, end - start));
}

bool hasLetter(std::string_view text) {
    for (char c : text)
        if (isAsciiLetter(c)) return true;
    return false;
}

// value x factor, exactly, through its shortest decimal.
double timesWhole(double value, std::uint64_t factor) {
    if (value == 0) return 0;
    const Decimal decimal = shortestDecimal(value < 0 ? -value : value);
    if (decimal.digits > UINT64_MAX / factor) return value * static_cast<double>(factor);
    return decimalToDouble(value < 0, std::to_string(decimal.digits * factor), "", decimal.exponent);
}

// Numbers parted by spaces only ("1850 470 81"): several numbers, when more
// than one reads and the whole did not.
std::vector<double> spacedNumbers(std::string_view text, Locale locale) {
    std::vector<double> numbers;
    while (!(text = trimSpaces(text)).empty()) {
        const std::size_t end = text.find(' ');
        const ParsedNumber part = parseNumber(text.substr(0, end), locale);
        if (!part.ok) return {};
        numbers.push_back(part.value);
        if (end == std::string_view::npos) break;
        text.remove_prefix(end);
    }
    return numbers.size() > 1 ? numbers : std::vector<double>{};
}

Hint hintAt(std::string_view path, HintCode code, std::string typed, std::vector<double> figures) {
    Hint hint;
    hint.field = std::string(path);
    hint.code = code;
    hint.typed = std::move(typed);
    hint.figures = std::move(figures);
    return hint;
}

}  // namespace

FieldKind fieldKindOf(std::string_view path) {
    if (path == "goal.revenue" || path == "goal.dealValue" || path == "dealValue" || path == "budget")
        return FieldKind::money;
    const std::string_view spend = ".spend";  // a channel's spend (issue 18)
    if (path.size() >= spend.size() && path.substr(path.size() - spend.size()) == spend) return FieldKind::money;
    if (path == "historyMonths" || path == "sla.term") return FieldKind::months;  // "1 Jahr": 12 months
    if (path == "growth") return FieldKind::percent;                              // the schedule's growth per month
    if (path.substr(0, 12) == "channelRate[") return FieldKind::percent;          // a channel's rate (issue 18)
    const std::string_view rate = ".rate";
    if (path.size() >= rate.size() && path.substr(path.size() - rate.size()) == rate) return FieldKind::percent;
    return FieldKind::count;
}

FieldReading readField(std::string_view path, std::string_view text, const FieldContext& context) {
    FieldReading reading;
    std::string_view rest = trimSpaces(text);
    reading.typed = std::string(rest);
    if (rest.empty()) return failed(reading, Code::empty);
    if (rest.find_first_of("\t;\r\n") != std::string_view::npos) {
        const PastedRow row = readRow(rest, context);
        if (row.ok && row.values.size() > 1) {
            reading.numbers = row.values;
            return failed(reading, Code::several_numbers);
        }
    }

    const FieldKind kind = fieldKindOf(path);
    const Locale locale = context.locale;
    int exponent = 0;
    int months = 1;
    bool percentWord = false;
    if (kind == FieldKind::money) {
        exponent = takeCurrencies(rest, context);
        if (exponent < 0) return failed(reading, Code::other_currency);
        for (std::string_view sign : kNoCents)
            if (takeSuffix(rest, sign)) break;
        if (exponent == 0) exponent = takeMagnitude(rest, locale);
    } else if (kind == FieldKind::count) {
        if (!takeCountUnit(rest, context)) takeFieldUnit(rest, path);
        exponent = takeMagnitude(rest, locale);
    } else if (kind == FieldKind::months) {
        for (std::string_view unit : kOtherTimeUnits)
            if (takeSuffix(rest, unit)) return failed(reading, Code::wrong_unit);
        for (const Token& unit : kMonthUnits)
            if (takeSuffix(rest, unit.text)) {
                months = unit.factor;
                break;
            }
    } else {
        for (std::string_view word : kPercentWords)
            if (takeSuffix(rest, word)) percentWord = true;
    }

    ParsedNumber parsed = kind == FieldKind::percent ? parsePercent(rest, locale) : parseScaled(rest, locale, exponent);
    // "2.5M" on a German page: with a magnitude word, a number that is none in
    // the page's language but is one in the other (no group of three) reads so.
    if (!parsed.ok && exponent > 0 && parsed.code == Code::misplaced_separator)
        parsed = parseScaled(rest, locale == Locale::de ? Locale::en : Locale::de, exponent);
    if (!parsed.ok) {
        if (parsed.code != Code::not_finite && hasLetter(rest)) {
            reading.word = strayWord(rest);
            return failed(reading, Code::unknown_word);
        }
        reading.numbers = spacedNumbers(rest, locale);
        return failed(reading, reading.numbers.empty() ? parsed.code : Code::several_numbers);
    }
    if (parsed.percent && (kind != FieldKind::percent || percentWord)) return failed(reading, Code::wrong_unit);
    const double value = months == 1 ? parsed.value : timesWhole(parsed.value, static_cast<std::uint64_t>(months));
    if (!(value <= kMaxSafeInteger && value >= -kMaxSafeInteger)) return failed(reading, Code::out_of_range);
    reading.ok = true;
    reading.value = value;
    if (exponent > 0) reading.hint = hintAt(path, HintCode::read_as, reading.typed, {reading.value});
    if (months != 1) reading.hint = hintAt(path, HintCode::read_as_months, reading.typed, {reading.value});
    const bool explicitPercent = parsed.percent || percentWord;
    // A rate below 1 % is rare; a growth of 0,5 % a month is not: only rates get the hint.
    if (kind == FieldKind::percent && path != "growth" && !explicitPercent && parsed.value > 0 && parsed.value < 0.01) {
        const double meant = parseNumber(rest, locale).value;  // "0,31" meant as 31 %: the share 0.31
        reading.hint = hintAt(path, HintCode::percent_as_fraction, "", {parsed.value, meant});
        reading.hint->apply.push_back(Suggestion{std::string(path), meant});
    }
    return reading;
}

PastedRow readRow(std::string_view text, const FieldContext& context) {
    std::vector<std::string_view> cells;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const bool end = i == text.size();
        if (!end && text[i] != '\t' && text[i] != ';' && text[i] != '\r' && text[i] != '\n') continue;
        cells.push_back(text.substr(start, i - start));
        if (!end && text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
        start = i + 1;
    }
    while (!cells.empty() && trimSpaces(cells.back()).empty()) cells.pop_back();
    PastedRow row;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        FieldReading cell = readField("", cells[i], context);
        if (!cell.ok) {
            row.failedCell = i;
            row.failure = std::move(cell);
            return row;
        }
        row.values.push_back(cell.value);
    }
    row.ok = !row.values.empty();
    if (!row.ok) row.failure.code = Code::empty;
    return row;
}

}  // namespace funnel
