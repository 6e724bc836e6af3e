// Test helpers: a conversion given as counts (toCount of fromCount) or as a rate.
#pragma once

#include "plan.h"

namespace funnel::testing {

inline ConversionInput counts(double to, double from) {
    ConversionInput conversion;
    conversion.fromCount = from;
    conversion.toCount = to;
    return conversion;
}

inline ConversionInput rate(double value) {
    ConversionInput conversion;
    conversion.fromCounts = false;
    conversion.rate = value;
    return conversion;
}

}  // namespace funnel::testing
