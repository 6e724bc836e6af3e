// The Beta distribution, hand-written in a few KB instead of Boost.Math
// (about 35 KB gzip more in wasm; see README, "Build choices").
#pragma once

#include <cstdint>

namespace funnel {

// The x with P(Z <= x) = p for a standard normal Z, 0 < p < 1.
double normalQuantile(double p);

// ln B(a, b), accurate also when a or b is in the billions.
double logBeta(double a, double b);

// I_x(a, b), the Beta(a, b) distribution function at x. a, b > 0.
double regularizedIncompleteBeta(double x, double a, double b);
// The same with logBeta(a, b) computed once by the caller.
double regularizedIncompleteBeta(double x, double a, double b, double logB);

// psi(x), the digamma function, x > 0: E[ln X] = psi(a) - psi(a + b) for X ~ Beta(a, b).
double digamma(double x);

// psi'(x), the trigamma function, x > 0: Var[ln X] = psi'(a) - psi'(a + b) for X ~ Beta(a, b).
double trigamma(double x);

// The x with I_x(a, b) = p, for 0 < p < 1.
double betaQuantile(double p, double a, double b);

// The Cornish-Fisher (skew-corrected normal) quantile of Beta(a, b): within
// O(1 / min(a, b)) of the exact one, at a fraction of its cost.
double approximateBetaQuantile(double p, double a, double b);

struct Interval {
    double low;
    double high;
};

// The 95 % Jeffreys interval for `successes` out of `trials`: the 2.5 % and
// 97.5 % quantiles of Beta(k + 1/2, n - k + 1/2), with low = 0 when k = 0
// and high = 1 when k = n.
Interval jeffreysInterval(std::uint64_t successes, std::uint64_t trials);

}  // namespace funnel
