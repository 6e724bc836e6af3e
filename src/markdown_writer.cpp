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

bool isControl(char c) { return (c > 0 && c < ' ') || c == 0x7F; }

bool isAsciiAlphanumeric(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// "www" (any case) just before `at`, and no letter or digit before that.
bool afterWww(std::string_view text, std::size_t at) {
    if (at < 3 || (at > 3 && isAsciiAlphanumeric(text[at - 4]))) return false;
    for (std::size_t i = at - 3; i < at; ++i) {
        if (text[i] != 'w' && text[i] != 'W') return false;
    }
    return true;
}

void appendEscaped(std::string_view text, std::size_t at, std::string& out) {
    const char c = text[at];
    if (isControl(c)) {
        out += ' ';  // a line break would end the block, a tab indent it; no control character shows
        return;
    }
    // Escaped: markup; ":" of "://" and "." of "www.", which GFM would make bare links.
    if (opensMarkup(c) || (c == ':' && text.compare(at + 1, 2, "//") == 0) || (c == '.' && afterWww(text, at))) {
        out += '\\';
    }
    out += c;
    // GFM links an address however its "@" is escaped: only a non-address character stops it.
    if (c == '@') out += "\xE2\x81\xA0";
}

void appendText(std::string& out, std::string_view text) { appendWellFormed(out, text, appendEscaped); }

const std::vector<Value>& listOf(const Value& object, const char* key) {
    static const std::vector<Value> kNone;
    const Value* list = object.find(key);
    return list && list->is(Kind::array) ? list->items : kNone;
}

std::string_view textOf(const Value* value) {
    return value && value->is(Kind::string) ? std::string_view(value->string) : std::string_view();
}

// A line that starts a block, without what would make it a list, a quote, a
// thematic break, a setext underline or a code block. False for a blank line.
bool appendBlockLine(std::string& out, std::string_view text) {
    while (!text.empty() && (text[0] == ' ' || isControl(text[0]))) text.remove_prefix(1);
    if (text.empty()) return false;
    if (text[0] == '-' || text[0] == '+' || text[0] == '=') out += '\\';
    const auto digits = std::min(text.find_first_not_of("0123456789"), text.size());
    if (digits > 0 && digits < text.size() && (text[digits] == '.' || text[digits] == ')')) {
        appendText(out, text.substr(0, digits));
        out += '\\';
        text.remove_prefix(digits);
    }
    appendText(out, text);
    return true;
}

void appendRow(std::string& out, const std::vector<Value>& cells, std::size_t columns) {
    out += '|';
    for (std::size_t i = 0; i < columns; ++i) {
        out += ' ';
        if (i < cells.size()) appendText(out, textOf(&cells[i]));
        out += " |";
    }
}

// False for a table without a header or rows.
// A bulleted list, an item per line ("items"); each item's text cannot open another block.
bool appendList(std::string& out, const Value& block) {
    bool written = false;
    for (const Value& item : listOf(block, "items")) {
        const std::size_t start = out.size();
        if (written) out += '\n';
        out += "- ";
        if (appendBlockLine(out, textOf(&item)))
            written = true;
        else
            out.resize(start);
    }
    return written;
}

bool appendTable(std::string& out, const Value& block) {
    const auto& header = listOf(block, "header");
    const auto& align = listOf(block, "align");
    const auto& rows = listOf(block, "rows");
    std::size_t columns = header.size();
    for (const Value& row : rows) columns = std::max(columns, row.items.size());
    if (columns == 0) return false;
    appendRow(out, header, columns);
    out += "\n|";
    for (std::size_t i = 0; i < columns; ++i)
        out += i < align.size() && textOf(&align[i]) == "right" ? "---:|" : "---|";
    for (const Value& row : rows) {
        out += '\n';
        appendRow(out, row.items, columns);
    }
    return true;
}

}  // namespace

std::string markdownText(std::string_view text) {
    std::string out;
    appendText(out, text);
    return out;
}

std::string writeMarkdown(const Value& document) {
    std::string out;
    for (const Value& block : listOf(document, "blocks")) {
        const std::size_t start = out.size();
        if (start > 0) out += "\n\n";
        const std::string_view kind = textOf(block.find("kind"));
        const std::string_view text = textOf(block.find("text"));
        bool written = false;
        if (kind == "table") {
            written = appendTable(out, block);
        } else if (kind == "heading") {
            // Level 1 to 3 ("level", default 1): a document's title and its sections.
            const Value* level = block.find("level");
            const int depth = level && level->is(Value::Kind::number) && level->number >= 2 && level->number <= 3
                                  ? static_cast<int>(level->number)
                                  : 1;
            out.append(static_cast<std::size_t>(depth), '#');
            out += ' ';
            appendBlockLine(out, text);
            written = true;
        } else if (kind == "list") {
            written = appendList(out, block);
        } else {
            written = appendBlockLine(out, text);
        }
        if (!written) out.resize(start);  // a blank paragraph or an empty table is no block
    }
    if (!out.empty()) out += '\n';
    return out;
}

}  // namespace funnel
