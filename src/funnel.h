// The funnel every view plans with, and its rules, kept once: how many
// stages, how long a name, the default stages, and one conversion between
// each pair of neighbours. The web layer takes the limits and the default
// stages from here at start (funnelRules), never from a copy of its own.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "value.h"

namespace funnel {

constexpr std::size_t kMinStages = 2;
constexpr std::size_t kMaxStages = 8;
constexpr std::size_t kMaxStageNameLength = 40;  // characters

// MQL -> SQL -> Customer: the worked example's funnel, and the stages of any
// request that names none. The page spells them in its language.
inline std::vector<std::string> defaultStages() { return {"MQL", "SQL", "Customer"}; }

// One step of the funnel, either measured (toCount of fromCount) or a rate.
struct ConversionInput {
    bool fromCounts = true;
    double fromCount = 0;
    double toCount = 0;
    double rate = 0;  // taken as its shortest decimal: 0.07 is exactly 7/100
};

// The stages, top first, and one conversion per pair of neighbours.
struct Funnel {
    std::vector<std::string> stages = defaultStages();
    std::vector<ConversionInput> conversions;
};

inline bool stageCountFits(std::size_t count) { return count >= kMinStages && count <= kMaxStages; }

// The funnel check, the same for every call that takes a funnel: 2 to 8
// named stages, one valid conversion per pair of neighbours; each problem an
// Issue at its field path (request_check.h's Checker collects them).
class Checker;
// 2 to 8 stages, each a name of visible characters on one line (up to 40).
void checkStages(const std::vector<std::string>& stages, Checker& check);
void checkFunnel(const std::vector<std::string>& stages, const std::vector<ConversionInput>& conversions,
                 Checker& check);

// { minStages, maxStages, maxStageNameLength, defaultStages } for the web layer.
Value funnelRules();

}  // namespace funnel
