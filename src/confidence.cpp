#include "confidence.h"

#include <algorithm>
#include <cmath>

#include "beta.h"
#include "gauss_legendre.h"
#include "portable_math.h"

namespace funnel {
namespace {

constexpr double kApproximateFrom = 1e3;

// The searches below interpolate on the probit scale: P(goal | N) is close to
// a normal distribution function of ln N. Beyond kSaturated (P within about
// 1e-12 of 0 or 1, the quadrature's own error) the probit says little more
// than "far off", so it is capped there and not interpolated.
constexpr double kSaturated = 7;

double probit(double p) { return std::clamp(normalQuantile(std::clamp(p, 1e-300, 1 - 0x1p-53)), -kSaturated, kSaturated); }

// Whether a whole number is enough, and its score: how far it is from the
// boundary on the probit scale (< 0: too few).
struct Verdict {
    bool enough;
    double score;
    bool saturated;
};

Verdict verdict(bool enough, double probitValue, double target, bool rising) {
    const double score = rising ? probitValue - target : target - probitValue;
    return Verdict{enough, score, std::fabs(probitValue) >= kSaturated};
}

struct Probe {
    std::uint64_t n;
    double at;  // ln(n + offset): the scale the search interpolates on
    double score;
    bool saturated;
};

// The smallest n in [first, last] that is enough, for a verdict that never
// turns back to "too few" as n grows; nothing when even `last` is too few.
// Each verdict costs a quadrature, so the search spends few: it starts at
// `guess` (on the scale ln(n + offset)), steps out by the expected `spread`
// until it brackets the answer, then runs secant steps on the score, which
// is nearly linear on that scale, each rounded up to a whole number. Once the
// estimate is exact to a lead, the last two verdicts are n and n - 1. A
// secant step that leaves the bracket, that rests on a saturated score, or
// that is not at most half as long as the step before last (Brent's rule),
// is replaced by a bisection.
template <typename Judge>
std::optional<std::uint64_t> smallestEnough(std::uint64_t first, std::uint64_t last, double offset, double guess,
                                            double spread, Judge judge) {
    // The smallest whole n >= exp(at) - offset within [low, high]; rounded as
    // an integer, since a double is no longer exact past 2^53.
    auto wholeAbove = [&](double at, std::uint64_t low, std::uint64_t high) {
        const double x = std::clamp(math::exp(at) - offset, static_cast<double>(low), static_cast<double>(high));
        const auto below = static_cast<std::uint64_t>(x);
        return std::min(high, static_cast<double>(below) < x ? below + 1 : below);
    };
    bool haveLow = false;
    bool haveHigh = false;
    Probe low{};
    Probe high{};
    Probe latest{};
    Probe before{};
    auto probe = [&](std::uint64_t n) {
        const Verdict verdict = judge(n);
        before = latest;
        latest = Probe{n, math::log(static_cast<double>(n) + offset), verdict.score, verdict.saturated};
        (verdict.enough ? high : low) = latest;
        (verdict.enough ? haveHigh : haveLow) = true;
    };

    // Bracket: from the guess, outward by a Newton step on the score with a
    // margin, twice as far each time it falls short.
    probe(wholeAbove(guess, first, last));
    double step = (1.25 * std::min(std::fabs(latest.score), 3.0) + 0.05) * spread;
    while (!haveLow || !haveHigh) {
        if (!haveLow) {
            if (high.n == first) return first;
            probe(wholeAbove(high.at - step, first, high.n - 1));
        } else {
            if (low.n == last) return std::nullopt;
            probe(wholeAbove(low.at + step, low.n + 1, last));
        }
        step *= 2;
    }

    // Narrow (low, high] down to one.
    auto distance = [](std::uint64_t a, std::uint64_t b) { return a > b ? a - b : b - a; };
    auto best = [&]() -> const Probe& { return std::fabs(low.score) < std::fabs(high.score) ? low : high; };
    std::uint64_t stepBefore = high.n - low.n;
    std::uint64_t lastStep = stepBefore;
    while (high.n - low.n > 1) {
        // Bisection: in ln n over a wide bracket; in n over a narrow one, where
        // ln n no longer resolves single leads (past 10^15 or so).
        std::uint64_t next = high.n / 2 > low.n ? wholeAbove(0.5 * (low.at + high.at), low.n + 1, high.n - 1)
                                                : low.n + (high.n - low.n) / 2;
        if (latest.score != before.score && !latest.saturated && !before.saturated) {
            const double secant = latest.at - latest.score * (latest.at - before.at) / (latest.score - before.score);
            const std::uint64_t candidate = wholeAbove(secant, low.n + 1, high.n - 1);
            if (secant > low.at && secant < high.at && 2 * distance(candidate, best().n) <= stepBefore) {
                next = candidate;
            }
        }
        stepBefore = lastStep;
        lastStep = distance(next, best().n);
        probe(next);
    }
    return high.n;
}

// sign(z) sqrt(a^2 + b^2): two independent deviations from the mean, each
// the same quantile of its own part, combined as normal ones would be.
double combined(double z, double a, double b) { return std::copysign(std::sqrt(a * a + b * b), z); }

}  // namespace

double probabilityOfReaching(std::uint64_t goal, std::uint64_t leads, const ConversionPath& path) {
    if (goal == 0) return 1;
    if (leads < goal) return 0;
    // P(Binomial(n, p) >= g) = I_p(g, n - g + 1) = P(B <= p) for B ~ Beta(g, n - g + 1).
    const double a = static_cast<double>(goal);
    const double b = static_cast<double>(leads - goal) + 1;
    const double logB = logBeta(a, b);
    auto binomialTail = [&](double logRate) {
        return regularizedIncompleteBeta(math::exp(std::min(logRate, 0.0)), a, b, logB);
    };
    if (path.certain()) return binomialTail(path.fixedLog());

    // P(ln B <= ln product): integrate over whichever of the two is wider, in
    // its probability scale, where the integrand is smooth.
    const double binomialSpread = std::sqrt(std::max(0.0, trigamma(a) - trigamma(a + b)));
    // Here the binomial's own spread is the smaller one, so its quantiles need
    // not be exact: with both of its parameters from 1000 on, the skew-corrected normal is within
    // 1e-3 of them (in their spread), and 15x faster for a million leads.
    auto binomialQuantile = [&](double u) {
        return std::min(a, b) >= kApproximateFrom ? approximateBetaQuantile(u, a, b) : betaQuantile(u, a, b);
    };
    const auto& nodes = gaussLegendre32();
    double probability = 0;
    for (std::size_t k = 0; k < nodes.size(); ++k) {
        probability += nodes[k].weight * (binomialSpread >= path.logSpread()
                                              ? binomialTail(path.nodeQuantiles()[k])
                                              : path.logSurvival(math::log(binomialQuantile(nodes[k].at))));
    }
    return std::clamp(probability, 0.0, 1.0);
}

std::optional<std::uint64_t> leadsForConfidence(std::uint64_t goal, double level, const ConversionPath& path,
                                                std::uint64_t limit) {
    if (goal == 0) return 0;
    // The number of leads the goal takes is about Gamma(goal) / product
    // (Poisson), so ln N ~ ln Gamma(goal) - ln(product): the estimate takes the
    // rates' own quantile for their part, and the normal one for the rest.
    const double g = static_cast<double>(goal);
    const double z = normalQuantile(level);
    const double rates = path.logMean() - path.logQuantile(1 - level);
    const double guess = digamma(g) - path.logMean() + combined(z, rates, z * std::sqrt(trigamma(g)));
    const double spread = std::sqrt(trigamma(g) + path.logSpread() * path.logSpread());
    const double target = probit(level);
    return smallestEnough(goal, limit, 0, guess, spread, [&](std::uint64_t leads) {
        const double probability = probabilityOfReaching(goal, leads, path);
        return verdict(probability >= level, probit(probability), target, true);
    });
}

std::uint64_t outcomeQuantile(std::uint64_t leads, double q, const ConversionPath& path) {
    // The smallest x with P(X <= x) >= q, i.e. P(X >= x + 1) <= 1 - q. About
    // ln(x + 1) ~ ln N + ln(product) plus the binomial's own spread,
    // sqrt((1 - p) / (N p)) in ln x; estimated as in leadsForConfidence.
    const double n = static_cast<double>(leads);
    const double p = path.meanRate();
    const double binomial = std::sqrt((1 - p) / (1 + n * p));
    const double z = normalQuantile(q);
    const double rates = path.logQuantile(q) - path.logMean();
    const double guess = math::log(1 + n) + path.logMean() + combined(z, rates, z * binomial);
    const double spread = std::sqrt(path.logSpread() * path.logSpread() + binomial * binomial);
    const double target = probit(1 - q);
    const auto x = smallestEnough(0, leads, 1, guess, spread, [&](std::uint64_t outcome) {
        const double probability = probabilityOfReaching(outcome + 1, leads, path);
        return verdict(probability <= 1 - q, probit(probability), target, false);
    });
    return x ? *x : leads;  // P(X >= leads + 1) = 0: never reached
}

}  // namespace funnel
