// Whether a conversion rate really changed (issue 17): the Wilson interval of
// a rate, Newcombe's hybrid score interval for the difference of two rates
// (method 10 of Newcombe 1998, from the two Wilson intervals), and the
// two-sided p-value of Fisher's exact test on the 2 x 2 table, as R's
// fisher.test computes it. Counts up to 10^7 and beyond, fast enough for a keystroke.
#pragma once

#include <cstdint>

namespace funnel {

constexpr double kZ95 = 1.959963984540054;

struct RateInterval {
    double low = 0;
    double high = 0;
};

// The Wilson score interval of k successes in n > 0 trials.
RateInterval wilsonInterval(double k, double n, double z = kZ95);

// The interval of k1/n1 - k2/n2 (n1, n2 > 0): d - sqrt((p1 - l1)^2 + (u2 - p2)^2) to
// d + sqrt((u1 - p1)^2 + (p2 - l2)^2), with (l, u) each rate's Wilson interval.
RateInterval newcombeDifference(double k1, double n1, double k2, double n2, double z = kZ95);

// Fisher's exact test, two-sided, on [[k1, n1 - k1], [k2, n2 - k2]] (k <= n): the sum of the
// hypergeometric probabilities of every table with the same margins whose probability is
// at most the observed one's times (1 + 1e-7).
double fisherTwoSided(std::uint64_t k1, std::uint64_t n1, std::uint64_t k2, std::uint64_t n2);

}  // namespace funnel
