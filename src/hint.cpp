#include "hint.h"

#include <cmath>

#include "format_number.h"

namespace funnel {
namespace {

struct Words {
    Locale locale;

    bool de() const { return locale == Locale::de; }
    std::string number(double value, NumberStyle style = NumberStyle::exact) const {
        return formatNumber(value, locale, style);
    }
    std::string quoted(const std::string& text) const {
        return de() ? "\u201E" + text + "\u201C" : "\u201C" + text + "\u201D";
    }
    // "pro Monat", "per quarter", "in 6 Monaten"
    std::string period(double months) const {
        if (months == 1) return de() ? "pro Monat" : "per month";
        if (months == 3) return de() ? "pro Quartal" : "per quarter";
        if (months == 12) return de() ? "pro Jahr" : "per year";
        return (de() ? "in " : "in ") + number(months) + (de() ? " Monaten" : " months");
    }
};

std::string historyCheck(const Hint& hint, const Words& words, bool above) {
    const double size = hint.figures[0];
    const std::string average =
        words.number(hint.figures[1], NumberStyle::oneDecimal) + " " + words.period(hint.figures[2]);
    std::string text;
    if (above) {
        text = words.de() ? "Das Ziel ist " + words.number(size, NumberStyle::whole) +
                                "-mal so hoch wie Ihr bisheriger Schnitt (" + average + ")."
                          : "The goal is " + words.number(size, NumberStyle::whole) + " times your average so far (" +
                                average + ").";
    } else {
        text = words.de() ? "Das Ziel liegt unter 1 % Ihres bisherigen Schnitts (" + average + ")."
                          : "The goal is below 1 % of your average so far (" + average + ").";
    }
    if (!hint.apply.empty()) {
        const Suggestion& suggestion = hint.apply.front();
        const bool deal = suggestion.field == "goal.dealValue";
        const std::string value = words.number(suggestion.value);
        if (words.de())
            return text + " Meinten Sie " + (deal ? "einen Auftragswert" : "einen Umsatz") + " von " + value + "?";
        return text + " Did you mean " + (deal ? "a deal value" : "a revenue") + " of " + value + "?";
    }
    return text + (words.de() ? " Bitte prüfen Sie Ziel und Zeitraum." : " Please check the goal and its period.");
}

std::string historyUnit(const Hint& hint, const Words& words, const char* unitDe, const char* unitEn) {
    const std::string typed = words.number(hint.figures[0]);
    const std::string months = words.number(hint.figures[1]);
    const std::string years = words.number(std::floor(hint.figures[0] / 12));
    if (words.de()) {
        return typed + " Monate sind über " + years + " Jahre. Meinten Sie " + typed + " " + unitDe + ", also " +
               months + " Monate?";
    }
    return typed + " months is over " + years + " years. Did you mean " + typed + " " + unitEn + ", i.e. " + months +
           " months?";
}

// "44 pro Quartal sind 14,67 pro Monat, aufgerundet auf 15. Meinten Sie 44 pro Monat?"
std::string goalConverted(const Hint& hint, const Words& words) {
    const std::string old = words.number(hint.figures[0]);
    const std::string newPeriod = words.period(hint.figures[4]);
    const double exact = std::round(hint.figures[2] * 100) / 100;  // as people say it: 14,67
    const bool goal = hint.field.compare(0, 5, "goal.") == 0;      // else a forecast's volume
    std::string text = (goal ? (words.de() ? "Ziel umgerechnet: " : "Goal converted: ")
                             : (words.de() ? "Umgerechnet: " : "Converted: ")) +
                       old + " " + words.period(hint.figures[1]) + (words.de() ? " sind " : " is ") +
                       words.number(exact) + " " + newPeriod;
    if (hint.figures[2] != hint.figures[3])
        text += (words.de() ? ", aufgerundet auf " : ", rounded up to ") + words.number(hint.figures[3]);
    return text + (words.de() ? ". Meinten Sie " : ". Did you mean ") + old + " " + newPeriod + "?";
}

}  // namespace

const char* hintCodeName(HintCode code) {
    switch (code) {
        case HintCode::read_as:
            return "read_as";
        case HintCode::read_as_months:
            return "read_as_months";
        case HintCode::percent_as_fraction:
            return "percent_as_fraction";
        case HintCode::revenue_below_deal_value:
            return "revenue_below_deal_value";
        case HintCode::goal_far_above_history:
            return "goal_far_above_history";
        case HintCode::goal_far_below_history:
            return "goal_far_below_history";
        case HintCode::history_in_weeks:
            return "history_in_weeks";
        case HintCode::history_in_days:
            return "history_in_days";
        case HintCode::history_long:
            return "history_long";
        case HintCode::goal_converted:
            return "goal_converted";
    }
    return "";
}

std::string hintMessage(const Hint& hint, Locale locale) {
    const Words words{locale};
    const auto figure = [&](std::size_t i, NumberStyle style = NumberStyle::exact) {
        return words.number(hint.figures[i], style);
    };
    switch (hint.code) {
        case HintCode::read_as:
            return words.de() ? words.quoted(hint.typed) + " als " + figure(0) + " gelesen."
                              : "Read " + words.quoted(hint.typed) + " as " + figure(0) + ".";
        case HintCode::read_as_months:
            return words.de() ? words.quoted(hint.typed) + " als " + figure(0) + " Monate gelesen."
                              : "Read " + words.quoted(hint.typed) + " as " + figure(0) + " months.";
        case HintCode::percent_as_fraction:
            return words.de() ? "Gelesen als " + figure(0, NumberStyle::exactPercent) + ". Meinten Sie " +
                                    figure(1, NumberStyle::exactPercent) + "?"
                              : "Read as " + figure(0, NumberStyle::exactPercent) + ". Did you mean " +
                                    figure(1, NumberStyle::exactPercent) + "?";
        case HintCode::revenue_below_deal_value:
            return words.de() ? "Das Umsatzziel ist kleiner als ein einziger Auftrag, der Plan rechnet also mit einem "
                                "Kunden. Sind Umsatz und Auftragswert vertauscht?"
                              : "The revenue goal is less than a single deal, so the plan counts on one customer. Are "
                                "revenue and deal value swapped?";
        case HintCode::goal_far_above_history:
            return historyCheck(hint, words, true);
        case HintCode::goal_far_below_history:
            return historyCheck(hint, words, false);
        case HintCode::history_in_weeks:
            return historyUnit(hint, words, "Wochen", "weeks");
        case HintCode::history_in_days:
            return historyUnit(hint, words, "Tage", "days");
        case HintCode::history_long:
            return words.de() ? figure(0) +
                                    " Monate sind mehr als 10 Jahre Historie. Stimmt das? Der Monatsschnitt "
                                    "ist die Zahl geteilt durch diese Monate."
                              : figure(0) +
                                    " months is more than 10 years of history. Is that right? The monthly "
                                    "average is each count divided by these months.";
        case HintCode::goal_converted:
            return goalConverted(hint, words);
    }
    return "";
}

}  // namespace funnel
