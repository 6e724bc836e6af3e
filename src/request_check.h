// Checks of values shared by plan() and forecast(): each problem becomes an
// Issue with its field path; nothing stops at the first one.
#pragma once

#include <string>
#include <vector>

#include "issue.h"
#include "plan.h"

namespace funnel {

class Checker {
public:
    explicit Checker(std::vector<Issue>& errors) : errors_(errors) {}

    // A finite number > 0 (and at most 2^53 - 1 where it counts leads or money).
    bool positive(double value, const std::string& field, bool bounded);
    // A whole number from 1 to 2^53 - 1.
    bool whole(double value, const std::string& field);
    bool fail(const std::string& field, Code code);

private:
    std::vector<Issue>& errors_;
};

}  // namespace funnel
