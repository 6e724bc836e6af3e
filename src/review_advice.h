// What a KPI review says about each finding, in German and English: the
// sentence with its numbers, and for the team that owns the conversion the
// usual causes and first steps (review.cpp).
#pragma once

#include <string>
#include <vector>

#include "issue.h"
#include "review.h"

namespace funnel {

// "MQL → SQL ist in den letzten 3 Monaten auf 21,2 % gesunken (Vergleichswert 25 %, p = 0,003)."
std::string rateMessage(const std::string& from, const std::string& to, const RateWindow& window, Locale locale);
// One window's result in plain words, noise said as noise: "Letzte 3 Monate: 20 % gegenüber 25 % (−5
// Prozentpunkte, 95-%-Intervall −12,8 bis +4,1; p = 0,322): kann Zufall sein, keine klare Veränderung."
std::string windowMessage(const RateWindow& window, Locale locale);
// "Kunde im März 2026: 38 statt geplant 50 (24 % unter Plan)."
std::string volumeMessage(const std::string& stage, const VolumeMonth& month, Locale locale);
// The causes and first steps for a kind of finding and its team.
std::vector<std::string> adviceFor(const std::string& kind, Team team, Locale locale);

}  // namespace funnel
