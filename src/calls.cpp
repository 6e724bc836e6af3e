#include "calls.h"

#include "api.h"
#include "channels_answer.h"
#include "contrast.h"
#include "funnel.h"
#include "handoff_answer.h"
#include "import_answer.h"
#include "lead.h"
#include "read_sheet.h"
#include "review_answer.h"
#include "schedule.h"
#include "wire.h"

namespace funnel {
namespace {

const Value& argument(const Value& arguments, std::size_t index) {
    static const Value missing;
    return arguments.is(Value::Kind::array) && index < arguments.items.size() ? arguments.items[index] : missing;
}

// An answer the api builds as a Value, written to the wire.
void put(const Value& answer, std::string& out) { writeWire(answer, out); }

// The page's module (FUNNEL_MODULE_PLAN) answers everything but the calls of
// the other modules: the schedule module (FUNNEL_MODULE_SCHEDULE: the calls
// over months, schedule, pace, the KPI review and its pasted sheets, and the
// hand-off, whose commitments follow the schedule), loaded with the views
// that use them; the import module (FUNNEL_MODULE_IMPORT), run
// in a worker, reads files; the channels module (FUNNEL_MODULE_CHANNELS), the
// channel mix and the budget, and the lead form's calls. The native build, for tests, fuzzing and
// benchmarks, answers all of them. So the first load carries none of those.
#if defined(FUNNEL_MODULE_PLAN) || defined(FUNNEL_MODULE_SCHEDULE) || defined(FUNNEL_MODULE_IMPORT) || \
    defined(FUNNEL_MODULE_CHANNELS)
#define FUNNEL_ONE_MODULE 1
#endif

const Call kCalls[] = {
#if !defined(FUNNEL_ONE_MODULE) || defined(FUNNEL_MODULE_PLAN)
    {"plan", 1, [](const Value& a, std::string& out) { writePlanWire(argument(a, 0), out); }},
    {"forecast", 1, [](const Value& a, std::string& out) { writeForecastWire(argument(a, 0), out); }},
    {"readShareLink", 1, [](const Value& a, std::string& out) { put(readShareLinkValue(argument(a, 0)), out); }},
    {"writeShareLink", 1, [](const Value& a, std::string& out) { put(writeShareLinkValue(argument(a, 0)), out); }},
    {"writeCsv", 1, [](const Value& a, std::string& out) { put(writeCsvValue(argument(a, 0)), out); }},
    {"writeMarkdown", 1, [](const Value& a, std::string& out) { put(writeMarkdownValue(argument(a, 0)), out); }},
    {"parseNumber", 2,
     [](const Value& a, std::string& out) { put(parseNumberValue(argument(a, 0), argument(a, 1)), out); }},
    {"parsePercent", 2,
     [](const Value& a, std::string& out) { put(parsePercentValue(argument(a, 0), argument(a, 1)), out); }},
    {"readField", 1, [](const Value& a, std::string& out) { put(readFieldValue(argument(a, 0)), out); }},
    {"readRow", 1, [](const Value& a, std::string& out) { put(readRowValue(argument(a, 0)), out); }},
    {"convertGoal", 1, [](const Value& a, std::string& out) { put(convertGoalValue(argument(a, 0)), out); }},
    {"funnelRules", 0, [](const Value&, std::string& out) { put(funnelRules(), out); }},
    {"formatNumber", 3,
     [](const Value& a, std::string& out) {
         put(formatNumberValue(argument(a, 0), argument(a, 1), argument(a, 2)), out);
     }},
#endif
#if !defined(FUNNEL_ONE_MODULE) || defined(FUNNEL_MODULE_SCHEDULE)
    {"schedule", 1, [](const Value& a, std::string& out) { writeScheduleWire(argument(a, 0), out); }},
    {"pace", 1, [](const Value& a, std::string& out) { put(paceValue(argument(a, 0)), out); }},
    {"scheduleRules", 0, [](const Value&, std::string& out) { put(scheduleRules(), out); }},
    {"review", 1, [](const Value& a, std::string& out) { put(reviewValue(argument(a, 0)), out); }},
    {"readSheet", 1, [](const Value& a, std::string& out) { put(readSheetValue(argument(a, 0)), out); }},
    {"handoff", 1, [](const Value& a, std::string& out) { put(handoffValue(argument(a, 0)), out); }},
    {"handoffDefaults", 1, [](const Value& a, std::string& out) { put(handoffDefaultsValue(argument(a, 0)), out); }},
#endif
#if !defined(FUNNEL_ONE_MODULE) || defined(FUNNEL_MODULE_IMPORT)
    {"importFile", 1, [](const Value& a, std::string& out) { put(importValue(argument(a, 0)), out); }},
#endif
#if !defined(FUNNEL_ONE_MODULE) || defined(FUNNEL_MODULE_CHANNELS)
    {"channels", 1, [](const Value& a, std::string& out) { put(channelsValue(argument(a, 0)), out); }},
    {"importedChannels", 1, [](const Value& a, std::string& out) { put(importedChannelsValue(argument(a, 0)), out); }},
    // The lead form's checks and payloads (issue 20): loaded when the form opens, never with the first plan (4.2 KB
    // gzip in the page's module).
    {"lead", 1, [](const Value& a, std::string& out) { put(leadValue(argument(a, 0)), out); }},
    // The embed builder's hint on an accent colour that white text cannot be read on (issue 20).
    {"contrast", 1, [](const Value& a, std::string& out) { put(contrastValue(argument(a, 0)), out); }},
#endif
};

}  // namespace

const Call* calls() { return kCalls; }

std::size_t callCount() { return sizeof kCalls / sizeof kCalls[0]; }

Value callTable() {
    Value table = Value::array();
    for (std::size_t i = 0; i < callCount(); ++i) {
        table.push(Value::array()
                       .push(Value::of(std::string(kCalls[i].name)))
                       .push(Value::of(static_cast<double>(kCalls[i].arity))));
    }
    return table;
}

}  // namespace funnel
