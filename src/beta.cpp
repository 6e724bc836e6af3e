#include "beta.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "portable_math.h"

namespace funnel {
namespace {

constexpr double kHalfLogTwoPi = 0.91893853320467274178;
constexpr double kLimitFromParameter = 1e7;
constexpr double kSkewNormalFromSmaller = 1e4;
constexpr double kGammaLimitRatio = 1e5;

// lgamma(x) - Stirling's main terms, for x >= 10 (error below 1e-15).
double stirlingCorrection(double x) {
    const double inverse = 1 / x;
    const double inverseSquared = inverse * inverse;
    return inverse * (1.0 / 12 - inverseSquared * (1.0 / 360 - inverseSquared * (1.0 / 1260 - inverseSquared / 1680)));
}

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

// A distribution function and its density at one point, computed together
// where they share work.
struct CdfAndDensity {
    double cdf;
    double density;
};

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

// The two distributions whose quantiles are solved for: Beta(a, b), or
// Gamma(a) when `gamma`; logNorm is ln B(a, b) or ln Gamma(a).
struct Shape {
    double a;
    double b;
    double logNorm;
    bool gamma;
};

CdfAndDensity evaluate(const Shape& shape, double x) {
    if (!shape.gamma) return betaCdfAndDensity(x, shape.a, shape.b, shape.logNorm);
    return {regularizedGamma(shape.a, x, false), math::exp((shape.a - 1) * math::log(x) - x - shape.logNorm)};
}

// d ln(density) / dx.
double logSlope(const Shape& shape, double x) {
    return (shape.a - 1) / x - (shape.gamma ? 1 : (shape.b - 1) / (1 - x));
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
double solveIncreasing(double p, const Shape& shape, double low, double high, double x, double spread = 0) {
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

// A start for the Gamma(a) quantile: Wilson-Hilferty, (X / a)^(1/3) nearly
// normal, for a > 1; exact for a = 1; below, the first term of the series,
// P(a, x) ~ x^a / Gamma(a + 1), and an exponential tail (Numerical Recipes 6.2.1).
double approximateGammaQuantile(double p, double a) {
    if (a > 1) {
        const double cube = 1 - 1 / (9 * a) + roughNormalQuantile(p) / (3 * std::sqrt(a));
        return cube > 0 ? a * cube * cube * cube : a * 1e-3;
    }
    if (a == 1) return -math::log1p(-p);  // Gamma(1) is the exponential
    const double t = 1 - a * (0.253 + a * 0.12);
    if (p < t) return math::exp(math::log(p / t) / a);
    return 1 - math::log1p(-(p - t) / (1 - t));
}

// The Beta(a, b) distribution's mean, standard deviation, skewness and
// excess kurtosis: what its normal approximations correct for.
struct Moments {
    double mean;
    double spread;
    double skew;
    double kurtosis;
};

Moments moments(double a, double b) {
    const double sum = a + b;
    return {a / sum, std::sqrt(a * b / (sum * sum * (sum + 1))),
            2 * (b - a) * std::sqrt(sum + 1) / ((sum + 2) * std::sqrt(a * b)),
            6 * ((a - b) * (a - b) * (sum + 1) - a * b * (sum + 2)) / (a * b * (sum + 2) * (sum + 3))};
}

// Cornish-Fisher: the normal quantile z corrected for the skew of the Beta.
double skewNormalBetaQuantile(double z, double a, double b) {
    const Moments m = moments(a, b);
    return m.mean + m.spread * (z + m.skew / 6 * (z * z - 1));
}

// Where to start solving for a Beta(a, b) quantile, so that two Halley steps
// or one do: with the smaller parameter below 10 and the other at least twice
// as large, the Gamma limit of the smaller one (exact for 1, within 0.08 of
// the spread otherwise); else the Cornish-Fisher expansion to second order,
// within 0.03 of the spread from 10 on and within 1e-4 from 300 on (measured
// against Boost at the quadrature's nodes; to first order it was 10x off).
double betaQuantileStart(double p, double a, double b) {
    if (std::min(a, b) < 10) {
        if (b >= 2 * a) return -math::expm1(-approximateGammaQuantile(p, a) / (b + (a - 1) / 2));
        if (a >= 2 * b) return math::exp(-approximateGammaQuantile(1 - p, b) / (a + (b - 1) / 2));
    }
    const Moments m = moments(a, b);
    const double z = roughNormalQuantile(p);
    const double zz = z * z;
    return m.mean + m.spread * (z + m.skew / 6 * (zz - 1) + m.kurtosis / 24 * z * (zz - 3) -
                                m.skew * m.skew / 36 * z * (2 * zz - 5));
}

// Beta(a, b)'s p-quantile, exact or, with its `spread`, as exact as a
// quadrature needs (see solveIncreasing).
double solveBetaQuantile(double p, double a, double b, double spread) {
    const double small = std::min(a, b);
    const double large = std::max(a, b);
    if (large > kLimitFromParameter) {
        // Beyond ten million, ln B(a, b) loses digits to cancellation. Use limits
        // instead, measured against Boost to 2e-7 relative at worst: with the
        // smaller parameter from 10 000 on, the skew-corrected normal; below,
        // -(b + (a - 1) / 2) ln(1 - X) is Gamma(a) distributed up to O(1/b^2).
        if (small >= kSkewNormalFromSmaller) return skewNormalBetaQuantile(normalQuantile(p), a, b);
        if (a <= b) return betaQuantileFromGamma(gammaQuantile(p, a), a, b);
        return math::exp(-gammaQuantile(1 - p, b) / (a + (b - 1) / 2));
    }
    return solveIncreasing(p, Shape{a, b, logBeta(a, b), false}, 0, 1,
                           std::clamp(betaQuantileStart(p, a, b), 1e-300, 1 - 1e-16), spread);
}

}  // namespace

double normalQuantile(double p) {
    // Work in the lower tail: 1 - p is exact for p >= 0.5 (Sterbenz), and the
    // upper incomplete gamma keeps full relative precision out there.
    if (p > 0.5) return -normalQuantile(1 - p);
    // Acklam's approximation refined by one Halley step to full double precision.
    const double x = roughNormalQuantile(p);
    const double error = normalLowerTail(x) - p;
    const double u = error * 2.50662827463100050242 * math::exp(x * x / 2);
    return x - u / (1 + x * u / 2);
}

double logBeta(double a, double b) {
    if (a > b) std::swap(a, b);
    if (b < 10) return math::lgamma(a) + math::lgamma(b) - math::lgamma(a + b);
    const double sum = a + b;
    if (a < 10) {
        // lgamma(b) - lgamma(a + b) by Stirling, without subtracting two huge numbers.
        const double difference =
            -(b - 0.5) * math::log1p(a / b) - a * math::log(sum) + a + stirlingCorrection(b) - stirlingCorrection(sum);
        return math::lgamma(a) + difference;
    }
    return kHalfLogTwoPi - 0.5 * math::log(sum) + (a - 0.5) * math::log(a / sum) - (b - 0.5) * math::log1p(a / b) +
           stirlingCorrection(a) + stirlingCorrection(b) - stirlingCorrection(sum);
}

double approximateRegularizedIncompleteBeta(double x, double a, double b) {
    if (x <= 0) return 0;
    if (x >= 1) return 1;
    // The Edgeworth expansion to second order: Phi(z) - phi(z) (skew/6 He2(z)
    // + kurtosis/24 He3(z) + skew^2/72 He5(z)), with the Beta's excess kurtosis.
    const Moments m = moments(a, b);
    const double z = (x - m.mean) / m.spread;
    const double zz = z * z;
    const double phi = z <= 0 ? normalLowerTail(z) : 1 - normalLowerTail(-z);
    const double density = math::exp(-0.5 * zz) / 2.50662827463100050242;
    const double correction =
        m.skew / 6 * (zz - 1) + m.kurtosis / 24 * z * (zz - 3) + m.skew * m.skew / 72 * z * (zz * zz - 10 * zz + 15);
    return std::clamp(phi - density * correction, 0.0, 1.0);
}

double regularizedIncompleteBeta(double x, double a, double b, double logB) {
    if (x <= 0) return 0;
    if (x >= 1) return 1;
    // Both beyond ten million, a ln x and b ln(1 - x) cancel to nothing.
    if (std::min(a, b) > kLimitFromParameter) return approximateRegularizedIncompleteBeta(x, a, b);
    // With one parameter beyond 100 000 times the other, x sits within a
    // hair of 0 or 1, and the continued fraction past the mean works from
    // 1 - x and loses its digits (3e-5 off for a = 1, b = 1.7e13: P(goal | N)
    // jumped by that much between neighbouring N). -(b + (a - 1) / 2) ln(1 - X)
    // is Gamma(a) distributed up to O((a / b)^2), below 1e-10 there.
    if (b > kGammaLimitRatio * a) return regularizedGamma(a, -(b + (a - 1) / 2) * math::log1p(-x), false);
    if (a > kGammaLimitRatio * b) return regularizedGamma(b, -(a + (b - 1) / 2) * math::log(x), true);
    return betaCdfAndDensity(x, a, b, logB).cdf;
}

double regularizedIncompleteBeta(double x, double a, double b) {
    return regularizedIncompleteBeta(x, a, b, logBeta(a, b));
}

double digamma(double x) {
    // Shift up to x >= 6, then the asymptotic series (error below 1e-12).
    double shifted = 0;
    for (; x < 6; x += 1) shifted -= 1 / x;
    const double inverseSquared = 1 / (x * x);
    return shifted + math::log(x) - 0.5 / x -
           inverseSquared *
               (1.0 / 12 - inverseSquared * (1.0 / 120 - inverseSquared * (1.0 / 252 - inverseSquared / 240)));
}

double trigamma(double x) {
    // Shift up to x >= 6, then the asymptotic series (error below 1e-12).
    double shifted = 0;
    for (; x < 6; x += 1) shifted += 1 / (x * x);
    const double inverse = 1 / x;
    const double inverseSquared = inverse * inverse;
    return shifted + inverse + inverseSquared / 2 +
           inverse * inverseSquared *
               (1.0 / 6 - inverseSquared * (1.0 / 30 - inverseSquared * (1.0 / 42 - inverseSquared / 30)));
}

double betaQuantile(double p, double a, double b) { return solveBetaQuantile(p, a, b, 0); }

double betaQuantileForQuadrature(double p, double a, double b) {
    return solveBetaQuantile(p, a, b, moments(a, b).spread);
}

double approximateBetaQuantile(double z, double a, double b) { return skewNormalBetaQuantile(z, a, b); }

double gammaQuantile(double p, double a) {
    return solveIncreasing(p, Shape{a, 0, math::lgamma(a), true}, 0, a + 40 * std::sqrt(a) + 100,
                           std::max(approximateGammaQuantile(p, a), 1e-300));
}

double betaQuantileFromGamma(double g, double a, double b) { return -math::expm1(-g / (b + (a - 1) / 2)); }

Interval jeffreysInterval(std::uint64_t successes, std::uint64_t trials) {
    const double a = static_cast<double>(successes) + 0.5;
    const double b = static_cast<double>(trials - successes) + 0.5;
    return Interval{successes == 0 ? 0.0 : betaQuantile(0.025, a, b),
                    successes == trials ? 1.0 : betaQuantile(0.975, a, b)};
}

}  // namespace funnel
