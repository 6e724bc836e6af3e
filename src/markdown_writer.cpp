#include "markdown_writer.h"

#include <algorithm>

#include "unicode_text.h"

namespace funnel {
namespace {

using Kind = Value::Kind;

// ASCII punctuation that can open or close markup anywhere in a line. "(",
// ")" and ":" only matter after "[" or "<", which are escaped; ".", ",",
// "%" and "-" stay as they are, so numbers read plainly in the raw text.
bool opensMarkup(char c) { return std::string_view("\\`*_[]<>!|~&#$^{}").find(c) != std::string_view::npos; }

bool isAsciiAlphanumeric(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// "www" (any case) just before `at`, and no letter or digit before that.
bool afterWww(std::string_view text, std::size_t at) {
    if (at < 3 || (at > 3 && isAsciiAlphanumeric(text[at - 4]))) return false;
    for (std::size_t i = at - 3; i < at; ++i) {
        if (text[i] != 'w' && text[i] != 'W') return false;
    }
    return true;
}

const std::vector<Value>& listOf(const Value& object, const char* key) {
    static const std::vector<Value> kNone;
    const Value* list = object.find(key);
    return list && list->is(Kind::array) ? list->items : kNone;
}

std::string_view textOf(const Value* value) {
    return value && value->is(Kind::string) ? std::string_view(value->string) : std::string_view();
}

// A line that starts a block: without what would make it a list, a quote, a
// thematic break, a setext underline or a code block. "" for a blank line.
std::string blockLine(std::string_view text) {
    std::string line = markdownText(text);
    line.erase(0, line.find_first_not_of(' '));
    if (line.empty()) return line;
    if (line[0] == '-' || line[0] == '+' || line[0] == '=') return "\\" + line;
    const auto digits = line.find_first_not_of("0123456789");
    if (digits > 0 && digits != std::string::npos && (line[digits] == '.' || line[digits] == ')')) {
        line.insert(digits, "\\");
    }
    return line;
}

void appendRow(std::string& out, const std::vector<Value>& cells, std::size_t columns) {
    out += '|';
    for (std::size_t i = 0; i < columns; ++i) {
        out += ' ';
        if (i < cells.size()) out += markdownText(textOf(&cells[i]));
        out += " |";
    }
}

void appendTable(std::string& out, const Value& block) {
    const auto& header = listOf(block, "header");
    const auto& align = listOf(block, "align");
    const auto& rows = listOf(block, "rows");
    std::size_t columns = header.size();
    for (const Value& row : rows) columns = std::max(columns, row.items.size());
    appendRow(out, header, columns);
    out += "\n|";
    for (std::size_t i = 0; i < columns; ++i)
        out += i < align.size() && textOf(&align[i]) == "right" ? "---:|" : "---|";
    for (const Value& row : rows) {
        out += '\n';
        appendRow(out, row.items, columns);
    }
}

}  // namespace

std::string markdownText(std::string_view typed) {
    const std::string text = wellFormed(typed);
    std::string out;
    for (std::size_t at = 0; at < text.size(); ++at) {
        const char c = text[at];
        if ((c > 0 && c < ' ') || c == 0x7F) {
            out += ' ';  // a line break would end the block, a tab indent it; no control character shows
            continue;
        }
        // Escaped: markup; ":" of "://" and "." of "www.", which GFM would make bare links.
        if (opensMarkup(c) || (c == ':' && text.compare(at + 1, 2, "//") == 0) || (c == '.' && afterWww(text, at))) {
            out += '\\';
        }
        out += c;
        // GFM links an address however its "@" is escaped: only a non-address character stops it.
        if (c == '@') out += "\xE2\x81\xA0";
    }
    return out;
}

std::string writeMarkdown(const Value& document) {
    std::string out;
    for (const Value& block : listOf(document, "blocks")) {
        const std::size_t start = out.size();
        if (start > 0) out += "\n\n";
        const std::string_view kind = textOf(block.find("kind"));
        if (kind == "table") {
            if (listOf(block, "header").empty() && listOf(block, "rows").empty()) {
                out.resize(start);
                continue;
            }
            appendTable(out, block);
            continue;
        }
        const std::string line = blockLine(textOf(block.find("text")));
        if (line.empty() && kind != "heading") {
            out.resize(start);  // a blank paragraph is no block
            continue;
        }
        if (kind == "heading") out += "# ";
        out += line;
    }
    if (!out.empty()) out += '\n';
    return out;
}

}  // namespace funnel
