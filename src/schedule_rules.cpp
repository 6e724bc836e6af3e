// What the schedule view offers to choose, from the core (scheduleRules):
// the horizons, the seasonality presets and the holiday regions. The page
// keeps no copy of these, as it keeps none of the funnel's rules.
#include "calendar.h"
#include "schedule.h"

namespace funnel {
namespace {

constexpr double kHorizons[] = {3, 6, 12, 24, 36};

struct SeasonalityPreset {
    const char* id;
    double weights[12];  // January to December; the schedule divides by their mean
};

// "de-b2b": a German B2B year, a normal month 100: a slow January, spring and
// autumn strong, the summer holidays (July, August) and December low, when
// buyers are away and budgets are closed. A starting point to edit, not data.
constexpr SeasonalityPreset kPresets[] = {
    {"flat", {100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100}},
    {"de-b2b", {90, 100, 110, 100, 100, 100, 85, 80, 110, 110, 110, 75}},
};

}  // namespace

Value scheduleRules() {
    Value horizons = Value::array();
    for (double months : kHorizons) horizons.push(Value::of(months));
    Value presets = Value::array();
    for (const SeasonalityPreset& preset : kPresets) {
        Value weights = Value::array();
        for (double weight : preset.weights) weights.push(Value::of(weight));
        presets.push(Value::object().set("id", Value::of(preset.id)).set("weights", std::move(weights)));
    }
    Value regions = Value::array();
    for (const std::string& region : holidayRegions()) regions.push(Value::of(region));
    return Value::object()
        .set("horizons", std::move(horizons))
        .set("seasonality", std::move(presets))
        .set("holidayRegions", std::move(regions));
}

}  // namespace funnel
