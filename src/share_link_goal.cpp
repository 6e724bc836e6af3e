#include "share_link_goal.h"

#include "field_path.h"

namespace funnel::link {
namespace {

Value goalField(const Text& text, const char* name, Notices& notices) {
    const std::string field = member("goal", name);
    if (!text) notices.add(field, kUnreadable);
    return text ? readField(*text, false, field, notices) : Value::null();
}

}  // namespace

// A goal is customers, or revenue with a deal value; a half that is missing is
// empty. With "gk" (the kind), the other kind's fields may come along, kept for
// when the person switches back.
void readGoal(const Text& goalKind, const Text& customers, const Text& revenue, const Text& dealValue, Value& state,
              Notices& notices) {
    const bool byRevenue = revenue || dealValue;
    const bool knownKind = goalKind && (*goalKind == "revenue" || *goalKind == "customers");
    // A kind that is none, or both kinds' fields without one: nothing typed is
    // dropped and the goal is not reset to the example. The customers goal
    // shows (the simpler one), the revenue fields are kept beside it, and the
    // notice names the goal.
    const bool ambiguous = (goalKind && !knownKind) || (!goalKind && customers && byRevenue);
    if (ambiguous) notices.add("goal", kUnreadable);
    if (knownKind || ambiguous) {
        const bool revenueKind = knownKind && *goalKind == "revenue";
        Value goal = Value::object().set("kind", Value::of(revenueKind ? "revenue" : "customers"));
        if (customers || !revenueKind) goal.set("customers", goalField(customers, "customers", notices));
        if (byRevenue || revenueKind) {
            goal.set("revenue", goalField(revenue, "revenue", notices));
            goal.set("dealValue", goalField(dealValue, "dealValue", notices));
        }
        state.set("goal", std::move(goal));
    } else if (customers) {
        state.set("goal", Value::object().set("customers", goalField(customers, "customers", notices)));
    } else if (byRevenue) {
        state.set("goal", Value::object()
                              .set("revenue", goalField(revenue, "revenue", notices))
                              .set("dealValue", goalField(dealValue, "dealValue", notices)));
    }
}

void appendGoal(std::string& out, const Value& goal) {
    // A field under its key, when the value is one: written straight into `out`, taken back when not.
    const auto field = [&](const char* name, std::string_view key) {
        const std::size_t start = out.size();
        out.append("&").append(key).append("=");
        if (!appendField(out, goal.find(name))) out.resize(start);
    };
    const Value* kind = goal.find("kind");
    const bool bothKinds =
        kind && kind->is(Value::Kind::string) && (kind->string == "customers" || kind->string == "revenue");
    if (bothKinds) out.append("&gk=").append(kind->string);
    if (bothKinds || goal.find("customers")) field("customers", "g");
    if (bothKinds || !goal.find("customers")) {
        field("revenue", "rv");
        field("dealValue", "dv");
    }
}

}  // namespace funnel::link
