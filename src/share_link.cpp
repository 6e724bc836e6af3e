#include "share_link.h"

#include <cmath>
#include <optional>
#include <vector>

#include "calendar.h"
#include "field_path.h"
#include "funnel.h"
#include "link_text.h"
#include "share_link_funnel.h"
#include "share_link_goal.h"
#include "share_link_handoff.h"
#include "share_link_import.h"

namespace funnel {
namespace {

using namespace link;

constexpr std::string_view kMarker = "fp1";
constexpr std::size_t kMaxLength = 4096;
// What the page offers to choose; a link may hold anything else.
constexpr double kPeriodChoices[] = {1, 3, 12};
constexpr double kConfidenceChoices[] = {0.8, 0.9, 0.95};

enum class Holds {
    oneOfTexts,
    oneOfNumbers,
    field,
    percentField,
    fieldList,
    fieldTable,
    names,
    month,
    date,
    region,
    goal,
    funnel,
    volume,
    imported,
    criteria,
    leftOut
};

constexpr const char* kViews[] = {"plan", "forecast", "schedule", "import", "review", "channels", "handoff"};
constexpr const char* kCommitmentSources[] = {"plan", "schedule"};
constexpr double kHorizonChoices[] = {3, 6, 12, 24, 36};
constexpr const char* kSeasonalities[] = {"flat", "de-b2b", "custom"};
constexpr const char* kLanguages[] = {"de", "en"};
constexpr double kAlphaChoices[] = {0.01, 0.05, 0.1};
constexpr const char* kTargetSources[] = {"plan", "schedule", "none"};
constexpr const char* kBaselines[] = {"earlier", "plan"};

struct LinkKey {
    std::string_view key;
    const char* field;
    Holds holds;
    Choices choices{};
};

constexpr LinkKey kKeys[] = {
    {"v", "view", Holds::oneOfTexts, choices(kViews)},
    {"l", "lang", Holds::oneOfTexts, choices(kLanguages)},
    {"gk", "goal", Holds::goal},
    {"g", "goal", Holds::goal},
    {"rv", "goal", Holds::goal},
    {"dv", "goal", Holds::goal},
    {"p", "periodMonths", Holds::oneOfNumbers, choices(kPeriodChoices)},
    {"s", "stages", Holds::funnel},
    {"c", "conversions", Holds::funnel},
    {"h", "historyMonths", Holds::field},
    {"cf", "confidence", Holds::oneOfNumbers, choices(kConfidenceChoices)},
    {"vol", "volume", Holds::volume},
    {"fdv", "dealValue", Holds::field},  // the forecast's deal value (issue 14)
    // The schedule (issue 15): its start, horizon, season, growth and lags; the pacing's day and counts so far.
    {"ss", "scheduleStart", Holds::month},
    {"sm", "scheduleMonths", Holds::oneOfNumbers, choices(kHorizonChoices)},
    {"sk", "seasonality", Holds::oneOfTexts, choices(kSeasonalities)},
    {"sw", "weights", Holds::fieldList},
    {"sg", "growth", Holds::percentField},
    {"sl", "lagDays", Holds::fieldList},
    {"hd", "holidays", Holds::region},
    {"pd", "paceAsOf", Holds::date},
    {"pa", "paceActual", Holds::fieldList},
    // The KPI review (issue 17): its months, their counts (a row per month from rf), the test's strictness, where
    // targets and the baseline come from, the months between stages.
    {"rf", "reviewFrom", Holds::month},
    {"re", "reviewTo", Holds::month},
    {"rc", "reviewCounts", Holds::fieldTable},
    {"ra", "reviewAlpha", Holds::oneOfNumbers, choices(kAlphaChoices)},
    {"rg", "reviewTargets", Holds::oneOfTexts, choices(kTargetSources)},
    {"rb", "reviewBaseline", Holds::oneOfTexts, choices(kBaselines)},
    {"rl", "reviewLags", Holds::fieldList},
    // Channels and budget (issue 18): the channels' names, a row of fields per channel, the budget.
    {"kn", "channelNames", Holds::names},
    {"km", "channelModes", Holds::names},  // per channel "counts" or "rate"
    {"kc", "channelFields", Holds::fieldTable},
    {"kb", "budget", Holds::field},
    // The hand-off and its SLA (issue 19): the criteria; the thresholds (MQL, SQL, SQL's minimum fit); the
    // capacity (SQLs per person, hours per SQL, team); the service levels (response hours, a demo's, attempts,
    // their working days, feedback days, term in months); the parties (company, marketing's and sales' heads);
    // the start day; where the commitments come from.
    {"qv", "handoffCriteria", Holds::criteria},
    {"qt", "handoffThresholds", Holds::fieldList},
    {"qk", "handoffCapacity", Holds::fieldList},
    {"ql", "handoffLevels", Holds::fieldList},
    {"qp", "handoffParties", Holds::names},
    {"qd", "handoffStart", Holds::date},
    {"qs", "handoffSource", Holds::oneOfTexts, choices(kCommitmentSources)},
    // Criteria too long for the link are left out, and this says so: who opens it sees the suggestion, told.
    {"qx", "handoffCriteria", Holds::leftOut},
    // What an import counted (issue 16), last: it takes the room the rest leaves (share_link_import.h).
    {"im", "imported", Holds::imported},
    {"ic", "imported", Holds::imported},
    {"ik", "imported", Holds::imported},
    {"it", "imported", Holds::imported},
};

const LinkKey* keyNamed(std::string_view key) {
    for (const LinkKey& entry : kKeys) {
        if (entry.key == key) return &entry;
    }
    return nullptr;  // a key of a later version: ignored
}

// The texts of the parts read together (goal, funnel, volume), by key.
struct Parts {
    std::optional<std::string_view> text[std::size(kKeys)];
    const std::optional<std::string_view>& of(std::string_view key) const { return text[keyNamed(key) - kKeys]; }
};

// Whether a month ("2027-03"), a day ("2027-03-17") or a holiday region ("de-by") is one.
bool isTextOf(Holds holds, std::string_view text) {
    if (holds == Holds::month) return parseMonth(text).has_value();
    if (holds == Holds::date) return parseDate(text).has_value();
    return holidaysIn(lowerCase(text), 2000, 1).has_value();
}

// Reads one key=value part into the state, or sets it aside for the parts read together.
void readPart(std::string_view key, std::string_view value, Value& state, Parts& parts, Notices& notices) {
    const LinkKey* entry = keyNamed(key);
    if (!entry) return;
    double number = 0;
    switch (entry->holds) {
        case Holds::oneOfTexts:
            if (isChoice(entry->choices, value))
                state.set(entry->field, Value::of(std::string(value)));
            else
                notices.add(entry->field, kUnreadable);
            return;
        case Holds::oneOfNumbers:
            if (!readNumber(value, number))
                notices.add(entry->field, kUnreadable);
            else if (!isChoice(entry->choices, number))
                notices.add(entry->field, kUnsupported);
            else
                state.set(entry->field, Value::of(number));
            return;
        case Holds::field:
        case Holds::percentField:
            state.set(entry->field, readField(value, entry->holds == Holds::percentField, entry->field, notices));
            return;
        case Holds::fieldList:
            state.set(entry->field, readFieldList(value, entry->field, notices));
            return;
        case Holds::fieldTable:
            state.set(entry->field, readFieldTable(value, entry->field, notices));
            return;
        case Holds::names:
            state.set(entry->field, readNames(value, entry->field, notices));
            return;
        case Holds::criteria:
            state.set(entry->field, readCriteria(value, entry->field, notices));
            return;
        case Holds::leftOut:
            notices.add(entry->field, kLeftOut);
            return;
        case Holds::month:
        case Holds::date:
        case Holds::region:
            if (isTextOf(entry->holds, value))
                state.set(entry->field, Value::of(lowerCase(value)));
            else
                notices.add(entry->field, entry->holds == Holds::region ? kUnsupported : kUnreadable);
            return;
        default:
            parts.text[entry - kKeys] = value;
    }
}

}  // namespace

Value readShareLink(std::string_view fragment) {
    if (!fragment.empty() && fragment[0] == '#') fragment.remove_prefix(1);
    if (fragment.substr(0, kMarker.size()) != kMarker ||
        (fragment.size() > kMarker.size() && fragment[kMarker.size()] != '&')) {
        return Value::object().set("ok", Value::of(false));
    }
    Value state = Value::object();
    Notices notices;
    if (fragment.size() > kMaxLength) {
        notices.add("", "share_too_long");
    } else {
        fragment.remove_prefix(kMarker.size());
        Parts parts;
        for (const auto part : split(fragment, '&')) {
            if (part.empty()) continue;
            const auto equals = part.find('=');
            const std::string_view value =
                equals == std::string_view::npos ? std::string_view() : part.substr(equals + 1);
            readPart(part.substr(0, equals), value, state, parts, notices);
        }
        readGoal(parts.of("gk"), parts.of("g"), parts.of("rv"), parts.of("dv"), state, notices);
        readImported(parts.of("im"), parts.of("ic"), parts.of("ik"), parts.of("it"), state, notices);
        const std::size_t stageCount = readFunnel(parts.of("s"), parts.of("c"), state, notices);
        if (const auto& volume = parts.of("vol"))
            readVolume(*volume, stageCount ? stageCount : defaultStages().size(), state, notices);
    }
    return Value::object().set("ok", Value::of(true)).set("state", std::move(state)).set("notices", notices.take());
}

std::string writeShareLink(const Value& state) {
    std::string out(kMarker);
    auto key = [&](std::string_view name) {
        out += '&';
        out += name;
        out += '=';
    };
    // A field under `key`, when the value is one: written straight into `out`, taken back when not.
    auto field = [&](const Value& object, const char* name, std::string_view link) {
        const std::size_t start = out.size();
        key(link);
        if (!appendField(out, object.find(name))) out.resize(start);
    };
    // The criteria, when what comes before the import is longer than a link may be: left out, and said.
    std::size_t criteriaStart = 0, criteriaEnd = 0;
    auto fitCriteria = [&] {
        if (out.size() <= kMaxLength || criteriaEnd == 0) return;
        out.erase(criteriaStart, criteriaEnd - criteriaStart);
        out += "&qx=1";
        criteriaEnd = 0;
    };
    // Each line of kKeys in order; a part written together with others (the
    // goal, the funnel) at its first key.
    for (const LinkKey& entry : kKeys) {
        const Value* value = state.find(entry.field);
        switch (entry.holds) {
            case Holds::oneOfTexts:
                if (value && value->is(Value::Kind::string)) {
                    key(entry.key);
                    out += percentEncode(value->string);
                }
                break;
            case Holds::oneOfNumbers:
                if (isNumber(value)) {
                    key(entry.key);
                    out += writeNumber(value->number);
                }
                break;
            case Holds::field:
            case Holds::percentField:
                field(state, entry.field, entry.key);
                break;
            case Holds::fieldList:
                if (value && value->is(Value::Kind::array) && value->items.size() <= kMaxListFields) {
                    key(entry.key);
                    appendFieldList(out, *value);
                }
                break;
            case Holds::names:
                if (value && value->is(Value::Kind::array)) {
                    key(entry.key);
                    appendNames(out, *value);
                }
                break;
            case Holds::criteria:
                if (value && value->is(Value::Kind::array) && value->items.size() <= kMostCriteria) {
                    criteriaStart = out.size();
                    key(entry.key);
                    appendCriteria(out, *value);
                    criteriaEnd = out.size();
                }
                break;
            case Holds::leftOut:
                break;
            case Holds::fieldTable:
                if (value && value->is(Value::Kind::array) && value->items.size() <= kMaxTableRows) {
                    key(entry.key);
                    appendFieldTable(out, *value);
                }
                break;
            case Holds::month:
            case Holds::date:
            case Holds::region:
                if (value && value->is(Value::Kind::string) && isTextOf(entry.holds, value->string)) {
                    key(entry.key);
                    out += lowerCase(value->string);
                }
                break;
            case Holds::goal:
                if (entry.key == "gk" && value && value->is(Value::Kind::object)) appendGoal(out, *value);
                break;
            case Holds::funnel:
                if (entry.key != "s") break;
                if (const Value* conversions = state.find("conversions");
                    value && conversions && value->is(Value::Kind::array) && conversions->is(Value::Kind::array)) {
                    appendFunnel(out, *value, *conversions);
                }
                break;
            case Holds::volume:
                if (value && value->is(Value::Kind::object)) {
                    key(entry.key);
                    appendField(out, value->find("count"));
                    out += '@';
                    if (const Value* stage = value->find("stage"); isNumber(stage)) out += writeNumber(stage->number);
                }
                break;
            case Holds::imported:
                if (entry.key == "im") fitCriteria();
                if (entry.key == "im" && value && value->is(Value::Kind::object) && out.size() < kMaxLength)
                    appendImported(out, *value, kMaxLength - out.size());
                break;
        }
    }
    fitCriteria();
    return out;
}

}  // namespace funnel
