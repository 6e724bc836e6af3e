#include "review_advice.h"

#include <cmath>

#include "format_number.h"

namespace funnel {
namespace {

std::string percent(double share, Locale locale) { return formatNumber(share, locale, NumberStyle::percent); }

std::string pValue(double p, Locale locale) {
    // No-break spaces: "p =" never ends a line with its number on the next.
    if (p < 0.001) return locale == Locale::de ? "p\u00a0<\u00a00,001" : "p\u00a0<\u00a00.001";
    return "p\u00a0=\u00a0" + formatNumber(std::round(p * 1000) / 1000, locale, NumberStyle::exact);
}

struct Advice {
    const char* kind;
    Team team;
    std::vector<const char*> en;
    std::vector<const char*> de;
};

const std::vector<Advice>& adviceTable() {
    static const std::vector<Advice> table = {
        {"drop",
         Team::marketing,
         {"Rule out data issues first: did stage definitions, lead scoring or CRM status updates change, and are "
          "recent leads still in progress?",
          "Check audience and targeting: which campaigns and channels brought the leads that did not convert?",
          "Review the messaging: does it promise what sales then offers?",
          "Review the MQL criteria and lead scoring with sales: are leads handed off too early?"},
         {"Zuerst Effekte in den Daten ausschließen: Wurden Stufendefinitionen, Lead-Scoring oder die Pflege der "
          "CRM-Status "
          "geändert? Sind neue Leads noch in Bearbeitung?",
          "Zielgruppe und Targeting prüfen: Aus welchen Kampagnen und Kanälen kamen die Leads, die nicht "
          "konvertierten?",
          "Messaging überprüfen: Verspricht es, was der Vertrieb dann anbietet?",
          "MQL-Kriterien und Lead-Scoring gemeinsam mit dem Vertrieb prüfen: Werden Leads zu früh übergeben?"}},
        {"drop",
         Team::sales,
         {"Rule out data issues first: did stage definitions or CRM status updates change, and are recent deals still "
          "in progress?",
          "Go through lost and stalled deals: what are the loss reasons (price, competitor, timing, no "
          "decision-maker)?",
          "Compare the response time with the SLA, and check the follow-up: how many attempts, over how many days?",
          "Sit in on qualification calls and close gaps with targeted coaching."},
         {"Zuerst Effekte in den Daten ausschließen: Wurden Stufendefinitionen oder die Pflege der CRM-Status "
          "geändert? Sind "
          "neue Deals noch in Bearbeitung?",
          "Verlorene und liegengebliebene Deals durchgehen: Was sind die Verlustgründe (Preis, Wettbewerb, Timing, "
          "kein Entscheider)?",
          "Reaktionszeit mit dem SLA vergleichen und das Nachfassen prüfen: Wie viele Versuche, über wie viele Tage?",
          "Qualifizierungsgespräche begleiten und auswerten, Lücken mit gezieltem Coaching schließen."}},
        {"drop",
         Team::shared,
         {"Rule out data issues first: did stage definitions, lead scoring or CRM status updates change, and are "
          "recent leads still in progress?",
          "Review the hand-off criteria together: what makes a lead ready for the next stage?",
          "Close the feedback loop: sales gives a reason for every rejected lead, marketing adjusts targeting and "
          "scoring."},
         {"Zuerst Effekte in den Daten ausschließen: Wurden Stufendefinitionen, Lead-Scoring oder die Pflege der "
          "CRM-Status "
          "geändert? Sind neue Leads noch in Bearbeitung?",
          "Übergabekriterien gemeinsam überprüfen: Was macht einen Lead reif für die nächste Stufe?",
          "Feedback-Schleife schließen: Der Vertrieb begründet jeden abgelehnten Lead, das Marketing passt Targeting "
          "und Scoring an."}},
        {"rise",
         Team::marketing,
         {"Find out which campaigns and channels drove the increase, and test shifting more budget to them.",
          "Keep the targeting and messaging that work, and document what changed."},
         {"Herausfinden, welche Kampagnen und Kanäle den Anstieg bewirkt haben, und schrittweise mehr Budget dorthin "
          "verlagern.",
          "Wirksames Targeting und Messaging beibehalten und dokumentieren, was sich geändert hat."}},
        {"rise",
         Team::sales,
         {"Find out what changed in the process (speed, follow-up, proposals, discounts) and make what is sound the "
          "standard.",
          "Share with the team what the best calls had in common."},
         {"Herausfinden, was sich im Prozess geändert hat (Tempo, Nachfassen, Angebote, Rabatte), und das Tragfähige "
          "zum Standard machen.",
          "Im Team teilen, was die besten Gespräche gemeinsam hatten."}},
        {"rise",
         Team::shared,
         {"Keep the hand-off as it is now, and document what changed.",
          "Check the next stage: do the extra leads convert as well as before?"},
         {"Die Lead-Übergabe so beibehalten und dokumentieren, was sich geändert hat.",
          "Nächste Stufe prüfen: Konvertieren die zusätzlichen Leads dort ebenso gut?"}},
        {"fewer_but_better",
         Team::shared,
         {"Lower volume, higher quality: check whether volume can grow again without losing quality.",
          "Check against the plan: does the higher rate make up for the lower volume?"},
         {"Weniger Volumen, höhere Qualität: prüfen, ob das Volumen wieder wachsen kann, ohne an Qualität einzubüßen.",
          "Mit dem Plan abgleichen: Gleicht die höhere Rate das geringere Volumen aus?"}},
        {"below_target",
         Team::marketing,
         {"Compare leads and spend per channel with the plan for that month: where is the gap, and what can be brought "
          "forward?"},
         {"Leads und Budget je Kanal mit dem Plan für den Monat abgleichen: Wo liegt die Lücke, was lässt sich "
          "vorziehen?"}},
        {"below_target",
         Team::sales,
         {"Check the pipeline: which deals slipped, and which can still close this month?"},
         {"Pipeline prüfen: Welche Deals haben sich verschoben, und welche lassen sich diesen Monat noch "
          "abschließen?"}},
        {"below_target",
         Team::shared,
         {"Check the conversion into this stage: is the gap due to volume from the stage before, or to the rate?"},
         {"Konversion in diese Stufe prüfen: Liegt die Lücke am Volumen der Vorstufe oder an der Rate?"}},
    };
    return table;
}

// "März 2026" / "March 2026" from "2026-03".
std::string monthName(const std::string& month, Locale locale) {
    static const char* const kDe[] = {"Januar", "Februar", "März",      "April",   "Mai",      "Juni",
                                      "Juli",   "August",  "September", "Oktober", "November", "Dezember"};
    static const char* const kEn[] = {"January", "February", "March",     "April",   "May",      "June",
                                      "July",    "August",   "September", "October", "November", "December"};
    const int number = std::stoi(month.substr(5, 2));
    return std::string((locale == Locale::de ? kDe : kEn)[number - 1]) + " " + month.substr(0, 4);
}

// A stage's name at the start of a sentence: "customer" -> "Customer" (a first letter a to z only).
std::string sentenceStart(std::string name) {
    if (!name.empty() && name[0] >= 'a' && name[0] <= 'z') name[0] = static_cast<char>(name[0] - 'a' + 'A');
    return name;
}

}  // namespace

std::string rateMessage(const std::string& from, const std::string& to, const RateWindow& window, Locale locale) {
    const bool fell = *window.difference < 0;
    const std::string rate = percent(*window.rate, locale);
    const std::string basis = percent(*window.baselineRate, locale);
    if (locale == Locale::de) {
        const std::string when = window.length == 1 ? " im letzten Monat" : " in den letzten 3 Monaten";
        return sentenceStart(from) + " \u2192 " + to + " ist" + when + " auf " + rate +
               (fell ? " gesunken" : " gestiegen") + " (Vergleichswert " + basis + ", " +
               pValue(*window.pValue, locale) + ").";
    }
    const std::string when = window.length == 1 ? " last month" : " over the last 3 months";
    return sentenceStart(from) + " \u2192 " + to + (fell ? " dropped to " : " rose to ") + rate + when + " (baseline " +
           basis + ", " + pValue(*window.pValue, locale) + ").";
}

std::string windowMessage(const RateWindow& window, Locale locale) {
    const bool de = locale == Locale::de;
    const std::string when =
        window.length == 1 ? (de ? "Letzter Monat: " : "Last month: ") : (de ? "Letzte 3 Monate: " : "Last 3 months: ");
    if (window.status == RateStatus::insufficient)
        return when +
               (de ? "zu wenige Monate mit Zahlen für einen Vergleich." : "too few months with numbers to compare.");
    const std::string rate = percent(*window.rate, locale);
    const std::string basis = percent(*window.baselineRate, locale);
    if (window.status == RateStatus::not_comparable)
        return when + (de ? "nicht vergleichbar: Die spätere Stufe hat mehr Leads als die frühere. Wahrscheinlich ist "
                            "der Zeitversatz zwischen den Stufen falsch eingestellt."
                          : "not comparable: the later stage has more leads than the earlier one. The time lag between "
                            "the stages is probably set wrong.");
    // Percentage points with their sign: "−4,0", "+5,0".
    const auto points = [&](double share) {
        const std::string text = formatNumber(std::fabs(share) * 100, locale, NumberStyle::oneDecimal);
        return (share < 0 ? "\u2212" : "+") + text;
    };
    const std::string numbers = rate + (de ? " gegenüber " : " vs. ") + basis + " (" + points(*window.difference) +
                                (de ? " Prozentpunkte, 95-%-Intervall " : " percentage points, 95% interval ") +
                                points(*window.low) + (de ? " bis " : " to ") + points(*window.high) + "; " +
                                pValue(*window.pValue, locale) + "): ";
    // A significant change is "hardly chance", never proof; anything else "could be chance", never "is chance".
    if (window.status == RateStatus::drop)
        return when + numbers +
               (de ? "deutlicher Rückgang, kaum durch Zufall erklärbar." : "a clear drop, unlikely to be chance.");
    if (window.status == RateStatus::rise)
        return when + numbers +
               (de ? "deutlicher Anstieg, kaum durch Zufall erklärbar." : "a clear rise, unlikely to be chance.");
    return when + numbers + (de ? "kann Zufall sein, keine klare Veränderung." : "could be chance, no clear change.");
}

std::string volumeMessage(const std::string& stage, const VolumeMonth& month, Locale locale) {
    const std::string gap = formatNumber(std::fabs(*month.gap), locale, NumberStyle::wholePercent);
    const std::string actual = formatNumber(month.actual, locale, NumberStyle::whole);
    const std::string target = formatNumber(*month.target, locale, NumberStyle::whole);
    if (locale == Locale::de)
        return sentenceStart(stage) + " im " + monthName(month.month, locale) + ": " + actual + " statt geplant " +
               target + " (" + gap + " unter Plan).";
    return sentenceStart(stage) + ", " + monthName(month.month, locale) + ": " + actual + " vs. " + target +
           " planned (" + gap + " below plan).";
}

std::vector<std::string> adviceFor(const std::string& kind, Team team, Locale locale) {
    for (const Advice& advice : adviceTable()) {
        if (kind != advice.kind || team != advice.team) continue;
        const auto& texts = locale == Locale::de ? advice.de : advice.en;
        return {texts.begin(), texts.end()};
    }
    return {};
}

}  // namespace funnel
