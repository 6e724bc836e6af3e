// What a KPI review says about each finding, in German and English: the
// sentence with its numbers, and for the team that owns the conversion the
// usual causes and first steps (review.cpp).
#pragma once

#include <string>
#include <vector>

#include "issue.h"
#include "review.h"

namespace funnel {

// "MQL → SQL fiel in den letzten 3 Monaten von 25,0 % auf 21,2 % (p = 0,003)."
std::string rateMessage(const std::string& from, const std::string& to, const RateWindow& window, Locale locale);
// "Kunde lag im 2026-03 mit 38 um 24 % unter dem Plan (50)."
std::string volumeMessage(const std::string& stage, const VolumeMonth& month, Locale locale);
// The causes and first steps for a kind of finding and its team.
std::vector<std::string> adviceFor(const std::string& kind, Team team, Locale locale);

}  // namespace funnel
