#include "share_link_handoff.h"

#include "field_path.h"

namespace funnel::link {

Value readCriteria(std::string_view text, const std::string& field, Notices& notices) {
    const auto parts = split(text, ',');
    Value criteria = Value::array();
    if (parts.size() > kMostCriteria) {
        notices.add(field, kUnreadable);
        return criteria;
    }
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const std::string path = indexed(field, i);
        const std::string_view part = parts[i];
        const auto colon = part.find(':');
        std::string name;
        if (part.empty() || (part[0] != 'f' && part[0] != 'b') || colon == std::string_view::npos ||
            !percentDecode(part.substr(colon + 1), name)) {
            notices.add(path, kUnreadable);
            continue;
        }
        criteria.push(Value::object()
                          .set("name", Value::of(name))
                          .set("group", Value::of(part[0] == 'f' ? "fit" : "behaviour"))
                          .set("points", readField(part.substr(1, colon - 1), false, member(path, "points"), notices)));
    }
    return criteria;
}

void appendCriteria(std::string& out, const Value& criteria) {
    bool first = true;
    for (const Value& criterion : criteria.items) {
        const Value* name = criterion.find("name");
        const Value* group = criterion.find("group");
        if (!name || !name->is(Value::Kind::string)) continue;
        if (!first) out += ',';
        first = false;
        out += group && group->is(Value::Kind::string) && group->string == "behaviour" ? 'b' : 'f';
        const std::size_t start = out.size();
        if (!appendField(out, criterion.find("points"))) out.resize(start);
        out += ':';
        out += percentEncode(name->string);
    }
}

}  // namespace funnel::link
