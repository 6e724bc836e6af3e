#include "share_link_funnel.h"

#include <cmath>

#include "field_path.h"
#include "funnel.h"

namespace funnel::link {
namespace {

Value emptyCounts() { return Value::object().set("fromCount", Value::null()).set("toCount", Value::null()); }

// One mode's fields into `conversion`: "r0.07" (a rate) or "4000:1000" (counts),
// either field possibly empty or typed text. False when it is neither.
bool readMode(std::string_view text, const std::string& path, Value& conversion, Notices& notices) {
    if (!text.empty() && text[0] == 'r') {
        conversion.set("rate", readField(text.substr(1), true, member(path, "rate"), notices));
        return true;
    }
    const auto colon = text.find(':');
    if (colon == std::string_view::npos) return false;
    conversion.set("fromCount", readField(text.substr(0, colon), false, member(path, "fromCount"), notices));
    conversion.set("toCount", readField(text.substr(colon + 1), false, member(path, "toCount"), notices));
    return true;
}

// A conversion in the mode it is entered in, then, after "/", what the other
// mode's fields still hold: "r0.25/4000:1000" is a rate of 25 % whose counts
// field keep 4000 and 1000 for when the person switches back.
Value readConversion(std::string_view item, const std::string& path, Notices& notices) {
    const auto slash = item.find('/');
    Value conversion = Value::object();
    if (!readMode(item.substr(0, slash), path, conversion, notices)) {
        notices.add(path, kUnreadable);
        return emptyCounts();
    }
    if (slash == std::string_view::npos) return conversion;
    const bool byRate = conversion.find("rate") != nullptr;
    Value other = Value::object();
    const std::string_view otherText = item.substr(slash + 1);
    if (!readMode(otherText, path, other, notices) || (other.find("rate") != nullptr) == byRate) {
        notices.add(path, kUnreadable);
        return conversion;
    }
    for (auto& field : other.members) conversion.set(std::move(field.key), std::move(field.value));
    conversion.set("mode", Value::of(byRate ? "rate" : "counts"));
    return conversion;
}

}  // namespace

std::string readName(std::string_view encoded, const std::string& field, Notices& notices) {
    std::string name;
    if (percentDecode(encoded, name)) return name;
    notices.add(field, kUnreadable);
    return "";
}

// Stages and conversions come as one funnel: the stage count is the names'
// (else one more than the conversions'), and every readable name and
// conversion keeps its place in it. Without names, only conversions for the
// default three stages make a funnel: no name is better than a made-up one.
// Returns the stage count, 0 for none.
std::size_t readFunnel(const std::optional<std::string_view>& stagesText,
                       const std::optional<std::string_view>& conversionsText, Value& state, Notices& notices) {
    if (!stagesText && !conversionsText) return 0;
    const auto names = stagesText ? split(*stagesText, ',') : std::vector<std::string_view>{};
    const auto items = conversionsText ? split(*conversionsText, ',') : std::vector<std::string_view>{};
    const bool defaultNames = !stagesText;
    // As in plan(): without names, the default stages (funnel.h), when the conversions fit them.
    const std::vector<std::string> defaults = defaultStages();
    std::size_t count = 0;
    if (defaultNames)
        count = items.size() + 1 == defaults.size() ? items.size() + 1 : 0;
    else if (stageCountFits(names.size()))
        count = names.size();
    else if (conversionsText && stageCountFits(items.size() + 1))
        count = items.size() + 1;
    if (names.size() != count && !defaultNames) notices.add("stages", kUnreadable);
    if (items.size() + 1 != count) notices.add("conversions", kUnreadable);
    if (count == 0) return 0;

    Value stages = Value::array();
    for (std::size_t i = 0; i < count; ++i) {
        if (defaultNames)
            stages.push(Value::of(defaults[i]));
        else
            stages.push(Value::of(i < names.size() ? readName(names[i], indexed("stages", i), notices) : ""));
    }
    Value conversions = Value::array();
    for (std::size_t i = 0; i + 1 < count; ++i) {
        conversions.push(i < items.size() ? readConversion(items[i], indexed("conversions", i), notices)
                                          : emptyCounts());
    }
    state.set("stages", std::move(stages));
    state.set("conversions", std::move(conversions));
    return count;
}

// "300@1": a count at the stage of that index, which must be above the bottom.
void readVolume(std::string_view text, std::size_t stageCount, Value& state, Notices& notices) {
    const auto at = text.find('@');
    if (at == std::string_view::npos) {
        notices.add("volume", kUnreadable);
        return;
    }
    Value volume = Value::object().set("count", readField(text.substr(0, at), false, "volume.count", notices));
    const std::string_view stageText = text.substr(at + 1);
    double stage = 0;
    if (stageText.empty()) {
        // No stage: the page's first.
    } else if (!readNumber(stageText, stage)) {
        notices.add("volume.stage", kUnreadable);
    } else if (stage < 0 || std::floor(stage) != stage || stage + 2 > static_cast<double>(stageCount)) {
        notices.add("volume.stage", kUnsupported);
    } else {
        volume.set("stage", Value::of(stage));
    }
    state.set("volume", std::move(volume));
}

// The link's keys, one line each, in the order they are written: the key,
// the state's field, and what it holds. The planner's own parts (v, l, and
// the funnel s, c) and each view's slice (the plan: gk, g, rv, dv, p, h, cf;
// the forecast: vol) are lines here; a new view adds its lines. A single value
// is read and written by its kind alone; the goal, the funnel and the volume
// are read once all parts are in, since their keys depend on each other.
Value readNames(std::string_view text, const std::string& field, Notices& notices) {
    constexpr std::size_t kMostNames = 12;
    const auto parts = split(text, ',');
    Value names = Value::array();
    if (parts.size() > kMostNames) {
        notices.add(field, kUnreadable);
        return names;
    }
    for (std::size_t i = 0; i < parts.size(); ++i)
        names.push(Value::of(readName(parts[i], indexed(field, i), notices)));
    return names;
}

void appendNames(std::string& out, const Value& names) {
    for (std::size_t i = 0; i < names.items.size(); ++i) {
        if (i > 0) out += ',';
        if (names.items[i].is(Value::Kind::string)) out += percentEncode(names.items[i].string);
    }
}

void appendRate(std::string& out, const Value& conversion) {
    out += 'r';
    appendField(out, conversion.find("rate"));
}

void appendCounts(std::string& out, const Value& conversion) {
    appendField(out, conversion.find("fromCount"));
    out += ':';
    appendField(out, conversion.find("toCount"));
}

void appendFunnel(std::string& out, const Value& stages, const Value& conversions) {
    out += "&s=";
    for (std::size_t i = 0; i < stages.items.size(); ++i) {
        if (i > 0) out += ',';
        if (stages.items[i].is(Value::Kind::string)) out += percentEncode(stages.items[i].string);
    }
    out += "&c=";
    for (std::size_t i = 0; i < conversions.items.size(); ++i) {
        const Value& conversion = conversions.items[i];
        if (i > 0) out += ',';
        // Both modes' fields, when the conversion says which it is in: "4000:1000/r0.25".
        const Value* mode = conversion.find("mode");
        const bool bothModes =
            mode && mode->is(Value::Kind::string) && (mode->string == "rate" || mode->string == "counts");
        const bool byRate = bothModes ? mode->string == "rate" : conversion.find("rate") != nullptr;
        (byRate ? appendRate : appendCounts)(out, conversion);
        if (!bothModes) continue;
        out += '/';
        (byRate ? appendCounts : appendRate)(out, conversion);
    }
}

}  // namespace funnel::link
