#include "currency_words.h"

namespace funnel {

const Currency* currencyOf(std::string_view code) {
    const auto upper = [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; };
    for (const Currency& currency : kCurrencies) {
        bool same = currency.code.size() == code.size();
        for (std::size_t i = 0; same && i < code.size(); ++i) same = upper(code[i]) == currency.code[i];
        if (same) return &currency;
    }
    return nullptr;
}

std::string currencySign(std::string_view code) {
    const Currency* currency = currencyOf(code);
    return std::string(currency ? currency->shown : code);
}

}  // namespace funnel
