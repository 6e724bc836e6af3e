// The property names of the core's answers, as one table. The answer writers
// name properties by these; the wire carries only their index (wire.h, tag 8),
// and guard.js reads the table once at start, so an answer's keys cost
// JavaScript a table lookup instead of decoding the same texts on every call.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

// One list, so the enum and the names cannot drift apart.
// clang-format off
#define FUNNEL_ANSWER_KEYS(KEY)                                                                   \
    KEY(ok) KEY(errors) KEY(field) KEY(code) KEY(message)                                         \
    KEY(customers) KEY(stages) KEY(name) KEY(required) KEY(historicalCount)                       \
    KEY(historicalPerPeriod) KEY(gap) KEY(perWeek) KEY(perWorkingDay)                             \
    KEY(conversions) KEY(from) KEY(to) KEY(rate) KEY(low) KEY(high) KEY(overallRate) KEY(warnings) \
    KEY(confidence) KEY(level) KEY(probabilityAtPlan)                                             \
    KEY(sensitivity) KEY(conversion) KEY(improvement) KEY(topRequired) KEY(saves)                 \
    KEY(expected) KEY(value) KEY(percent)                                         \
    KEY(hints) KEY(hint) KEY(apply) KEY(perMonth) KEY(values) KEY(cell) KEY(exact) KEY(unrounded) KEY(improvedRate)                    \
    KEY(revenue) KEY(dealValue) KEY(goal) KEY(share) KEY(probability)            \
    KEY(months) KEY(leadMonths) KEY(total)                                      \
    KEY(elapsed) KEY(remaining) KEY(holidays) KEY(target) KEY(actual) KEY(delta) KEY(projected)   \
    KEY(neededPerDay) KEY(onTrack) KEY(workingDays) KEY(count) KEY(region)
// clang-format on

namespace funnel {

#define FUNNEL_ANSWER_KEY_ENUM(name) name,
enum class AnswerKey : std::uint8_t { FUNNEL_ANSWER_KEYS(FUNNEL_ANSWER_KEY_ENUM) };
#undef FUNNEL_ANSWER_KEY_ENUM

#define FUNNEL_ANSWER_KEY_COUNT(name) +1
inline constexpr std::size_t kAnswerKeyCount = 0 FUNNEL_ANSWER_KEYS(FUNNEL_ANSWER_KEY_COUNT);
#undef FUNNEL_ANSWER_KEY_COUNT

std::string_view keyName(AnswerKey key);

}  // namespace funnel
