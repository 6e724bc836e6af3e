// Numbers as the page writes them, in German or English: "1.234", "12,5 %",
// "1,234", "12.5%". Here rather than in Intl.NumberFormat because the first
// Intl formatter of a page costs 10-15 ms of locale data on the main thread,
// the largest single step before the first plan (docs/performance.md, "Performance budgets"),
// and because the core already owns the other direction, parse_number.h.
//
// The styles are the ones the page shows, each as Intl spells it for de-DE and
// en-US (tests/node/format.test.mjs holds Intl to every style): the shortest
// decimal that reads back as the double, rounded half away from zero, trailing
// zeros dropped, groups of three, and "-" on anything negative, -0 included.
#pragma once

#include <string>
#include <string_view>

#include "issue.h"

namespace funnel {

enum class NumberStyle {
    whole,           // 1.235
    oneDecimal,      // 1.234,5
    shortDecimal,    // six significant digits: 0,333333
    exact,           // every digit of the shortest decimal, up to 20 fraction digits
    percent,         // one decimal, but two significant digits for small shares: 12,3 %, 0,001 %
    precisePercent,  // four significant digits: 33,33 %
    wholePercent,    // 25 %
    exactPercent,    // every digit, up to 18 fraction digits: 7,25 %
    plain,           // for data files: no groups, up to 4 fraction digits: 1234,5678
    plainPercent,    // a share in percent for data files, under a "(%)" header: 0.1723 -> 17,23
};

// "whole", "oneDecimal", ... as above; anything else reads as exact.
NumberStyle numberStyleFromName(std::string_view name);

// `value` must be finite: "–" otherwise, which the page never shows (the core
// answers no NaN or Infinity).
std::string formatNumber(double value, Locale locale, NumberStyle style);

}  // namespace funnel
