#include "delimited_reader.h"

namespace funnel {
namespace {

constexpr std::size_t kLinesToDetect = 20;

bool isLineEnd(char c) { return c == '\n' || c == '\r'; }

}  // namespace

char detectDelimiter(std::string_view text) {
    constexpr char kCandidates[] = {'\t', ';', ','};
    // Each candidate's count on each of the first lines, outside quotes.
    std::vector<std::vector<std::size_t>> counts(3);
    std::size_t current[3] = {0, 0, 0};
    bool quoted = false;
    bool lineHasText = false;
    std::size_t lines = 0;
    const auto endLine = [&] {
        if (lineHasText) {
            for (int k = 0; k < 3; ++k) counts[k].push_back(current[k]);
            ++lines;
        }
        current[0] = current[1] = current[2] = 0;
        lineHasText = false;
    };
    for (std::size_t i = 0; i < text.size() && lines < kLinesToDetect; ++i) {
        const char c = text[i];
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && isLineEnd(c)) {
            endLine();
        } else if (!quoted) {
            for (int k = 0; k < 3; ++k)
                if (c == kCandidates[k]) ++current[k];
        }
        if (!isLineEnd(c)) lineHasText = true;
    }
    if (lines < kLinesToDetect) endLine();
    // Consistent on every line and most often wins; else the highest count on the poorest line.
    int best = -1;
    std::size_t bestCount = 0;
    bool bestConsistent = false;
    for (int k = 0; k < 3; ++k) {
        if (counts[k].empty()) continue;
        std::size_t lowest = counts[k][0];
        bool consistent = true;
        for (std::size_t n : counts[k]) {
            consistent = consistent && n == counts[k][0];
            lowest = std::min(lowest, n);
        }
        if (lowest == 0) continue;
        if ((consistent && !bestConsistent) || (consistent == bestConsistent && lowest > bestCount)) {
            best = k;
            bestCount = lowest;
            bestConsistent = consistent;
        }
    }
    return best < 0 ? ',' : kCandidates[best];
}

bool DelimitedReader::next(std::vector<std::string>& cells, std::size_t& line) {
    // Empty lines are no rows.
    while (at_ < text_.size() && isLineEnd(text_[at_])) {
        if (text_[at_] == '\r' && at_ + 1 < text_.size() && text_[at_ + 1] == '\n') ++at_;
        ++at_;
        ++line_;
    }
    if (at_ >= text_.size()) return false;
    line = line_;
    // The cells' strings are reused from row to row: no allocation per cell once the first rows are read.
    std::size_t used = 0;
    const auto newCell = [&] {
        if (used == cells.size())
            cells.emplace_back();
        else
            cells[used].clear();
        ++used;
    };
    const auto finish = [&] { cells.resize(used); };
    newCell();
    bool quoted = false;
    bool wasQuoted = false;  // the cell opened with a quote: a quote inside it ends or doubles
    while (at_ < text_.size()) {
        const char c = text_[at_];
        if (quoted) {
            if (c == '"') {
                if (at_ + 1 < text_.size() && text_[at_ + 1] == '"') {
                    cells[used - 1] += '"';
                    ++at_;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n' || (c == '\r' && (at_ + 1 >= text_.size() || text_[at_ + 1] != '\n'))) ++line_;
                cells[used - 1] += c;
            }
            ++at_;
            continue;
        }
        if (c == delimiter_) {
            newCell();
            wasQuoted = false;
        } else if (isLineEnd(c)) {
            if (c == '\r' && at_ + 1 < text_.size() && text_[at_ + 1] == '\n') ++at_;
            ++at_;
            ++line_;
            finish();
            return true;
        } else if (c == '"' && cells[used - 1].empty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
        } else {
            // A run of plain characters at once (a quote inside an unquoted cell is just a character).
            std::size_t end = at_ + 1;
            while (end < text_.size() && text_[end] != delimiter_ && !isLineEnd(text_[end])) ++end;
            cells[used - 1].append(text_.data() + at_, end - at_);
            at_ = end;
            continue;
        }
        ++at_;
    }
    unterminated_ = quoted;
    finish();
    return true;
}

}  // namespace funnel
