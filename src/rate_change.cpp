#include "rate_change.h"

#include <algorithm>
#include <cmath>

#include "portable_math.h"

namespace funnel {
namespace {

// R's relative tolerance for "at most as probable as the observed table".
constexpr double kRelativeTolerance = 1 + 1e-7;
// Tables this much less probable than the observed one add nothing a p-value shows.
constexpr double kNegligible = 1e-17;

double logChoose(double n, double k) { return math::lgamma(n + 1) - math::lgamma(k + 1) - math::lgamma(n - k + 1); }

}  // namespace

RateInterval wilsonInterval(double k, double n, double z) {
    const double z2 = z * z;
    const double centre = (k + z2 / 2) / (n + z2);
    const double half = z * std::sqrt(k * (n - k) / n + z2 / 4) / (n + z2);
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

RateInterval newcombeDifference(double k1, double n1, double k2, double n2, double z) {
    const double p1 = k1 / n1;
    const double p2 = k2 / n2;
    const RateInterval first = wilsonInterval(k1, n1, z);
    const RateInterval second = wilsonInterval(k2, n2, z);
    const double d = p1 - p2;
    return {d - std::sqrt((p1 - first.low) * (p1 - first.low) + (second.high - p2) * (second.high - p2)),
            d + std::sqrt((first.high - p1) * (first.high - p1) + (p2 - second.low) * (p2 - second.low))};
}

double fisherTwoSided(std::uint64_t k1, std::uint64_t n1, std::uint64_t k2, std::uint64_t n2) {
    // X = successes in the first row: hypergeometric with N tables' worth of trials, m successes, n1 drawn.
    const double N = static_cast<double>(n1) + static_cast<double>(n2);
    const double m = static_cast<double>(k1) + static_cast<double>(k2);
    const double drawn = static_cast<double>(n1);
    const double low = std::max(0.0, drawn + m - N);
    const double high = std::min(drawn, m);
    if (low == high) return 1;
    const auto logP = [&](double x) { return logChoose(m, x) + logChoose(N - m, drawn - x); };
    // P(x + 1) / P(x), to walk from the mode outward with weights relative to the mode's (1).
    const auto ratio = [&](double x) { return (m - x) * (drawn - x) / ((x + 1) * (N - m - drawn + x + 1)); };
    const double mode = std::clamp(std::floor((drawn + 1) * (m + 1) / (N + 2)), low, high);
    const double x0 = static_cast<double>(k1);
    const double observed = math::exp(logP(x0) - logP(mode));  // relative to the mode's
    const double limit = observed * kRelativeTolerance;
    const double cutoff = std::min(observed, 1.0) * kNegligible;
    double total = 1;
    double atMost = 1 <= limit ? 1 : 0;  // the mode itself
    double weight = 1;
    for (double x = mode; x < high && weight > cutoff; ++x) {
        weight *= ratio(x);
        total += weight;
        if (weight <= limit) atMost += weight;
    }
    weight = 1;
    for (double x = mode; x > low && weight > cutoff; --x) {
        weight /= ratio(x - 1);
        total += weight;
        if (weight <= limit) atMost += weight;
    }
    return std::min(1.0, atMost / total);
}

}  // namespace funnel
