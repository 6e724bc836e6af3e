#include "csv_writer.h"

#include <cmath>

#include "format_number.h"
#include "unicode_text.h"

namespace funnel {
namespace {

// What makes Excel, LibreOffice and Google Sheets evaluate a cell, ASCII and
// the full-width forms (U+FF1D, U+FF0B, U+FF0D, U+FF20) some of them also take.
bool startsLikeFormula(std::string_view text) {
    const auto first = text.find_first_not_of(' ');
    if (first == std::string_view::npos) return false;
    text.remove_prefix(first);
    if (std::string_view("=+-@\t\r\n").find(text[0]) != std::string_view::npos) return true;
    for (const std::string_view wide : {"\xEF\xBC\x9D", "\xEF\xBC\x8B", "\xEF\xBC\x8D", "\xEF\xBC\xA0"}) {
        if (text.substr(0, wide.size()) == wide) return true;
    }
    return false;
}

void appendQuoted(std::string& out, std::string_view text, bool formula) {
    out += formula ? "\"'" : "\"";
    appendWellFormed(out, text, [](std::string_view from, std::size_t at, std::string& to) {
        if (from[at] == '"') to += '"';
        to += from[at];
    });
    out += '"';
}

void appendText(std::string& out, std::string_view text, char separator) {
    const bool formula = startsLikeFormula(text);
    const char split[] = {'"', '\r', '\n', separator, '\0'};
    const bool plain = !formula && text.find_first_of(split) == std::string_view::npos &&
                       (text.empty() || (text.front() != ' ' && text.back() != ' '));
    if (plain)
        appendWellFormed(out, text, [](std::string_view from, std::size_t at, std::string& to) { to += from[at]; });
    else
        appendQuoted(out, text, formula);
}

}  // namespace

std::string csvTextCell(std::string_view text, char separator) {
    std::string out;
    appendText(out, text, separator);
    return out;
}

std::string writeCsv(const Value& table) {
    const Value* tag = table.find("locale");
    const Locale locale = tag && tag->is(Value::Kind::string) ? localeFromTag(tag->string) : Locale::en;
    const char separator = locale == Locale::de ? ';' : ',';
    std::string out = "\xEF\xBB\xBF";
    const Value* rows = table.find("rows");
    if (!rows) return out;
    for (const Value& row : rows->items) {
        for (std::size_t i = 0; i < row.items.size(); ++i) {
            if (i > 0) out += separator;
            const Value& cell = row.items[i];
            if (cell.is(Value::Kind::string))
                appendText(out, cell.string, separator);
            else if (cell.is(Value::Kind::number) && std::isfinite(cell.number))
                out += formatNumber(cell.number, locale, NumberStyle::plain);
        }
        out += "\r\n";
    }
    return out;
}

}  // namespace funnel
