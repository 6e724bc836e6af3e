#include "request_decode.h"

#include <initializer_list>

#include "field_path.h"

namespace funnel {

const Value* given(const Value& object, const char* key) {
    const Value* value = object.find(key);
    return value && !value->is(Value::Kind::undefined) && !value->is(Value::Kind::null) ? value : nullptr;
}

namespace {

using Kind = Value::Kind;

// Which of two kinds an object is ({ customers } or { revenue, dealValue };
// { rate } or { fromCount, toCount }): decided by the values given, else by
// the keys present. A page sends a cleared field as a key without a value, so
// an empty goal is "goal.customers is missing", said once on that field,
// rather than "give a goal of one kind or the other" above the form.
enum class Choice { first, second, neither };

bool anyGiven(const Value& object, std::initializer_list<const char*> keys) {
    for (const char* key : keys) {
        if (given(object, key)) return true;
    }
    return false;
}

bool anyPresent(const Value& object, std::initializer_list<const char*> keys) {
    for (const char* key : keys) {
        if (object.find(key)) return true;
    }
    return false;
}

Choice pick(bool first, bool second) {
    if (first == second) return Choice::neither;
    return first ? Choice::first : Choice::second;
}

Choice kindOf(const Value& object, std::initializer_list<const char*> first,
              std::initializer_list<const char*> second) {
    const bool givenFirst = anyGiven(object, first);
    const bool givenSecond = anyGiven(object, second);
    if (givenFirst || givenSecond) return pick(givenFirst, givenSecond);  // both: say so, do not pick one
    return pick(anyPresent(object, first), anyPresent(object, second));
}

class Decoder {
public:
    explicit Decoder(std::vector<Issue>& errors) : errors_(errors) {}

    void fail(std::string field, Code code) { errors_.push_back(Issue{std::move(field), code}); }

    // A required number; NaN and Infinity pass here and are refused by plan() and forecast().
    void number(const Value& object, const char* key, const std::string& parent, double& out) {
        const Value* value = given(object, key);
        if (!value) return fail(member(parent, key), Code::missing);
        if (!value->is(Kind::number)) return fail(member(parent, key), Code::not_a_number);
        out = value->number;
    }

    // The stage a forecast's volume enters: a name or an index.
    void volume(const Value& input, ForecastRequest& out) {
        const Value* volume = given(input, "volume");
        if (!volume) return fail("volume", Code::missing);
        if (!volume->is(Kind::object)) return fail("volume", Code::not_an_object);
        const Value* stage = given(*volume, "stage");
        if (!stage)
            fail("volume.stage", Code::missing);
        else if (stage->is(Kind::string))
            out.stageName = stage->string;
        else if (stage->is(Kind::number))
            out.stageIndex = stage->number;
        else
            fail("volume.stage", Code::unknown_stage);
        number(*volume, "count", "volume", out.count);
    }

    void optionalNumber(const Value& object, const char* key, std::optional<double>& out) {
        const Value* value = given(object, key);
        if (!value) return;
        if (!value->is(Kind::number)) return fail(key, Code::not_a_number);
        out = value->number;
    }

    // The goal object and whether it is by revenue; nothing (after saying why) when it is no goal.
    const Value* goalObject(const Value& input, bool& byRevenue) {
        const Value* goal = given(input, "goal");
        const Choice kind =
            goal && goal->is(Kind::object) ? kindOf(*goal, {"customers"}, {"revenue", "dealValue"}) : Choice::neither;
        if (kind == Choice::neither) {
            fail("goal", !goal ? Code::missing : !goal->is(Kind::object) ? Code::not_an_object : Code::goal_kind);
            return nullptr;
        }
        byRevenue = kind == Choice::second;
        if (byRevenue) {
            number(*goal, "revenue", "goal", revenue_);
            number(*goal, "dealValue", "goal", dealValue_);
        }
        return goal;
    }

    void goal(const Value& input, Goal& out) {
        const Value* goal = goalObject(input, out.byRevenue);
        if (!goal) return;
        if (!out.byRevenue) return number(*goal, "customers", "goal", out.customers);
        out.revenue = revenue_;
        out.dealValue = dealValue_;
    }

    // A list of numbers; an item that is none is an error at its index.
    void numbers(const Value& list, const std::string& path, std::vector<double>& out) {
        if (!list.is(Kind::array)) return fail(path, Code::not_an_array);
        for (std::size_t i = 0; i < list.items.size(); ++i) {
            const Value& item = list.items[i];
            if (!item.is(Kind::number)) fail(indexed(path, i), Code::not_a_number);
            out.push_back(item.is(Kind::number) ? item.number : 0);
        }
    }

    void text(const Value& input, const char* key, std::string& out) {
        const Value* value = given(input, key);
        if (!value) return fail(key, Code::missing);
        if (!value->is(Kind::string)) return fail(key, Code::not_text);
        out = value->string;
    }

    // A schedule's goal: customers (one number, or one per month), or revenue with a deal value.
    void scheduleGoal(const Value& input, ScheduleRequest& out) {
        const Value* goal = goalObject(input, out.byRevenue);
        if (!goal) return;
        if (out.byRevenue) {
            out.revenue = revenue_;
            out.dealValue = dealValue_;
            return;
        }
        const Value* customers = given(*goal, "customers");
        if (customers && customers->is(Kind::array)) {
            out.goalIsList = true;
            return numbers(*customers, "goal.customers", out.customerList);
        }
        number(*goal, "customers", "goal", out.customers);
    }

    void stages(const Value& input, std::vector<std::string>& out) {
        const Value* stages = given(input, "stages");
        if (!stages) return;  // the default MQL -> SQL -> Customer
        if (!stages->is(Kind::array)) return fail("stages", Code::not_an_array);
        out.clear();
        for (std::size_t i = 0; i < stages->items.size(); ++i) {
            const Value& name = stages->items[i];
            if (!name.is(Kind::string)) fail(indexed("stages", i), Code::stage_name);
            out.push_back(name.string);
        }
    }

    void conversions(const Value& input, std::vector<ConversionInput>& out) {
        const Value* list = given(input, "conversions");
        if (!list) return fail("conversions", Code::missing);
        if (!list->is(Kind::array)) return fail("conversions", Code::not_an_array);
        for (std::size_t i = 0; i < list->items.size(); ++i) {
            const Value& item = list->items[i];
            const std::string path = indexed("conversions", i);
            ConversionInput conversion;
            if (!item.is(Kind::object)) {
                fail(path, Code::not_an_object);
            } else {
                const Choice kind = kindOf(item, {"rate"}, {"fromCount", "toCount"});
                if (kind == Choice::neither) {
                    fail(path, Code::conversion_kind);
                } else if (kind == Choice::first) {
                    conversion.fromCounts = false;
                    number(item, "rate", path, conversion.rate);
                } else {
                    number(item, "fromCount", path, conversion.fromCount);
                    number(item, "toCount", path, conversion.toCount);
                }
            }
            out.push_back(conversion);
        }
    }

private:
    std::vector<Issue>& errors_;
    double revenue_ = 0;  // a revenue goal's values, read by goalObject
    double dealValue_ = 0;
};

// Any request is an object; what is read from it is up to `read`.
template <typename Request, typename Read>
Decoded<Request> decodeObject(const Value& input, Read read) {
    Decoded<Request> decoded;
    Decoder decoder(decoded.errors);
    if (input.is(Kind::object))
        read(decoder, decoded.request);
    else
        decoder.fail("", Code::not_an_object);
    return decoded;
}

}  // namespace

Decoded<ForecastRequest> decodeForecastRequest(const Value& input) {
    return decodeObject<ForecastRequest>(input, [&](Decoder& decoder, ForecastRequest& request) {
        decoder.stages(input, request.stages);
        decoder.conversions(input, request.conversions);
        decoder.volume(input, request);
        decoder.optionalNumber(input, "dealValue", request.dealValue);
        // The goal only compares: one that does not decode is left out, not an error here.
        if (given(input, "goal")) {
            std::vector<Issue> ignored;
            Decoder lenient(ignored);
            Goal goal;
            lenient.goal(input, goal);
            if (ignored.empty()) request.goal = goal;
        }
    });
}

Decoded<ScheduleRequest> decodeScheduleRequest(const Value& input) {
    return decodeObject<ScheduleRequest>(input, [&](Decoder& decoder, ScheduleRequest& request) {
        decoder.stages(input, request.stages);
        decoder.conversions(input, request.conversions);
        decoder.text(input, "start", request.start);
        decoder.number(input, "months", "", request.months);
        decoder.scheduleGoal(input, request);
        std::optional<double> period;
        decoder.optionalNumber(input, "periodMonths", period);
        if (period) request.periodMonths = *period;
        if (const Value* weights = given(input, "seasonality")) {
            request.seasonality.emplace();
            decoder.numbers(*weights, "seasonality", *request.seasonality);
        }
        decoder.optionalNumber(input, "growth", request.growth);
        if (const Value* lags = given(input, "lagDays")) decoder.numbers(*lags, "lagDays", request.lagDays);
    });
}

Decoded<PaceRequest> decodePaceRequest(const Value& input) {
    return decodeObject<PaceRequest>(input, [&](Decoder& decoder, PaceRequest& request) {
        decoder.text(input, "month", request.month);
        decoder.text(input, "asOf", request.asOf);
        decoder.stages(input, request.stages);
        for (const char* key : {"targets", "actual"}) {
            std::vector<double>& out = key[0] == 't' ? request.targets : request.actual;
            if (const Value* list = given(input, key))
                decoder.numbers(*list, key, out);
            else
                decoder.fail(key, Code::missing);
        }
        if (given(input, "holidays")) decoder.text(input, "holidays", request.holidays);
    });
}

Decoded<PlanRequest> decodePlanRequest(const Value& input) {
    return decodeObject<PlanRequest>(input, [&](Decoder& decoder, PlanRequest& request) {
        decoder.goal(input, request.goal);
        decoder.stages(input, request.stages);
        decoder.conversions(input, request.conversions);
        decoder.optionalNumber(input, "historyMonths", request.historyMonths);
        std::optional<double> period;
        decoder.optionalNumber(input, "periodMonths", period);
        if (period) request.periodMonths = *period;
        decoder.optionalNumber(input, "confidence", request.confidence);
        if (given(input, "start")) {
            request.start.emplace();
            decoder.text(input, "start", *request.start);
        }
        if (given(input, "holidays")) decoder.text(input, "holidays", request.holidays);
    });
}

}  // namespace funnel
