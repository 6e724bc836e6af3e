#include "channels_answer.h"

#include <algorithm>
#include <cmath>

#include "answer_value.h"
#include "channels.h"
#include "request_decode.h"

namespace funnel {
namespace {

using Kind = Value::Kind;

// A conversion with a "rate" member is one by rate, also when it holds no number (null: a field left empty).
ConversionInput conversionOf(const Value& item) {
    if (item.find("rate")) return {false, 0, 0, numberOf(item.find("rate"))};
    return {true, numberOf(item.find("fromCount")), numberOf(item.find("toCount")), 0};
}

ChannelsRequest decode(const Value& input) {
    ChannelsRequest request;
    if (!input.is(Kind::object)) return request;  // the checks name what is missing
    if (const Value* locale = given(input, "locale"); locale && locale->is(Kind::string))
        request.locale = localeFromTag(locale->string);
    if (const Value* stages = given(input, "stages"); stages && stages->is(Kind::array)) {
        request.stages.clear();
        for (const Value& name : stages->items) request.stages.push_back(name.is(Kind::string) ? name.string : "");
    }
    if (const Value* goal = given(input, "goal"); goal && goal->is(Kind::object)) {
        request.goal.byRevenue = given(*goal, "revenue") != nullptr;
        request.goal.customers = numberOf(goal->find("customers"));
        request.goal.revenue = numberOf(goal->find("revenue"));
        request.goal.dealValue = numberOf(goal->find("dealValue"));
    } else {
        request.goal.customers = std::nan("");
    }
    request.historyMonths = optionalNumber(input, "historyMonths");
    request.budget = optionalNumber(input, "budget");
    if (const Value* list = given(input, "channels"); list && list->is(Kind::array)) {
        for (const Value& item : list->items) {
            ChannelInput channel;
            if (const Value* name = item.find("name"); name && name->is(Kind::string)) channel.name = name->string;
            if (const Value* conversions = item.find("conversions"); conversions && conversions->is(Kind::array))
                for (const Value& conversion : conversions->items)
                    channel.conversions.push_back(conversionOf(conversion));
            channel.topCount = optionalNumber(item, "topCount");
            channel.spend = numberOf(item.find("spend"));
            channel.maxPerMonth = optionalNumber(item, "maxPerMonth");
            request.channels.push_back(std::move(channel));
        }
    }
    return request;
}

Value numbers(const std::vector<double>& list) {
    Value out = Value::array();
    for (double value : list) out.push(Value::of(value));
    return out;
}

// A warning's words: small_sample in a channel says what it means there.
Value warningsValue(const std::vector<Issue>& warnings, Locale locale) {
    Value out = issuesValue(warnings, locale);
    for (Value& warning : out.items) {
        if (warning.find("code")->string != "small_sample") continue;
        warning.set("message",
                    Value::of(locale == Locale::de
                                  ? "Die Kosten pro Kunde dieses Kanals beruhen auf wenigen Daten und sind nur grob "
                                    "geschätzt; prüfen Sie sie mit Zahlen aus einem längeren Zeitraum, bevor Sie "
                                    "Budget verschieben."
                                  : "This channel's cost per customer rests on little data and is only a rough "
                                    "estimate; check it against a longer period before moving budget."));
    }
    return out;
}

Value channelValue(const ChannelResult& channel) {
    Value rates = Value::array();
    for (const RateRange& range : channel.rates)
        rates.push(Value::object()
                       .set("rate", Value::of(range.rate))
                       .set("low", Value::of(range.low))
                       .set("high", Value::of(range.high)));
    Value costs = Value::array();
    for (const auto& cost : channel.costPerLead) costs.push(numberOrNull(cost));
    const ChannelMix& mix = channel.mix;
    return Value::object()
        .set("name", Value::of(channel.name))
        .set("rates", std::move(rates))
        .set("costPerLead", std::move(costs))
        .set("costPerCustomer", numberOrNull(channel.costPerCustomer))
        .set("leadsPerMonthToday", Value::of(channel.leadsPerMonthToday))
        .set("mix", Value::object()
                        .set("leads", numbers(mix.leads))
                        .set("wholeLeads", numbers(mix.wholeLeads))
                        .set("spend", Value::of(mix.spend))
                        .set("wholeSpend", Value::of(mix.wholeSpend))
                        .set("customers", Value::of(mix.customers)));
}

Value budgetValue(const std::optional<BudgetResult>& budget) {
    if (!budget) return Value::null();
    Value list = Value::array();
    for (const BudgetChannel& channel : budget->channels)
        list.push(Value::object()
                      .set("name", Value::of(channel.name))
                      .set("wholeLeads", Value::of(static_cast<double>(channel.wholeLeads)))
                      .set("spend", Value::of(channel.spend))
                      .set("customers", Value::of(channel.customers)));
    return Value::object()
        .set("spend", Value::of(budget->spend))
        .set("customers", Value::of(budget->customers))
        .set("low", Value::of(static_cast<double>(budget->low)))
        .set("high", Value::of(static_cast<double>(budget->high)))
        .set("channels", std::move(list));
}

}  // namespace

Value channelsValue(const Value& input) {
    const ChannelsRequest request = decode(input);
    const ChannelsResult result = channels(request);
    if (!result.ok) {
        Value errors = issuesValue(result.errors, request.locale);
        if (result.maxCustomers)
            for (Value& error : errors.items)
                if (error.find("code")->string == "unreachable")
                    error.set("maxCustomers", Value::of(*result.maxCustomers));
        return Value::object().set("ok", Value::of(false)).set("errors", std::move(errors));
    }
    Value list = Value::array();
    for (const ChannelResult& channel : result.channels) list.push(channelValue(channel));
    Value today = Value::null();
    if (result.today)
        today = Value::object()
                    .set("leads", numbers(result.today->leads))
                    .set("spend", numbers(result.today->spend))
                    .set("shift", numbers(result.today->shift))
                    .set("cost", Value::of(result.today->cost))
                    .set("exceedsCeiling", Value::of(result.today->exceedsCeiling));
    return Value::object()
        .set("ok", Value::of(true))
        .set("customers", Value::of(static_cast<double>(result.customers)))
        .set("channels", std::move(list))
        .set("mix", Value::object()
                        .set("cost", Value::of(result.mixCost))
                        .set("wholeCost", Value::of(result.mixWholeCost))
                        .set("customers", Value::of(result.mixCustomers)))
        .set("today", std::move(today))
        .set("saving", numberOrNull(result.saving))
        .set("budget", budgetValue(result.budget))
        .set("warnings", warningsValue(result.warnings, request.locale));
}

Value importedChannelsValue(const Value& input) {
    const Value* list = input.is(Kind::object) ? given(input, "channels") : nullptr;
    const Value* window = input.is(Kind::object) ? given(input, "months") : nullptr;
    const double months = numberOf(window);
    std::vector<Issue> errors;
    if (!list || !list->is(Kind::array)) errors.push_back({"channels", Code::missing});
    if (!(months >= 1 && months <= 1200)) errors.push_back({"months", Code::not_positive});
    if (!errors.empty())
        return Value::object().set("ok", Value::of(false)).set("errors", issuesValue(errors, Locale::en));
    Value channels = Value::array();
    double used = 0;
    for (const Value& channel : list->items) {
        const Value* name = channel.find("name");
        Value sums = Value::array();
        if (const Value* stages = channel.find("counts"); stages && stages->is(Kind::array)) {
            for (const Value& perMonth : stages->items) {
                const std::size_t count = perMonth.is(Kind::array) ? perMonth.items.size() : 0;
                const std::size_t take = std::min(count, static_cast<std::size_t>(months));
                double sum = 0;  // whole counts, far below 2^53
                for (std::size_t m = count - take; m < count; ++m) sum += std::max(0.0, numberOf(&perMonth.items[m]));
                sums.push(Value::of(sum));
                used = std::max(used, static_cast<double>(take));
            }
        }
        channels.push(Value::object()
                          .set("name", Value::of(name && name->is(Kind::string) ? name->string : std::string()))
                          .set("counts", std::move(sums)));
    }
    return Value::object()
        .set("ok", Value::of(true))
        .set("months", Value::of(used))
        .set("channels", std::move(channels));
}

}  // namespace funnel
