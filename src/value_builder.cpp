#include "value_builder.h"

namespace funnel {

void ValueBuilder::open(Value container, std::size_t count) {
    // Room for every entry up front: the open containers are pointed to, and
    // must not move while their entries are added.
    if (container.is(Value::Kind::object)) {
        container.members.reserve(count);
    } else {
        container.items.reserve(count);
    }
    Value& placed = place(std::move(container));
    if (count > 0) open_.push_back(Open{&placed, count});
}

Value& ValueBuilder::place(Value value) {
    if (open_.empty()) {
        root_ = std::move(value);
        return root_;
    }
    Open& parent = open_.back();
    Value& container = *parent.container;
    Value* placed = nullptr;
    if (container.is(Value::Kind::object)) {
        container.members.push_back(Value::Member{std::string(keyName(key_)), std::move(value)});
        placed = &container.members.back().value;
    } else {
        container.items.push_back(std::move(value));
        placed = &container.items.back();
    }
    if (--parent.remaining == 0) open_.pop_back();
    return *placed;
}

}  // namespace funnel
