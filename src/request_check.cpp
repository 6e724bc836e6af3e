#include "request_check.h"

#include <cmath>

namespace funnel {

bool Checker::positive(double value, const std::string& field, bool bounded) {
    if (!std::isfinite(value)) return fail(field, Code::not_finite);
    if (value <= 0) return fail(field, Code::not_positive);
    if (bounded && value > static_cast<double>(kMaxWhole)) return fail(field, Code::too_large);
    return true;
}

bool Checker::whole(double value, const std::string& field) {
    if (!positive(value, field, true)) return false;
    if (std::floor(value) != value) return fail(field, Code::not_whole);
    return true;
}

bool Checker::fail(const std::string& field, Code code) {
    errors_.push_back(Issue{field, code});
    return false;
}

}  // namespace funnel
