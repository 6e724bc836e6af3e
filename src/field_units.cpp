#include "field_units.h"

namespace funnel {
namespace {

constexpr std::string_view kHourWords[] = {"Stunden", "Stunde", "Std.", "Std", "hours", "hour", "hrs", "hr", "h"};
constexpr std::string_view kDayWords[] = {"Arbeitstagen",  "Arbeitstage", "Arbeitstag", "AT",  "Werktage",
                                          "Werktag",       "Tagen",       "Tage",       "Tag", "working days",
                                          "business days", "days",        "day"};
constexpr std::string_view kPointWords[] = {"Punkten", "Punkte", "Punkt", "Pkt.", "Pkt",
                                            "points",  "point",  "pts",   "P."};
constexpr std::string_view kAttemptWords[] = {"Versuche", "Versuch", "Anrufe", "attempts",
                                              "attempt",  "calls",   "mal",    "x"};

struct FieldUnits {
    std::string_view prefix, suffix;  // a path beginning and ending so
    const std::string_view* words;
    std::size_t count;
};
template <std::size_t N>
constexpr FieldUnits unitsOf(std::string_view prefix, std::string_view suffix, const std::string_view (&words)[N]) {
    return {prefix, suffix, words, N};
}
constexpr FieldUnits kFieldUnits[] = {
    unitsOf("sla.response", "", kHourWords),    unitsOf("sla.demoResponse", "", kHourWords),
    unitsOf("sla.attemptDays", "", kDayWords),  unitsOf("sla.feedbackDays", "", kDayWords),
    unitsOf("sla.attempts", "", kAttemptWords), unitsOf("criterion[", ".points", kPointWords),
    unitsOf("handoff.mql", "", kPointWords),    unitsOf("handoff.sql", "", kPointWords),
    unitsOf("handoff.minFit", "", kPointWords),
};
}  // namespace

UnitWords fieldUnits(std::string_view path) {
    for (const FieldUnits& units : kFieldUnits) {
        const bool exact = units.suffix.empty() && path == units.prefix;
        const bool family = !units.suffix.empty() && path.size() > units.prefix.size() + units.suffix.size() &&
                            path.substr(0, units.prefix.size()) == units.prefix &&
                            path.substr(path.size() - units.suffix.size()) == units.suffix;
        if (exact || family) return {units.words, units.count};
    }
    return {};
}

}  // namespace funnel
