// Field paths as the page knows them: "goal.customers", "conversions[1].rate".
#pragma once

#include <cstddef>
#include <string>

namespace funnel {

inline std::string indexed(const std::string& list, std::size_t index) {
    return list + "[" + std::to_string(index) + "]";
}

inline std::string member(const std::string& parent, const char* name) {
    return parent.empty() ? std::string(name) : parent + "." + name;
}

}  // namespace funnel
