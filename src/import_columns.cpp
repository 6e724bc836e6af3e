#include "import_columns.h"

#include <cctype>

namespace funnel {
namespace {

// The kinds of stage a funnel has, each with the names people give it (normalized).
struct StageKind {
    const char* key;
    std::vector<std::string_view> names;
};

const std::vector<StageKind>& stageKinds() {
    static const std::vector<StageKind> kinds = {
        {"lead", {"lead", "leads", "contact", "contacts", "kontakt", "kontakte", "subscriber", "anfrage", "anfragen"}},
        {"mql",
         {"mql", "mqls", "marketing qualified lead", "marketing qualified leads", "marketingqualifiedlead",
          "marketingqualifizierte leads", "marketingqualifizierter lead"}},
        {"sal", {"sal", "sals", "sales accepted lead", "sales accepted leads"}},
        {"sql",
         {"sql", "sqls", "sales qualified lead", "sales qualified leads", "salesqualifiedlead",
          "vertriebsqualifizierte leads", "vertriebsqualifizierter lead"}},
        {"opportunity",
         {"opportunity", "opportunities", "opp", "opps", "chance", "chancen", "verkaufschance", "verkaufschancen",
          "deal", "deals"}},
        {"customer",
         {"customer", "customers", "kunde", "kunden", "neukunde", "neukunden", "deals gewonnen", "gewonnene deals",
          "closed won", "won", "gewonnen", "abschluss", "abschlusse", "abschlüsse", "auftrag", "auftrage", "aufträge"}},
    };
    return kinds;
}

// Words that make a header a date column, and month columns' names.
constexpr std::string_view kDateWords[] = {"date", "datum", "time", "zeit", "am", "on", "seit", "since"};
constexpr std::string_view kMonthHeaders[] = {"monat", "month", "zeitraum", "period", "periode"};
constexpr std::string_view kChannelHeaders[] = {
    "original source", "lead source",         "source",   "quelle",     "lead quelle",       "kanal",
    "channel",         "hs analytics source", "herkunft", "leadquelle", "marketing channel", "utm source"};

// HubSpot's contact export names each lifecycle stage's date; its internal names too.
struct KnownDateColumn {
    std::string_view header;
    const char* kind;
};
constexpr KnownDateColumn kKnownDates[] = {
    {"create date", "lead"},
    {"createdate", "lead"},
    {"became a lead date", "lead"},
    {"hs lifecyclestage lead date", "lead"},
    {"became a marketing qualified lead date", "mql"},
    {"hs lifecyclestage marketingqualifiedlead date", "mql"},
    {"became a sales qualified lead date", "sql"},
    {"hs lifecyclestage salesqualifiedlead date", "sql"},
    {"became an opportunity date", "opportunity"},
    {"hs lifecyclestage opportunity date", "opportunity"},
    {"became a customer date", "customer"},
    {"hs lifecyclestage customer date", "customer"},
    {"won time", "customer"},
    {"closed won date", "customer"},
};

bool isUtf8Continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::vector<std::string_view> words(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == ' ') {
            if (i > start) out.push_back(text.substr(start, i - start));
            start = i + 1;
        }
    }
    return out;
}

bool contains(const std::vector<std::string_view>& list, std::string_view word) {
    for (std::string_view item : list)
        if (item == word) return true;
    return false;
}

// The kind of stage a name is, or "" (its own name then matches only itself).
const char* kindOf(const std::string& name) {
    for (const StageKind& kind : stageKinds())
        if (contains(kind.names, name)) return kind.key;
    return "";
}

// A header without its date words: "mql datum" -> "mql".
std::string withoutDateWords(const std::string& header, bool& hadDateWord) {
    std::string out;
    hadDateWord = false;
    for (std::string_view word : words(header)) {
        bool dateWord = false;
        for (std::string_view w : kDateWords) dateWord = dateWord || word == w;
        if (dateWord) {
            hadDateWord = true;
            continue;
        }
        if (!out.empty()) out += ' ';
        out += word;
    }
    return out;
}

template <std::size_t N>
bool isOneOf(const std::string& header, const std::string_view (&list)[N]) {
    for (std::string_view item : list)
        if (header == item) return true;
    return false;
}

}  // namespace

std::string normalizedName(std::string_view text) {
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        const bool keep = std::isalnum(c) || c >= 0x80;
        if (!keep) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        // German umlauts in UTF-8 lower-cased: Ä Ö Ü (C3 84/96/9C) -> ä ö ü (C3 A4/B6/BC).
        if (c == 0xC3 && i + 1 < text.size() && isUtf8Continuation(text[i + 1])) {
            const auto next = static_cast<unsigned char>(text[i + 1]);
            out += static_cast<char>(c);
            out += static_cast<char>(next >= 0x80 && next <= 0x9E && next != 0x97 ? next + 0x20 : next);
            ++i;
            continue;
        }
        out += static_cast<char>(std::tolower(c));
    }
    return out;
}

ColumnMapping guessColumns(const std::vector<std::string>& header, const std::vector<std::string>& stages) {
    std::vector<std::string> names;
    for (const std::string& cell : header) names.push_back(normalizedName(cell));
    std::vector<std::string> stageNames;
    std::vector<std::string> stageKindsOf;
    for (const std::string& stage : stages) {
        stageNames.push_back(normalizedName(stage));
        stageKindsOf.push_back(kindOf(stageNames.back()));
    }
    // Which stage a header's text names: by the stage's own name, else by the kind both are.
    const auto stageNamed = [&](const std::string& text) -> int {
        for (std::size_t s = 0; s < stageNames.size(); ++s)
            if (!stageNames[s].empty() && text == stageNames[s]) return static_cast<int>(s);
        const std::string kind = kindOf(text);
        if (kind.empty()) return -1;
        for (std::size_t s = 0; s < stageKindsOf.size(); ++s)
            if (stageKindsOf[s] == kind) return static_cast<int>(s);
        return -1;
    };

    ColumnMapping records;
    records.shape = ImportShape::records;
    records.stages.assign(stages.size(), -1);
    ColumnMapping monthly;
    monthly.shape = ImportShape::monthly;
    monthly.stages.assign(stages.size(), -1);
    bool claimedTwice = false;
    for (std::size_t c = 0; c < names.size(); ++c) {
        const int column = static_cast<int>(c);
        const std::string& name = names[c];
        if (isOneOf(name, kChannelHeaders)) {
            if (records.channel < 0) records.channel = column;
            continue;
        }
        if (isOneOf(name, kMonthHeaders)) {
            if (monthly.month < 0) monthly.month = column;
            continue;
        }
        int dated = -1;
        for (const KnownDateColumn& known : kKnownDates) {
            if (name != known.header) continue;
            for (std::size_t s = 0; s < stageKindsOf.size(); ++s)
                if (stageKindsOf[s] == known.kind) dated = static_cast<int>(s);
        }
        bool hadDateWord = false;
        const std::string rest = withoutDateWords(name, hadDateWord);
        if (dated < 0 && hadDateWord) dated = stageNamed(rest);
        if (dated >= 0) {
            claimedTwice = claimedTwice || records.stages[dated] >= 0;
            if (records.stages[dated] < 0) records.stages[dated] = column;
            continue;
        }
        const int counted = stageNamed(name);
        if (counted >= 0) {
            claimedTwice = claimedTwice || monthly.stages[counted] >= 0;
            if (monthly.stages[counted] < 0) monthly.stages[counted] = column;
        }
    }
    const auto found = [](const ColumnMapping& mapping) {
        int n = 0;
        for (int column : mapping.stages) n += column >= 0;
        return n;
    };
    const int recordStages = found(records);
    const int monthlyStages = found(monthly);
    ColumnMapping guess = (monthly.month >= 0 && monthlyStages > recordStages) ? monthly : records;
    guess.certain = !claimedTwice && found(guess) == static_cast<int>(stages.size()) &&
                    (guess.shape == ImportShape::records || guess.month >= 0);
    return guess;
}

}  // namespace funnel
