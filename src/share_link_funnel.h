// The parts of a share link that hold the funnel: the stage names (s), the
// conversions (c) and the forecast's volume (vol), read together because
// each depends on the others, and written back (share_link.cpp).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "link_text.h"
#include "value.h"

namespace funnel::link {

std::string readName(std::string_view encoded, const std::string& field, Notices& notices);

// "LinkedIn,E-Mail,Website%2FSEO": names (the channels'), at most 12; one that cannot be read is empty.
Value readNames(std::string_view text, const std::string& field, Notices& notices);
void appendNames(std::string& out, const Value& names);

// Stages and conversions into `state`; returns the stage count, 0 for none.
std::size_t readFunnel(const std::optional<std::string_view>& stagesText,
                       const std::optional<std::string_view>& conversionsText, Value& state, Notices& notices);

// "300@1": a count at the stage of that index, which must be above the bottom.
void readVolume(std::string_view text, std::size_t stageCount, Value& state, Notices& notices);

// A conversion's fields as the link spells them: "r0.25" or "4000:1000".
void appendRate(std::string& out, const Value& conversion);
void appendCounts(std::string& out, const Value& conversion);

// "&s=MQL,SQL,Customer&c=4000:1000,r0.5": the stage names and the conversions.
void appendFunnel(std::string& out, const Value& stages, const Value& conversions);

}  // namespace funnel::link
