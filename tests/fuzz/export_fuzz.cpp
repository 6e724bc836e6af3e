// libFuzzer target: any names and numbers through the CSV and Markdown
// writers. No spreadsheet may read a typed cell as a formula, no Markdown
// renderer (GitHub's cmark-gfm, autolinks on) may make a link, an image or
// HTML of any of it, and each text must come back as it was given.
//
// The input: a locale byte, then pieces separated by NUL. Every third piece
// of exactly 8 bytes is a number (its IEEE bits); the others are text.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "csv_reader.h"
#include "csv_writer.h"
#include "issue.h"
#include "markdown_oracle.h"
#include "markdown_writer.h"
#include "unicode_text.h"

namespace {

using funnel::Value;

void require(bool condition) {
    if (!condition) std::abort();
}

std::vector<std::string> piecesOf(std::string_view data) {
    std::vector<std::string> pieces;
    for (std::size_t at = 0; pieces.size() < 24;) {
        const auto end = data.find('\0', at);
        pieces.emplace_back(data.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at));
        if (end == std::string_view::npos) break;
        at = end + 1;
    }
    return pieces;
}

bool isTrigger(std::string_view cell) {
    const auto first = cell.find_first_not_of(' ');
    if (first == std::string_view::npos) return false;
    const std::string_view rest = cell.substr(first);
    if (std::string_view("=+-@\t\r\n").find(rest[0]) != std::string_view::npos) return true;
    for (const std::string_view wide : {"\xEF\xBC\x9D", "\xEF\xBC\x8B", "\xEF\xBC\x8D", "\xEF\xBC\xA0"}) {
        if (rest.substr(0, wide.size()) == wide) return true;
    }
    return false;
}

// A number as a spreadsheet reads one: digits, one decimal mark, a minus.
bool isPlainNumber(std::string_view cell, char point) {
    if (!cell.empty() && cell[0] == '-') cell.remove_prefix(1);
    const auto mark = cell.find(point);
    const std::string_view integer = cell.substr(0, mark);
    const std::string_view fraction = mark == std::string_view::npos ? "" : cell.substr(mark + 1);
    auto digits = [](std::string_view part) { return part.find_first_not_of("0123456789") == std::string_view::npos; };
    return !integer.empty() && digits(integer) && digits(fraction) && fraction.size() <= 4 &&
           (mark == std::string_view::npos || !fraction.empty());
}

void checkCsv(const Value& rows, funnel::Locale locale) {
    const char separator = locale == funnel::Locale::de ? ';' : ',';
    const std::string csv = funnel::writeCsv(
        Value::object().set("locale", Value::of(locale == funnel::Locale::de ? "de" : "en")).set("rows", rows));
    require(csv.rfind("\xEF\xBB\xBF", 0) == 0);
    const auto read = funnel::testing::readCsv(std::string_view(csv).substr(3), separator);
    require(read && read->size() == rows.items.size());
    for (std::size_t r = 0; r < rows.items.size(); ++r) {
        const auto& cells = rows.items[r].items;
        require((*read)[r].size() == cells.size());
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const std::string& written = (*read)[r][c];
            if (cells[c].is(Value::Kind::string)) {
                // Formula-like text comes back behind a quote; anything else as it was.
                const std::string typed = funnel::wellFormed(cells[c].string);
                require(written == (isTrigger(typed) ? "'" + typed : typed));
                require(!isTrigger(written));
            } else if (std::isfinite(cells[c].number)) {
                require(isPlainNumber(written, locale == funnel::Locale::de ? ',' : '.'));
            } else {
                require(written.empty());
            }
        }
    }
}

// What a renderer shows of a text: one line, control characters as spaces,
// without the spaces around it, and a word joiner after each "@"
// (markdownText's guard against mail links).
std::string shown(const std::string& typed) {
    std::string out;
    for (const char c : funnel::wellFormed(typed)) {
        out += (c > 0 && c < ' ') || c == 0x7F ? ' ' : c;
        if (c == '@') out += "\xE2\x81\xA0";
    }
    const auto first = out.find_first_not_of(' ');
    return first == std::string::npos ? "" : out.substr(first, out.find_last_not_of(' ') - first + 1);
}

Value texts(const std::vector<std::string>& list) {
    Value out = Value::array();
    for (const auto& text : list) out.push(Value::of(text));
    return out;
}

Value block(const char* kind, const std::string& text) {
    return Value::object().set("kind", Value::of(kind)).set("text", Value::of(text));
}

void checkMarkdown(const std::vector<std::string>& pieces) {
    const std::string heading = pieces[0];
    const std::string paragraph = pieces.size() > 1 ? pieces[1] : "";
    const std::vector<std::string> header(pieces.begin(), pieces.begin() + std::min<std::size_t>(3, pieces.size()));
    std::vector<std::vector<std::string>> rows;
    for (std::size_t i = 3; i < pieces.size(); ++i) {
        if ((i - 3) % 3 == 0) rows.emplace_back();
        rows.back().push_back(pieces[i]);
    }
    Value table = Value::object()
                      .set("kind", Value::of("table"))
                      .set("header", texts(header))
                      .set("align", texts({"left", "right"}))
                      .set("rows", Value::array());
    for (const auto& row : rows) table.members.back().value.push(texts(row));
    const Value document = Value::object().set(
        "blocks", Value::array().push(block("heading", heading)).push(block("paragraph", paragraph)).push(table));
    const auto parsed = funnel::testing::parseMarkdown(funnel::writeMarkdown(document));
    require(parsed.markup.empty());
    const bool hasParagraph = !shown(paragraph).empty();
    require(parsed.blocks == (hasParagraph ? std::vector<std::string>{"heading", "paragraph", "table"}
                                           : std::vector<std::string>{"heading", "table"}));
    // Each text reads as given.
    require(parsed.blockTexts[0] == shown(heading));
    if (hasParagraph) require(parsed.blockTexts[1] == shown(paragraph));
    require(parsed.tableCells.size() == rows.size() + 1);
    for (std::size_t c = 0; c < header.size(); ++c) require(parsed.tableCells[0][c] == shown(header[c]));
    for (std::size_t r = 0; r < rows.size(); ++r) {
        for (std::size_t c = 0; c < rows[r].size(); ++c) require(parsed.tableCells[r + 1][c] == shown(rows[r][c]));
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const auto locale = (data[0] & 1) ? funnel::Locale::de : funnel::Locale::en;
    const auto pieces = piecesOf(std::string_view(reinterpret_cast<const char*>(data + 1), size - 1));
    Value rows = Value::array();
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        if (i % 3 == 0) rows.push(Value::array());
        Value cell = Value::of(pieces[i]);
        if (i % 3 == 2 && pieces[i].size() == 8) {
            double number = 0;
            std::memcpy(&number, pieces[i].data(), 8);
            cell = Value::of(number);
        }
        rows.items.back().push(std::move(cell));
    }
    checkCsv(rows, locale);
    checkMarkdown(pieces);
    return 0;
}
