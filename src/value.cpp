#include "value.h"

namespace funnel {

const Value* Value::find(std::string_view key) const {
    for (const auto& member : members) {
        if (member.key == key) return &member.value;
    }
    return nullptr;
}

Value& Value::set(std::string key, Value value) & {
    for (auto& member : members) {
        if (member.key == key) {
            member.value = std::move(value);
            return *this;
        }
    }
    // Most objects have up to 8 members: one allocation instead of four growths, each moving every member.
    if (members.empty()) members.reserve(8);
    members.push_back(Member{std::move(key), std::move(value)});
    return *this;
}

Value& Value::push(Value value) & {
    items.push_back(std::move(value));
    return *this;
}

}  // namespace funnel
