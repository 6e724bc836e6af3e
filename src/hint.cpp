#include "hint.h"

#include <cmath>

#include "format_number.h"
#include "message_pattern.h"

namespace funnel {
namespace {

// One sentence per code, in the order of HintCode; {n} as each code's comment below says.
constexpr Pattern kSentences[] = {
    // read_as: {0} the text, {1} the value
    {"{0} als {1} erkannt.", "Interpreted {0} as {1}."},
    // read_as_months: {0} the text, {1} the months
    {"{0} als {1} Monate erkannt.", "Interpreted {0} as {1} months."},
    // percent_as_fraction: {0} what was read, {1} what was likely meant
    {"Erkannt: {0}. Meinten Sie {1}?", "Interpreted as {0}. Did you mean {1}?"},
    // revenue_below_deal_value
    {"Das Umsatzziel ist kleiner als ein einziger Auftrag, der Plan rechnet also mit einem Kunden. Sind Umsatz und "
     "Auftragswert vertauscht?",
     "The revenue goal is less than a single deal, so the plan assumes one customer. Are revenue and deal value "
     "swapped?"},
    // goal_far_above_history: {0} how many times, {1} the average, {2} per period; {3} what follows
    {"Das Ziel ist {0}-mal so hoch wie Ihr bisheriger Schnitt ({1} {2}).{3}",
     "The goal is {0} times your average so far ({1} {2}).{3}"},
    // goal_far_below_history: as above
    {"Das Ziel liegt unter 1 % Ihres bisherigen Schnitts ({1} {2}).{3}",
     "The goal is less than 1% of your average so far ({1} {2}).{3}"},
    // history_in_weeks: {0} the months typed, {1} whole years in them, {2} the months meant
    {"{0} Monate sind über {1} Jahre. Meinten Sie {0} Wochen, also {2} Monate?",
     "{0} months is over {1} years. Did you mean {0} weeks, i.e. {2} months?"},
    // history_in_days: as above
    {"{0} Monate sind über {1} Jahre. Meinten Sie {0} Tage, also {2} Monate?",
     "{0} months is over {1} years. Did you mean {0} days, i.e. {2} months?"},
    // history_long: {0} the months
    {"{0} Monate sind mehr als 10 Jahre Historie. Stimmt das? Für den Monatsschnitt werden Ihre Zahlen durch "
     "diese Monate geteilt.",
     "{0} months is more than 10 years of history. Is that right? Your counts are divided by this number of months "
     "to get the monthly average."},
    // goal_converted: {0} the old value, {1} per old period, {2} the exact new value, {3} per new period, {4} the
    // rounding
    {"Ziel umgerechnet: {0} {1} sind {2} {3}{4}. Meinten Sie {0} {3}?",
     "Goal converted: {0} {1} is {2} {3}{4}. Did you mean {0} {3}?"},
};

constexpr Pattern kVolumeConverted{"Umgerechnet: {0} {1} sind {2} {3}{4}. Meinten Sie {0} {3}?",
                                   "Converted: {0} {1} is {2} {3}{4}. Did you mean {0} {3}?"};
constexpr Pattern kRoundedUp{", aufgerundet auf {0}", ", rounded up to {0}"};
constexpr Pattern kMeantDealValue{" Meinten Sie einen Auftragswert von {0}?", " Did you mean a deal value of {0}?"};
constexpr Pattern kMeantRevenue{" Meinten Sie einen Umsatz von {0}?", " Did you mean a revenue of {0}?"};
constexpr Pattern kCheckGoal{" Bitte prüfen Sie Ziel und Zeitraum.", " Please check the goal and its period."};
constexpr Pattern kPerMonth{"pro Monat", "per month"};
constexpr Pattern kPerQuarter{"pro Quartal", "per quarter"};
constexpr Pattern kPerYear{"pro Jahr", "per year"};
constexpr Pattern kInMonths{"in {0} Monaten", "in {0} months"};

// "pro Monat", "per quarter", "in 6 Monaten"
std::string perPeriod(double months, Locale locale) {
    if (months == 1) return kPerMonth.in(locale);
    if (months == 3) return kPerQuarter.in(locale);
    if (months == 12) return kPerYear.in(locale);
    return fill(kInMonths.in(locale), {formatNumber(months, locale, NumberStyle::exact)});
}

}  // namespace

const char* hintCodeName(HintCode code) {
    constexpr const char* kNames[] = {"read_as",
                                      "read_as_months",
                                      "percent_as_fraction",
                                      "revenue_below_deal_value",
                                      "goal_far_above_history",
                                      "goal_far_below_history",
                                      "history_in_weeks",
                                      "history_in_days",
                                      "history_long",
                                      "goal_converted"};
    return kNames[static_cast<int>(code)];
}

std::string hintMessage(const Hint& hint, Locale locale) {
    const auto number = [&](std::size_t i, NumberStyle style = NumberStyle::exact) {
        return i < hint.figures.size() ? formatNumber(hint.figures[i], locale, style) : std::string();
    };
    const char* sentence = kSentences[static_cast<int>(hint.code)].in(locale);
    switch (hint.code) {
        case HintCode::read_as:
        case HintCode::read_as_months:
            return fill(sentence, {quoted(hint.typed, locale), number(0)});
        case HintCode::percent_as_fraction:
            return fill(sentence, {number(0, NumberStyle::exactPercent), number(1, NumberStyle::exactPercent)});
        case HintCode::goal_far_above_history:
        case HintCode::goal_far_below_history: {
            std::string then = kCheckGoal.in(locale);
            if (!hint.apply.empty()) {
                const Suggestion& suggestion = hint.apply.front();
                const Pattern& meant = suggestion.field == "goal.dealValue" ? kMeantDealValue : kMeantRevenue;
                then = fill(meant.in(locale), {formatNumber(suggestion.value, locale, NumberStyle::exact)});
            }
            return fill(sentence, {number(0, NumberStyle::whole), number(1, NumberStyle::oneDecimal),
                                   perPeriod(hint.figures[2], locale), then});
        }
        case HintCode::history_in_weeks:
        case HintCode::history_in_days:
            return fill(
                sentence,
                {number(0), formatNumber(std::floor(hint.figures[0] / 12), locale, NumberStyle::whole), number(1)});
        case HintCode::history_long:
            return fill(sentence, {number(0)});
        case HintCode::goal_converted: {
            // A forecast's volume converts too; only a goal is called one.
            if (hint.field.compare(0, 5, "goal.") != 0) sentence = kVolumeConverted.in(locale);
            const double exact = std::round(hint.figures[2] * 100) / 100;  // as people say it: 14,67
            const std::string rounding =
                hint.figures[2] != hint.figures[3] ? fill(kRoundedUp.in(locale), {number(3)}) : std::string();
            return fill(sentence,
                        {number(0), perPeriod(hint.figures[1], locale), formatNumber(exact, locale, NumberStyle::exact),
                         perPeriod(hint.figures[4], locale), rounding});
        }
        default:
            return sentence;
    }
}

}  // namespace funnel
