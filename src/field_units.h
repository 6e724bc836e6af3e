// The unit a field of the hand-off (issue 19) takes besides its number: "24 h",
// "5 Arbeitstage", "+20 Punkte", "5 Versuche". read_field.cpp takes it off the
// end of what was typed; a field without one of its own reads as before.
#pragma once

#include <cstddef>
#include <string_view>

namespace funnel {

// The words of a unit, longest first where one begins another.
struct UnitWords {
    const std::string_view* first = nullptr;
    std::size_t count = 0;
    const std::string_view* begin() const { return first; }
    const std::string_view* end() const { return first + count; }
};

// The unit words of the field at `path`, or none.
UnitWords fieldUnits(std::string_view path);

}  // namespace funnel
