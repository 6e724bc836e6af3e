#include "portable_math.h"

#include <cmath>
#include <limits>

namespace funnel::math {
namespace {

// ln 2 split so that k * kLn2High is exact for |k| < 2^21 (Cody and Waite).
constexpr double kLn2High = 6.93147180369123816490e-01;
constexpr double kLn2Low = 1.90821492927058770002e-10;
constexpr double kInverseLn2 = 1.44269504088896338700e+00;
constexpr double kHalfLogTwoPi = 0.91893853320467274178;

// e^r for |r| <= ln(2)/2 by its Taylor series (terms to r^17/17!).
double expReduced(double r) {
    double sum = 1;
    for (int k = 17; k >= 1; --k) sum = 1 + sum * r / k;
    return sum;
}

}  // namespace

double exp(double x) {
    if (std::isnan(x)) return x;
    if (x > 709.782712893384) return std::numeric_limits<double>::infinity();
    if (x < -745.1332191019412) return 0;
    const double k = std::nearbyint(x * kInverseLn2);
    const double r = (x - k * kLn2High) - k * kLn2Low;
    return std::ldexp(expReduced(r), static_cast<int>(k));
}

double expm1(double x) {
    if (std::fabs(x) < 0.5) {
        // x + x^2/2! + ... directly: no cancellation near 0.
        double term = x;
        double sum = x;
        for (int k = 2; k < 30 && std::fabs(term) > 1e-18 * std::fabs(sum); ++k) {
            term *= x / k;
            sum += term;
        }
        return sum;
    }
    return exp(x) - 1;
}

double log(double x) {
    if (std::isnan(x) || x < 0) return std::numeric_limits<double>::quiet_NaN();
    if (x == 0) return -std::numeric_limits<double>::infinity();
    if (std::isinf(x)) return x;
    int exponent = 0;
    double m = std::frexp(x, &exponent);  // x = m * 2^exponent, 0.5 <= m < 1
    if (m < 0.70710678118654752440) {
        m *= 2;
        exponent -= 1;
    }
    // ln m = 2 atanh(s), s = (m - 1) / (m + 1), |s| <= 0.1716.
    const double f = m - 1;
    const double s = f / (2 + f);
    const double s2 = s * s;
    double series = 0;
    for (int k = 25; k >= 3; k -= 2) series = (series + 1.0 / k) * s2;
    const double logM = f - s * (f - 2 * series);  // 2s + 2s * series, kept accurate near m = 1
    return exponent * kLn2High + (logM + exponent * kLn2Low);
}

double log1p(double x) {
    const double u = 1 + x;
    if (u == 1) return x;
    // The rounding of 1 + x, undone (Goldberg's trick).
    return log(u) * (x / (u - 1));
}

double lgamma(double x) {
    // Shift up to 10, then Stirling's series.
    double product = 1;
    double shift = 0;
    for (; x < 10; x += 1) {
        product *= x;
        if (product > 1e280) {
            shift += log(product);
            product = 1;
        }
    }
    shift += log(product);
    const double inverse = 1 / x;
    const double inverseSquared = inverse * inverse;
    const double correction =
        inverse * (1.0 / 12 - inverseSquared * (1.0 / 360 - inverseSquared * (1.0 / 1260 - inverseSquared / 1680)));
    return (x - 0.5) * log(x) - x + kHalfLogTwoPi + correction - shift;
}

double cos(double x) {
    // Taylor series on [0, pi]: terms to x^80/80!.
    double term = 1;
    double sum = 1;
    for (int k = 1; k <= 40; ++k) {
        term *= -x * x / ((2.0 * k - 1) * (2.0 * k));
        sum += term;
    }
    return sum;
}

}  // namespace funnel::math
