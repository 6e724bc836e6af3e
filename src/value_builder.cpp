#include "value_builder.h"

namespace funnel {

void ValueBuilder::close() {
    assert(!open_.empty());
    Open done = std::move(open_.back());
    open_.pop_back();
    key_ = done.key;
    place(std::move(done.container));
}

void ValueBuilder::place(Value value) {
    if (open_.empty()) {
        root_ = std::move(value);
        return;
    }
    Value& container = open_.back().container;
    if (container.is(Value::Kind::object))
        container.members.push_back(Value::Member{std::string(keyName(key_)), std::move(value)});
    else
        container.items.push_back(std::move(value));
}

}  // namespace funnel
