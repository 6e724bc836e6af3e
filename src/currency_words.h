// The currencies a money field knows, by code and sign: the page's own is
// read around an amount ("24.900 €", "EUR 24.900"), another one known is
// refused rather than silently relabelled (read_field.h).
#pragma once

#include <string>
#include <string_view>

namespace funnel {

struct Currency {
    std::string_view code;
    std::string_view signs[3];  // the longest first; empty where there are fewer
    std::string_view shown;     // how a message names it: "€", "$", "£", "CHF", "¥"
};

inline constexpr Currency kCurrencies[] = {
    {"EUR", {"Euro", "\u20AC", ""}, "\u20AC"}, {"USD", {"US$", "Dollar", "$"}, "$"},
    {"GBP", {"\u00A3", "", ""}, "\u00A3"},     {"CHF", {"SFr.", "Fr.", ""}, "CHF"},
    {"JPY", {"\u00A5", "", ""}, "\u00A5"},
};

// The currency of an ISO 4217 code (any case), or nullptr for one not listed.
const Currency* currencyOf(std::string_view code);

// How a message names the currency of `code`: its sign, else the code itself.
std::string currencySign(std::string_view code);

}  // namespace funnel
