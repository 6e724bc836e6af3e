// The Beta distribution, hand-written in a few KB instead of Boost.Math
// (about 35 KB gzip more in wasm; see docs/performance.md, "Build choices").
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
// I_x(a, b) by its Edgeworth expansion to second order, for large a and b:
// off by about 0.05 / min(a, b)^1.5 (5e-8 from 10 000 on), at the cost of one
// normal tail where the continued fraction takes ~sqrt(min(a, b)) steps.
double approximateRegularizedIncompleteBeta(double x, double a, double b);

// psi(x), the digamma function, x > 0: E[ln X] = psi(a) - psi(a + b) for X ~ Beta(a, b).
double digamma(double x);

// psi'(x), the trigamma function, x > 0: Var[ln X] = psi'(a) - psi'(a + b) for X ~ Beta(a, b).
double trigamma(double x);

// The x with I_x(a, b) = p, for 0 < p < 1.
double betaQuantile(double p, double a, double b);

// The same to within about 1e-12 of Beta(a, b)'s standard deviation, all a
// quadrature over its quantiles needs: often one evaluation of I_x(a, b) where
// the exact one takes two or three.
double betaQuantileForQuadrature(double p, double a, double b);

// The Cornish-Fisher (skew-corrected normal) quantile of Beta(a, b) at the
// standard normal's z-quantile: within O(1 / min(a, b)) of the exact one, at
// a fraction of its cost.
double approximateBetaQuantile(double z, double a, double b);

// The x with P(a, x) = p for X ~ Gamma(a), 0 < p < 1.
double gammaQuantile(double p, double a);

// Beta(a, b)'s quantile from the same quantile g of Gamma(a), for b far above
// a: -(b + (a - 1) / 2) ln(1 - X) is Gamma(a) distributed up to O((a / b)^2).
double betaQuantileFromGamma(double g, double a, double b);

struct Interval {
    double low;
    double high;
};

// The 95 % Jeffreys interval for `successes` out of `trials`: the 2.5 % and
// 97.5 % quantiles of Beta(k + 1/2, n - k + 1/2), with low = 0 when k = 0
// and high = 1 when k = n.
Interval jeffreysInterval(std::uint64_t successes, std::uint64_t trials);

}  // namespace funnel
