// The numerical kernels under the Beta distribution's public functions
// (beta.h): its distribution function with its density, the regularized
// incomplete gamma function, the normal tail and a first normal quantile,
// and the Halley solver that inverts a distribution function. Used by
// beta.cpp only; each is exact to what its comment says.
#pragma once

namespace funnel::detail {

// A distribution function and its density at one point, computed together
// where they share work.
struct CdfAndDensity {
    double cdf;
    double density;
};

// I_x(a, b) and the Beta(a, b) density at x, for 0 < x < 1 and a, b up to
// ten million (beyond, see the Edgeworth branch of regularizedIncompleteBeta).
CdfAndDensity betaCdfAndDensity(double x, double a, double b, double logB);

// P(a, x) or, with `upper`, Q(a, x) = 1 - P(a, x): the regularized incomplete gamma function.
double regularizedGamma(double a, double x, bool upper);

// Phi(x) for x <= 0, without libm's erfc.
double normalLowerTail(double x);

// Acklam's rational approximation of the normal quantile (relative error below 1.2e-9).
double roughNormalQuantile(double p);

// The two distributions whose quantiles are solved for: Beta(a, b), or
// Gamma(a) when `gamma`; logNorm is ln B(a, b) or ln Gamma(a).
struct Shape {
    double a;
    double b;
    double logNorm;
    bool gamma;
};

// The root of cdf(x) = p in [low, high] for an increasing cdf, from `x`; with
// a `spread`, only as exact as a quadrature needs (see distribution_kernels.cpp).
double solveIncreasing(double p, const Shape& shape, double low, double high, double x, double spread = 0);

}  // namespace funnel::detail
