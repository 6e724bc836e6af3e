#include "share_link.h"

#include <cmath>
#include <vector>

#include "decimal.h"

namespace funnel {
namespace {

constexpr std::string_view kMarker = "fp1";
constexpr std::size_t kMaxLength = 4096;
constexpr std::size_t kMaxNumberLength = 40;
constexpr std::size_t kMaxStages = 8;
constexpr std::size_t kMaxStageNameBytes = 160;  // 40 characters of up to 4 bytes

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    for (;;) {
        const auto at = text.find(separator);
        parts.push_back(text.substr(0, at));
        if (at == std::string_view::npos) return parts;
        text.remove_prefix(at + 1);
    }
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// A plain ASCII number as writeShareLink spells it: -12.5, 0.25, 1e-7.
bool readNumber(std::string_view text, double& out) {
    if (text.empty() || text.size() > kMaxNumberLength) return false;
    const bool negative = text[0] == '-';
    if (negative) text.remove_prefix(1);
    std::string integer;
    std::string fraction;
    while (!text.empty() && isDigit(text[0])) integer += text[0], text.remove_prefix(1);
    if (!text.empty() && text[0] == '.') {
        text.remove_prefix(1);
        while (!text.empty() && isDigit(text[0])) fraction += text[0], text.remove_prefix(1);
        if (fraction.empty()) return false;  // "0." is a cut-off link, not a number
    }
    if (integer.empty() && fraction.empty()) return false;
    int exponent = 0;
    if (!text.empty() && (text[0] == 'e' || text[0] == 'E')) {
        text.remove_prefix(1);
        const bool negativeExponent = !text.empty() && text[0] == '-';
        if (!text.empty() && (text[0] == '-' || text[0] == '+')) text.remove_prefix(1);
        if (text.empty() || text.size() > 3) return false;
        for (const char c : text) {
            if (!isDigit(c)) return false;
            exponent = exponent * 10 + (c - '0');
        }
        text = {};
        if (negativeExponent) exponent = -exponent;
    }
    if (!text.empty()) return false;
    out = decimalToDouble(negative, integer, fraction, exponent);
    return std::isfinite(out);
}

std::string writeNumber(double value) {
    if (!std::isfinite(value)) return "0";
    if (value == 0) return "0";
    const Decimal decimal = shortestDecimal(std::fabs(value));
    std::string digits = std::to_string(decimal.digits);
    std::string text = value < 0 ? "-" : "";
    const int exponent = decimal.exponent;
    if (exponent >= 0 && exponent <= 15) return text + digits + std::string(static_cast<std::size_t>(exponent), '0');
    const int point = static_cast<int>(digits.size()) + exponent;  // digits before the decimal point
    if (exponent < 0 && point > -7) {
        if (point > 0)
            return text + digits.substr(0, static_cast<std::size_t>(point)) + "." +
                   digits.substr(static_cast<std::size_t>(point));
        return text + "0." + std::string(static_cast<std::size_t>(-point), '0') + digits;
    }
    return text + digits + "e" + std::to_string(exponent);
}

bool isUnreserved(unsigned char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || isDigit(static_cast<char>(c)) || c == '-' || c == '.' ||
           c == '_' || c == '~';
}

std::string percentEncode(std::string_view text) {
    static const char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (isUnreserved(byte)) {
            out += c;
        } else {
            out += '%';
            out += kHex[byte >> 4];
            out += kHex[byte & 15];
        }
    }
    return out;
}

int hexValue(char c) {
    if (isDigit(c)) return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

// Well-formed UTF-8 only, so a name is always a proper JavaScript string.
bool isValidUtf8(const std::string& text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const std::size_t length = lead < 0x80         ? 1
                                   : (lead >> 5) == 6  ? 2
                                   : (lead >> 4) == 14 ? 3
                                   : (lead >> 3) == 30 ? 4
                                                       : 0;
        if (length == 0 || i + length > text.size()) return false;
        std::uint32_t codePoint = length == 1 ? lead : lead & (0xFFu >> (length + 1));
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xC0) != 0x80) return false;
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        const std::uint32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
        if (codePoint < smallest[length] || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
            return false;
        }
        i += length;
    }
    return true;
}

bool percentDecode(std::string_view text, std::string& out) {
    out.clear();
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%') {
            out += text[i];
            continue;
        }
        if (i + 2 >= text.size()) return false;
        const int high = hexValue(text[i + 1]);
        const int low = hexValue(text[i + 2]);
        if (high < 0 || low < 0) return false;
        out += static_cast<char>(high * 16 + low);
        i += 2;
    }
    return isValidUtf8(out);
}

bool readStages(std::string_view text, Value& out) {
    const auto names = split(text, ',');
    if (names.size() < 2 || names.size() > kMaxStages) return false;
    out = Value::array();
    for (const auto name : names) {
        std::string decoded;
        if (name.empty() || !percentDecode(name, decoded) || decoded.size() > kMaxStageNameBytes) return false;
        out.push(Value::of(decoded));
    }
    return true;
}

bool readConversions(std::string_view text, Value& out) {
    const auto items = split(text, ',');
    if (items.size() + 1 < 2 || items.size() + 1 > kMaxStages) return false;
    out = Value::array();
    for (const auto item : items) {
        double first = 0;
        double second = 0;
        if (!item.empty() && item[0] == 'r') {
            if (!readNumber(item.substr(1), first)) return false;
            out.push(Value::object().set("rate", Value::of(first)));
            continue;
        }
        const auto colon = item.find(':');
        if (colon == std::string_view::npos || !readNumber(item.substr(0, colon), first) ||
            !readNumber(item.substr(colon + 1), second)) {
            return false;
        }
        out.push(Value::object().set("fromCount", Value::of(first)).set("toCount", Value::of(second)));
    }
    return true;
}

bool readVolume(std::string_view text, Value& out) {
    const auto at = text.find('@');
    double count = 0;
    double stage = 0;
    if (at == std::string_view::npos || !readNumber(text.substr(0, at), count) ||
        !readNumber(text.substr(at + 1), stage)) {
        return false;
    }
    out = Value::object().set("stage", Value::of(stage)).set("count", Value::of(count));
    return true;
}

Value notice(const std::string& field, const char* code) {
    return Value::object().set("field", Value::of(field)).set("code", Value::of(code));
}

// Reads one key=value part into the state; false when the value is unreadable.
bool readPart(std::string_view key, std::string_view value, Value& state, Value& goal) {
    double number = 0;
    Value parsed;
    if (key == "v") {
        if (value != "plan" && value != "forecast") return false;
        state.set("view", Value::of(std::string(value)));
    } else if (key == "l") {
        if (value != "de" && value != "en") return false;
        state.set("lang", Value::of(std::string(value)));
    } else if (key == "g" || key == "rv" || key == "dv") {
        if (!readNumber(value, number)) return false;
        goal.set(key == "g" ? "customers" : key == "rv" ? "revenue" : "dealValue", Value::of(number));
    } else if (key == "p" || key == "h" || key == "cf") {
        if (!readNumber(value, number)) return false;
        state.set(key == "p" ? "periodMonths" : key == "h" ? "historyMonths" : "confidence", Value::of(number));
    } else if (key == "s") {
        if (!readStages(value, parsed)) return false;
        state.set("stages", std::move(parsed));
    } else if (key == "c") {
        if (!readConversions(value, parsed)) return false;
        state.set("conversions", std::move(parsed));
    } else if (key == "vol") {
        if (!readVolume(value, parsed)) return false;
        state.set("volume", std::move(parsed));
    }
    return true;  // unknown keys are for later versions: ignored
}

const char* fieldOfKey(std::string_view key) {
    if (key == "v") return "view";
    if (key == "l") return "lang";
    if (key == "g") return "goal.customers";
    if (key == "rv") return "goal.revenue";
    if (key == "dv") return "goal.dealValue";
    if (key == "p") return "periodMonths";
    if (key == "h") return "historyMonths";
    if (key == "cf") return "confidence";
    if (key == "s") return "stages";
    if (key == "c") return "conversions";
    return "volume";
}

}  // namespace

Value readShareLink(std::string_view fragment) {
    if (!fragment.empty() && fragment[0] == '#') fragment.remove_prefix(1);
    if (fragment.substr(0, kMarker.size()) != kMarker ||
        (fragment.size() > kMarker.size() && fragment[kMarker.size()] != '&')) {
        return Value::object().set("ok", Value::of(false));
    }
    Value state = Value::object();
    Value notices = Value::array();
    if (fragment.size() > kMaxLength) {
        notices.push(notice("", "share_too_long"));
        return Value::object()
            .set("ok", Value::of(true))
            .set("state", std::move(state))
            .set("notices", std::move(notices));
    }
    Value goal = Value::object();
    fragment.remove_prefix(kMarker.size());
    for (const auto part : split(fragment, '&')) {
        if (part.empty()) continue;
        const auto equals = part.find('=');
        const std::string_view key = part.substr(0, equals);
        const std::string_view value = equals == std::string_view::npos ? std::string_view() : part.substr(equals + 1);
        if (!readPart(key, value, state, goal)) notices.push(notice(fieldOfKey(key), "share_unreadable"));
    }
    // A goal is customers, or revenue with a deal value: half of the second is nothing.
    const bool customers = goal.find("customers") != nullptr;
    const bool revenue = goal.find("revenue") != nullptr && goal.find("dealValue") != nullptr;
    if (goal.members.size() == (customers ? 1u : revenue ? 2u : 0u) && !goal.members.empty()) {
        state.set("goal", std::move(goal));
    } else if (!goal.members.empty()) {
        notices.push(notice("goal", "share_unreadable"));
    }
    // Stages and conversions only together, and only when they fit each other.
    const Value* stages = state.find("stages");
    const Value* conversions = state.find("conversions");
    if ((stages || conversions) && !(stages && conversions && stages->items.size() == conversions->items.size() + 1)) {
        std::vector<Value::Member> kept;
        for (auto& member : state.members) {
            if (member.key != "stages" && member.key != "conversions") kept.push_back(std::move(member));
        }
        state.members = std::move(kept);
        notices.push(notice("stages", "share_unreadable"));
    }
    return Value::object().set("ok", Value::of(true)).set("state", std::move(state)).set("notices", std::move(notices));
}

std::string writeShareLink(const Value& state) {
    std::string out(kMarker);
    auto add = [&](const char* key, const std::string& value) { out += std::string("&") + key + "=" + value; };
    auto number = [&](const Value& object, const char* name, const char* key) {
        const Value* value = object.find(name);
        if (value && value->is(Value::Kind::number) && std::isfinite(value->number))
            add(key, writeNumber(value->number));
    };
    auto text = [&](const char* name, const char* key) {
        const Value* value = state.find(name);
        if (value && value->is(Value::Kind::string)) add(key, percentEncode(value->string));
    };
    text("view", "v");
    text("lang", "l");
    if (const Value* goal = state.find("goal"); goal && goal->is(Value::Kind::object)) {
        number(*goal, "customers", "g");
        number(*goal, "revenue", "rv");
        number(*goal, "dealValue", "dv");
    }
    number(state, "periodMonths", "p");
    const Value* stages = state.find("stages");
    const Value* conversions = state.find("conversions");
    if (stages && conversions && stages->is(Value::Kind::array) && conversions->is(Value::Kind::array)) {
        std::string names;
        for (const Value& name : stages->items) {
            names += (&name == stages->items.data() ? "" : ",") + percentEncode(name.string);
        }
        std::string list;
        for (const Value& conversion : conversions->items) {
            const Value* rate = conversion.find("rate");
            const Value* from = conversion.find("fromCount");
            const Value* to = conversion.find("toCount");
            const bool hasRate = rate && rate->is(Value::Kind::number);
            const bool hasCounts = from && to && from->is(Value::Kind::number) && to->is(Value::Kind::number);
            const std::string item = hasRate     ? "r" + writeNumber(rate->number)
                                     : hasCounts ? writeNumber(from->number) + ":" + writeNumber(to->number)
                                                 : "";
            list += (&conversion == conversions->items.data() ? "" : ",") + item;
        }
        add("s", names);
        add("c", list);
    }
    number(state, "historyMonths", "h");
    number(state, "confidence", "cf");
    if (const Value* volume = state.find("volume"); volume && volume->is(Value::Kind::object)) {
        const Value* count = volume->find("count");
        const Value* stage = volume->find("stage");
        if (count && stage && count->is(Value::Kind::number) && stage->is(Value::Kind::number)) {
            add("vol", writeNumber(count->number) + "@" + writeNumber(stage->number));
        }
    }
    return out;
}

}  // namespace funnel
