// Test helpers: the rates of a ConversionPath, measured (k of n) or fixed.
#pragma once

#include <cstdint>

#include "conversion_path.h"

namespace funnel::testing {

inline PathRate measured(std::uint64_t successes, std::uint64_t trials) {
    PathRate rate;
    rate.measured = true;
    rate.successes = successes;
    rate.trials = trials;
    return rate;
}

inline PathRate fixed(double value) {
    PathRate rate;
    rate.rate = value;
    return rate;
}

}  // namespace funnel::testing
