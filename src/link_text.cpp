#include "link_text.h"

#include <cmath>

#include "decimal.h"
#include "field_path.h"
#include "format_number.h"
#include "parse_number.h"
#include "unicode_text.h"

namespace funnel::link {

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    for (;;) {
        const auto at = text.find(separator);
        parts.push_back(text.substr(0, at));
        if (at == std::string_view::npos) return parts;
        text.remove_prefix(at + 1);
    }
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// A plain ASCII number as writeShareLink spells it: -12.5, 0.25, 1e-7.
bool readNumber(std::string_view text, double& out) {
    if (text.empty() || text.size() > kMaxNumberLength) return false;
    const bool negative = text[0] == '-';
    if (negative) text.remove_prefix(1);
    std::string integer;
    std::string fraction;
    while (!text.empty() && isDigit(text[0])) integer += text[0], text.remove_prefix(1);
    if (!text.empty() && text[0] == '.') {
        text.remove_prefix(1);
        while (!text.empty() && isDigit(text[0])) fraction += text[0], text.remove_prefix(1);
        if (fraction.empty()) return false;  // "0." is a cut-off link, not a number
    }
    if (integer.empty() && fraction.empty()) return false;
    int exponent = 0;
    if (!text.empty() && (text[0] == 'e' || text[0] == 'E')) {
        text.remove_prefix(1);
        const bool negativeExponent = !text.empty() && text[0] == '-';
        if (!text.empty() && (text[0] == '-' || text[0] == '+')) text.remove_prefix(1);
        if (text.empty() || text.size() > 3) return false;
        for (const char c : text) {
            if (!isDigit(c)) return false;
            exponent = exponent * 10 + (c - '0');
        }
        text = {};
        if (negativeExponent) exponent = -exponent;
    }
    if (!text.empty()) return false;
    out = decimalToDouble(negative, integer, fraction, exponent);
    return std::isfinite(out);
}

std::string writeNumber(double value) {
    if (!std::isfinite(value)) return "0";
    if (value == 0) return "0";
    const Decimal decimal = shortestDecimal(std::fabs(value));
    std::string digits = std::to_string(decimal.digits);
    std::string text = value < 0 ? "-" : "";
    const int exponent = decimal.exponent;
    if (exponent >= 0 && exponent <= 15) return text + digits + std::string(static_cast<std::size_t>(exponent), '0');
    const int point = static_cast<int>(digits.size()) + exponent;  // digits before the decimal point
    if (exponent < 0 && point > -7) {
        if (point > 0)
            return text + digits.substr(0, static_cast<std::size_t>(point)) + "." +
                   digits.substr(static_cast<std::size_t>(point));
        return text + "0." + std::string(static_cast<std::size_t>(-point), '0') + digits;
    }
    return text + digits + "e" + std::to_string(exponent);
}

namespace {

bool isUnreserved(unsigned char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || isDigit(static_cast<char>(c)) || c == '-' || c == '.' ||
           c == '_';
}

}  // namespace

std::string percentEncode(std::string_view text) {
    static const char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (isUnreserved(byte)) {
            out += c;
        } else {
            out += '%';
            out += kHex[byte >> 4];
            out += kHex[byte & 15];
        }
    }
    return out;
}

namespace {

int hexValue(char c) {
    if (isDigit(c)) return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

}  // namespace

// Text the page can put into a field as it is: well-formed UTF-8 (a proper
// JavaScript string) without CR or LF, which a text field would silently drop.
bool percentDecode(std::string_view text, std::string& out) {
    out.clear();
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%') {
            out += text[i];
            continue;
        }
        if (i + 2 >= text.size()) return false;
        const int high = hexValue(text[i + 1]);
        const int low = hexValue(text[i + 2]);
        if (high < 0 || low < 0) return false;
        out += static_cast<char>(high * 16 + low);
        i += 2;
    }
    return isValidUtf8(out) && out.find_first_of("\r\n") == std::string::npos;
}

// Whether a field shows `value` as it is: the page spells a number with every
// digit (a rate in percent) and reads the text back, so 1e-21 as a rate,
// which it would spell "0 %", or 1e20, beyond what it reads, cannot be shown.
bool showsAsIs(double value, bool percent) {
    const std::string text = formatNumber(value, Locale::en, percent ? NumberStyle::exactPercent : NumberStyle::exact);
    const ParsedNumber read = percent ? parsePercent(text, Locale::en) : parseNumber(text, Locale::en);
    return read.ok && read.value == value;
}

// One field of a number: a number, empty (null), or text as typed. What is
// unreadable or cannot be shown is left empty, with a notice on `field`.
Value readField(std::string_view text, bool percent, const std::string& field, Notices& notices) {
    if (text.empty()) return Value::null();
    if (text[0] == kTyped) {
        std::string typed;
        if (percentDecode(text.substr(1), typed) && !typed.empty() && typed.size() <= kMaxTypedBytes) {
            return Value::of(std::move(typed));
        }
        notices.add(field, kUnreadable);
        return Value::null();
    }
    double number = 0;
    if (!readNumber(text, number)) {
        notices.add(field, kUnreadable);
    } else if (!showsAsIs(number, percent)) {
        notices.add(field, kUnsupported);
    } else {
        return Value::of(number);
    }
    return Value::null();
}

bool isNumber(const Value* value) { return value && value->is(Value::Kind::number) && std::isfinite(value->number); }

// Appends a field as the link spells it; false, and nothing, for a value that is no field's.
bool appendField(std::string& out, const Value* value) {
    if (isNumber(value)) {
        out += writeNumber(value->number);
    } else if (value && value->is(Value::Kind::string)) {
        const std::string& text = value->string;
        if (!text.empty() && text.size() <= kMaxTypedBytes && isValidUtf8(text) &&
            text.find_first_of("\r\n") == std::string::npos) {
            out += kTyped;
            out += percentEncode(text);
        }
    } else if (!value || !value->is(Value::Kind::null)) {
        return false;
    }
    return true;
}

std::string lowerCase(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// "30,45": one field each; an empty list part is an empty field.
Value readFieldList(std::string_view text, const std::string& field, Notices& notices) {
    const auto parts = split(text, ',');
    Value list = Value::array();
    if (parts.size() > kMaxListFields) {
        notices.add(field, kUnreadable);
        return list;
    }
    for (std::size_t i = 0; i < parts.size(); ++i) list.push(readField(parts[i], false, indexed(field, i), notices));
    return list;
}

void appendFieldList(std::string& out, const Value& list) {
    for (std::size_t i = 0; i < list.items.size(); ++i) {
        if (i > 0) out += ',';
        const std::size_t start = out.size();
        if (!appendField(out, &list.items[i])) out.resize(start);
    }
}

Value readFieldTable(std::string_view text, const std::string& field, Notices& notices) {
    const auto rows = split(text, ',');
    Value table = Value::array();
    if (rows.size() > kMaxTableRows) {
        notices.add(field, kUnreadable);
        return table;
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        Value row = Value::array();
        const auto cells = rows[i].empty() ? std::vector<std::string_view>{} : split(rows[i], ':');
        if (cells.size() > kMaxTableColumns) notices.add(indexed(field, i), kUnreadable);
        bool holds = false;
        for (std::size_t j = 0; j < cells.size() && j < kMaxTableColumns; ++j) {
            row.push(readField(cells[j], false, indexed(indexed(field, i), j), notices));
            holds = holds || !row.items.back().is(Value::Kind::null);
        }
        table.push(holds ? std::move(row) : Value::array());  // "::" is an empty month, as "" is
    }
    return table;
}

void appendFieldTable(std::string& out, const Value& table) {
    for (std::size_t i = 0; i < table.items.size() && i < kMaxTableRows; ++i) {
        if (i > 0) out += ',';
        const Value& row = table.items[i];
        // A row of nothing but empty fields is written as an empty row.
        bool holds = false;
        for (const Value& cell : row.items) holds = holds || !cell.is(Value::Kind::null);
        if (!row.is(Value::Kind::array) || !holds) continue;
        for (std::size_t j = 0; j < row.items.size() && j < kMaxTableColumns; ++j) {
            if (j > 0) out += ':';
            const std::size_t start = out.size();
            if (!appendField(out, &row.items[j])) out.resize(start);
        }
    }
}

bool isChoice(const Choices& choices, std::string_view text) {
    for (std::size_t i = 0; i < choices.count; ++i) {
        if (choices.texts[i] == text) return true;
    }
    return false;
}

bool isChoice(const Choices& choices, double number) {
    for (std::size_t i = 0; i < choices.count; ++i) {
        if (choices.numbers[i] == number) return true;
    }
    return false;
}

}  // namespace funnel::link
