#include "distribution_kernels.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "portable_math.h"

namespace funnel::detail {
namespace {

// Continued fraction of I_x(a, b) (modified Lentz), fast for x < (a + 1) / (a + b + 2).
double incompleteBetaFraction(double x, double a, double b) {
    constexpr double kTiny = 1e-300;
    constexpr double kEpsilon = 1e-15;
    const int maxIterations = 1000 + static_cast<int>(10 * std::sqrt(std::max(a, b)));
    const double qab = a + b;
    const double qap = a + 1;
    const double qam = a - 1;
    double c = 1;
    double d = 1 - qab * x / qap;
    if (std::fabs(d) < kTiny) d = kTiny;
    d = 1 / d;
    double h = d;
    for (int m = 1; m <= maxIterations; ++m) {
        const double m2 = 2.0 * m;
        double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1 + aa * d;
        if (std::fabs(d) < kTiny) d = kTiny;
        c = 1 + aa / c;
        if (std::fabs(c) < kTiny) c = kTiny;
        d = 1 / d;
        h *= d * c;
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1 + aa * d;
        if (std::fabs(d) < kTiny) d = kTiny;
        c = 1 + aa / c;
        if (std::fabs(c) < kTiny) c = kTiny;
        d = 1 / d;
        const double delta = d * c;
        h *= delta;
        if (std::fabs(delta - 1) < kEpsilon) break;
    }
    return h;
}

// ln(x^a (1-x)^b / B(a, b)), the common factor of the distribution function
// and the density. From x itself: 1 - x would lose the digits of a tiny x.
double logKernel(double x, double a, double b, double logB) { return a * math::log(x) + b * math::log1p(-x) - logB; }

CdfAndDensity evaluate(const Shape& shape, double x) {
    if (!shape.gamma) return betaCdfAndDensity(x, shape.a, shape.b, shape.logNorm);
    return {regularizedGamma(shape.a, x, false), math::exp((shape.a - 1) * math::log(x) - x - shape.logNorm)};
}

// d ln(density) / dx.
double logSlope(const Shape& shape, double x) {
    return (shape.a - 1) / x - (shape.gamma ? 1 : (shape.b - 1) / (1 - x));
}

}  // namespace

// I_x(a, b) and the Beta(a, b) density at x, for 0 < x < 1 and a, b up to
// ten million (beyond, see the Edgeworth branch of regularizedIncompleteBeta).
CdfAndDensity betaCdfAndDensity(double x, double a, double b, double logB) {
    const double kernel = math::exp(logKernel(x, a, b, logB));
    const double cdf = x < (a + 1) / (a + b + 2) ? kernel * incompleteBetaFraction(x, a, b) / a
                                                 : 1 - kernel * incompleteBetaFraction(1 - x, b, a) / b;
    return {cdf, kernel / (x * (1 - x))};
}

// P(a, x) or, with `upper`, Q(a, x) = 1 - P(a, x): the regularized incomplete
// gamma function, series below a + 1, continued fraction above (Numerical
// Recipes 6.2), ~sqrt(a) steps; each tail computed directly where it is small.
double regularizedGamma(double a, double x, bool upper) {
    if (x <= 0) return upper ? 1 : 0;
    const double logPrefix = a * math::log(x) - x - math::lgamma(a);
    const int maxIterations = 1000 + static_cast<int>(10 * std::sqrt(a));
    if (x < a + 1) {
        double term = 1 / a;
        double sum = term;
        for (int n = 1; n <= maxIterations && std::fabs(term) > std::fabs(sum) * 1e-16; ++n) {
            term *= x / (a + n);
            sum += term;
        }
        const double lower = sum * math::exp(logPrefix);
        return upper ? 1 - lower : lower;
    }
    constexpr double kTiny = 1e-300;
    double b = x + 1 - a;
    double c = 1 / kTiny;
    double d = 1 / b;
    double h = d;
    for (int i = 1; i <= maxIterations; ++i) {
        const double an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (std::fabs(d) < kTiny) d = kTiny;
        c = b + an / c;
        if (std::fabs(c) < kTiny) c = kTiny;
        d = 1 / d;
        const double delta = d * c;
        h *= delta;
        if (std::fabs(delta - 1) < 1e-16) break;
    }
    const double tail = math::exp(logPrefix) * h;
    return upper ? tail : 1 - tail;
}

// The root of cdf(x) = p in [low, high] for an increasing cdf: Halley steps
// (Newton's corrected by the density's slope, logSlope), which triple the
// correct digits where Newton's double them, with a bisection whenever a step
// would leave the bracket that holds the root. Near a singular end, far from the root, Halley's step can be tiny
// (and a short step ends the search), so it is taken only within a factor of
// two of Newton's; otherwise Newton's, which overshoots into a bisection.
//
// With a `spread` (the distribution's standard deviation), the solve stops
// instead once a step is within 1e-4 of it: Halley's step leaves an error of
// order its cube, 1e-12 of the spread, all a quadrature over the quantiles
// needs, and from a close start that is one evaluation where exactness takes
// two or three. Where the density is bounded, the first step may be the last.
double solveIncreasing(double p, const Shape& shape, double low, double high, double x, double spread) {
    const bool boundedDensity = shape.a >= 1 && (shape.gamma || shape.b >= 1);
    const double end = high;
    double previousStep = spread > 0 && boundedDensity ? std::numeric_limits<double>::infinity() : 0;
    for (int iteration = 0; iteration < 300; ++iteration) {
        const CdfAndDensity at = evaluate(shape, x);
        const double error = at.cdf - p;
        if (error == 0) return x;
        (error < 0 ? low : high) = x;
        const double newton = error / at.density;
        const double halley = 1 - 0.5 * newton * logSlope(shape, x);
        double next = x - (halley >= 0.5 && halley <= 2 ? newton / halley : newton);
        if (next == x) return x;  // a step below the last bit
        if (!(next > low && next < high)) next = 0.5 * (low + high);
        // A step this short, after a longer one, leaves an error below 1e-14
        // relative (Newton's squares it, times at most ~1e4 here): as exact as
        // the distribution function, where waiting for 1e-15 took steps around
        // its noise. Relative to the nearer end of the domain, as a quantile
        // near 1 must be exact in 1 - x. After a longer one: a first step can
        // be short because the density is singular at the start, far from the root.
        const double step = std::fabs(next - x);
        const double scale = std::min(x, end - x);
        const bool shortStep = step <= 1e-9 * scale || step <= 1e-4 * spread;
        if ((shortStep && step < previousStep) || high - low <= 1e-15 * high) return next;
        previousStep = step;
        x = next;
    }
    return x;
}

// Phi(x) for x <= 0: erfc(-x / sqrt 2) / 2 = Q(1/2, x^2 / 2) / 2, without libm's erfc.
double normalLowerTail(double x) { return 0.5 * regularizedGamma(0.5, 0.5 * x * x, true); }

// Acklam's rational approximation of the normal quantile (relative error
// below 1.2e-9): the start of normalQuantile, and on its own enough for the
// start of a solve, at a fifth of the cost.
double roughNormalQuantile(double p) {
    if (p > 0.5) return -roughNormalQuantile(1 - p);
    static const double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,  -2.759285104469687e+02,
                               1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
    static const double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                               6.680131188771972e+01, -1.328068155288572e+01};
    static const double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                               -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
    static const double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                               3.754408661907416e+00};
    if (p < 0.02425) {
        const double q = std::sqrt(-2 * math::log(p));
        return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
               ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    const double q = p - 0.5;
    const double r = q * q;
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
           (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

}  // namespace funnel::detail
