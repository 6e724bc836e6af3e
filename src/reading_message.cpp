// The message next to a field whose text could not be read (read_field.h):
// what was understood, then what the field wants. Sentences as pattern tables.
#include "currency_words.h"
#include "format_number.h"
#include "message_pattern.h"
#include "read_field.h"

namespace funnel {
namespace {

// What each kind of field wants, in the order of FieldKind.
constexpr Pattern kWanted[] = {
    {"Bitte eine ganze Zahl wie 470 eingeben.", "Please enter a whole number such as 470."},
    {"Bitte einen Betrag wie 24.900 eingeben.", "Please enter an amount such as 24,900."},
    {"Bitte eine Rate in Prozent wie 25 oder 12,5 eingeben.", "Please enter a rate in percent such as 25 or 12.5."},
    {"Bitte die Zahl der Monate eingeben, z. B. 12.", "Please enter the number of months, e.g. 12."},
};

constexpr Pattern kNoNumberToPlanWith{"Das ist keine Zahl, mit der sich planen lässt.",
                                      "That's not a number you can plan with."};
constexpr Pattern kDoesNotBelong{"{0} passt hier nicht.", "{0} does not belong here."};
constexpr Pattern kNotANumber{"{0} ist keine Zahl.", "{0} is not a number."};
constexpr Pattern kSeparatorInCount{"Ein Trennzeichen steht an der falschen Stelle (Tausenderpunkt wie in 1.000).",
                                    "A separator is in the wrong place (thousands as 1,000)."};
constexpr Pattern kSeparator{
    "Ein Trennzeichen steht an der falschen Stelle (Tausenderpunkt wie in 1.000, Dezimalkomma wie in 0,5).",
    "A separator is in the wrong place (thousands as 1,000, decimals as 0.5)."};
constexpr Pattern kSeveral{"Mehrere Zahlen erkannt ({0}) \u2013 erlaubt ist nur eine.",
                           "Found more than one number ({0}); only one is allowed."};
constexpr Pattern kMonthsOnly{"Dieses Feld erwartet Monate.", "This field is in months."};
constexpr Pattern kNoPercentage{"Prozentwerte sind hier nicht möglich.", "Percentages aren't allowed here."};
constexpr Pattern kInCurrency{"Dieses Feld erwartet Beträge in {0}.", "Amounts here are in {0}."};

std::string reason(const FieldReading& reading, FieldKind kind, const FieldContext& context) {
    const Locale locale = context.locale;
    switch (reading.code) {
        case Code::empty:
            return "";
        case Code::not_finite:
            return kNoNumberToPlanWith.in(locale);
        case Code::unknown_word:
            return fill(kDoesNotBelong.in(locale), {quoted(reading.word, locale)});
        case Code::invalid_character:
            return fill(kNotANumber.in(locale), {quoted(reading.typed, locale)});
        case Code::misplaced_separator:
            return (kind == FieldKind::count ? kSeparatorInCount : kSeparator).in(locale);
        case Code::several_numbers: {
            std::string list;
            for (double number : reading.numbers) {
                if (!list.empty()) list += ", ";
                list += formatNumber(number, locale, NumberStyle::exact);
            }
            if (list.size() > 60) list = list.substr(0, list.rfind(", ", 60)) + ", \u2026";
            return fill(kSeveral.in(locale), {list});
        }
        case Code::wrong_unit:
            return (kind == FieldKind::months ? kMonthsOnly : kNoPercentage).in(locale);
        case Code::other_currency:
            return fill(kInCurrency.in(locale), {currencySign(context.currency)});
        default:
            return message(reading.code, locale);
    }
}

}  // namespace

std::string readingMessage(const FieldReading& reading, FieldKind kind, const FieldContext& context) {
    if (reading.code == Code::out_of_range || reading.code == Code::not_text)
        return message(reading.code, context.locale);
    const std::string why = reason(reading, kind, context);
    const char* want = kWanted[static_cast<int>(kind)].in(context.locale);
    return why.empty() ? std::string(want) : fill("{0} {1}", {why, want});
}

}  // namespace funnel
