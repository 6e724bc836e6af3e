// What people type into a field, read by what the field holds: a count
// ("81 Kunden", "2,5 Tsd."), money ("24.900 €", "€ 24.900", "24900 EUR",
// "24.900,-", "2,5 Mio.", "750k", "900 T€"), a rate in percent ("25", "25 %")
// or months ("12 Monate", "1 Jahr"). Anything else gets a message that says
// what was understood and what the field wants, never one that contradicts
// the field's label. parse_number.h reads the digits themselves.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hint.h"
#include "issue.h"

namespace funnel {

enum class FieldKind { count, money, percent, months };

// By the field's path: "goal.revenue", "goal.dealValue" and a forecast's "dealValue" hold money, a
// "....rate" a rate in percent, "historyMonths" months, any other a count.
FieldKind fieldKindOf(std::string_view path);

struct FieldContext {
    Locale locale = Locale::en;
    std::string currency = "EUR";     // the page's ISO 4217 code: the only currency money may name
    std::vector<std::string> stages;  // the funnel's stage names, which read as units after a count
};

struct FieldReading {
    bool ok = false;
    double value = 0;             // a rate as a share: "25" is 0.25
    Code code = Code::empty;      // when !ok
    std::string typed;            // the text, trimmed, for messages
    std::string word;             // unknown_word: the word that does not belong
    std::vector<double> numbers;  // several_numbers: the numbers read
    std::optional<Hint> hint;     // a likely slip, or a reading worth saying
};

FieldReading readField(std::string_view path, std::string_view text, const FieldContext& context);

// The message next to a field whose text could not be read: what was
// understood, then what the field wants ("Bitte eine ganze Zahl wie 470 eingeben.").
std::string readingMessage(const FieldReading& reading, FieldKind kind, const FieldContext& context);

// A row or a column copied from a sheet ("1850<TAB>470<TAB>81", "1850;470;81",
// one number per line): its cells, split at tabs, semicolons and line breaks,
// each read as a count. Empty cells at the end (a copied line ends in one) are
// dropped; any other cell that is no count fails the row, naming that cell.
struct PastedRow {
    bool ok = false;
    std::vector<double> values;
    std::size_t failedCell = 0;  // when !ok
    FieldReading failure;        // when !ok: that cell's reading
};

PastedRow readRow(std::string_view text, const FieldContext& context);

}  // namespace funnel
