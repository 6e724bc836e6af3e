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
#include "share_link_keys.h"

namespace funnel {
namespace {

using namespace link;

constexpr std::string_view kMarker = "fp1";
constexpr std::size_t kMaxLength = 4096;

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
            case Holds::criteria:  // none at all is the suggestion: not written
                if (value && value->is(Value::Kind::array) && !value->items.empty() &&
                    value->items.size() <= kMostCriteria) {
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
