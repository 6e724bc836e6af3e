#include "review_advice.h"

#include <cmath>

#include "format_number.h"

namespace funnel {
namespace {

std::string percent(double share, Locale locale) { return formatNumber(share, locale, NumberStyle::percent); }

std::string pValue(double p, Locale locale) {
    if (p < 0.001) return locale == Locale::de ? "p < 0,001" : "p < 0.001";
    return "p = " + formatNumber(std::round(p * 1000) / 1000, locale, NumberStyle::exact);
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
         {"Check audience and targeting: which campaigns and channels brought the leads that did not convert?",
          "Review the messaging: does it promise what sales then offers?",
          "Check the MQL criteria of the hand-off with sales: are leads passed on too early?"},
         {"Zielgruppe und Targeting prüfen: Aus welchen Kampagnen und Kanälen kamen die Leads, die nicht "
          "konvertierten?",
          "Botschaften überprüfen: Versprechen sie, was der Vertrieb dann anbietet?",
          "Die MQL-Kriterien der Übergabe mit dem Vertrieb prüfen: Werden Leads zu früh übergeben?"}},
        {"drop",
         Team::sales,
         {"Compare the response time with the SLA: how fast were new leads contacted?",
          "Check the follow-up: how many attempts, over how many days?",
          "Listen to qualification calls and close the gaps with training and support."},
         {"Reaktionszeit mit dem SLA vergleichen: Wie schnell wurden neue Leads kontaktiert?",
          "Nachfassen prüfen: Wie viele Versuche, über wie viele Tage?",
          "Qualifizierungsgespräche auswerten und Lücken mit Training und Unterstützung schließen."}},
        {"drop",
         Team::shared,
         {"Review the hand-off criteria together: what makes a lead ready for the next stage?",
          "Close the feedback loop: sales reports back on every lead, marketing adjusts."},
         {"Die Übergabekriterien gemeinsam überprüfen: Was macht einen Lead reif für die nächste Stufe?",
          "Die Feedback-Schleife schließen: Der Vertrieb meldet zu jedem Lead zurück, das Marketing passt an."}},
        {"rise",
         Team::marketing,
         {"Find out which campaigns and channels drove it, and shift budget towards them.",
          "Keep the targeting and messaging that work; write down what changed."},
         {"Herausfinden, welche Kampagnen und Kanäle das bewirkt haben, und Budget dorthin verlagern.",
          "Was wirkt, beibehalten: Targeting und Botschaften; festhalten, was sich geändert hat."}},
        {"rise",
         Team::sales,
         {"Find out what changed in the process (speed, follow-up, offers) and make it the standard.",
          "Share it in the team: what the best calls had in common."},
         {"Herausfinden, was sich im Prozess geändert hat (Tempo, Nachfassen, Angebote), und es zum Standard machen.",
          "Im Team teilen, was die besten Gespräche gemeinsam hatten."}},
        {"rise",
         Team::shared,
         {"Keep the hand-off as it is now and write down what changed in it."},
         {"Die Übergabe so beibehalten und festhalten, was sich daran geändert hat."}},
        {"fewer_but_better",
         Team::shared,
         {"Fewer but better leads: check whether volume can grow again without losing the quality.",
          "Look at the plan: does the better rate make up for the lower volume?"},
         {"Weniger, aber bessere Leads: prüfen, ob das Volumen wieder wachsen kann, ohne die Qualität zu verlieren.",
          "Den Plan ansehen: Gleicht die bessere Rate das geringere Volumen aus?"}},
        {"below_target",
         Team::marketing,
         {"Check the campaigns and the budget per channel against the plan for this month."},
         {"Kampagnen und Budget je Kanal mit dem Plan für diesen Monat abgleichen."}},
        {"below_target",
         Team::sales,
         {"Check the pipeline: which deals slipped, and what can still close this month?"},
         {"Die Pipeline prüfen: Welche Abschlüsse haben sich verschoben, was lässt sich diesen Monat noch "
          "abschließen?"}},
        {"below_target",
         Team::shared,
         {"Look at the conversion into this stage in the review: is it volume or rate?"},
         {"Im Review die Konversion in diese Stufe ansehen: Liegt es am Volumen oder an der Rate?"}},
    };
    return table;
}

}  // namespace

std::string rateMessage(const std::string& from, const std::string& to, const RateWindow& window, Locale locale) {
    const bool de = locale == Locale::de;
    const bool fell = *window.difference < 0;
    const std::string months = window.length == 1 ? (de ? "im letzten Monat" : "in the latest month")
                                                  : (de ? "in den letzten 3 Monaten" : "over the latest 3 months");
    return from + " \u2192 " + to + (de ? (fell ? " fiel " : " stieg ") : (fell ? " fell " : " rose ")) + months +
           (de ? " von " : " from ") + percent(*window.baselineRate, locale) + (de ? " auf " : " to ") +
           percent(*window.rate, locale) + " (" + pValue(*window.pValue, locale) + ").";
}

std::string volumeMessage(const std::string& stage, const VolumeMonth& month, Locale locale) {
    const std::string gap = formatNumber(std::fabs(*month.gap), locale, NumberStyle::wholePercent);
    const std::string actual = formatNumber(month.actual, locale, NumberStyle::whole);
    const std::string target = formatNumber(*month.target, locale, NumberStyle::whole);
    if (locale == Locale::de)
        return stage + " im " + month.month + ": " + actual + ", " + gap + " unter dem Plan (" + target + ").";
    return stage + " in " + month.month + ": " + actual + ", " + gap + " below plan (" + target + ").";
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
