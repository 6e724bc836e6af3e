#include "confidence.h"

#include <algorithm>
#include <cmath>

#include "beta.h"
#include "gauss_legendre.h"
#include "portable_math.h"

namespace funnel {
namespace {

constexpr double kApproximateFrom = 1e3;

// The normal quantile of p, kept finite at 0 and 1: the scale on which the
// searches below interpolate, since P(goal | N) is close to a normal
// distribution function of ln N.
double probit(double p) { return normalQuantile(std::clamp(p, 1e-300, 1 - 0x1p-53)); }

// Whether a whole number is enough, and by how much on the probit scale (< 0: too few).
struct Verdict {
    bool enough;
    double score;
};

struct Probe {
    std::uint64_t n;
    double at;  // ln(n + offset): the scale the search interpolates on
    double score;
};

// The smallest n in [first, last] that is enough, for a verdict that never
// turns back to "too few" as n grows; nothing when even `last` is too few.
// Each verdict costs a quadrature, so the search spends few: it starts at
// `guess` (on the scale ln(n + offset)), steps out by the expected `spread`
// until it brackets the answer, then narrows the bracket by regula falsi on
// the score (Illinois), where the score is nearly linear, with a bisection
// whenever an interpolation gains too little.
template <typename Judge>
std::optional<std::uint64_t> smallestEnough(std::uint64_t first, std::uint64_t last, double offset, double guess,
                                            double spread, Judge judge) {
    // The whole number nearest exp(at) - offset within [low, high]; rounded
    // as an integer, since x + 0.5 is no longer exact near 2^53.
    auto wholeAt = [&](double at, std::uint64_t low, std::uint64_t high) {
        const double x = std::clamp(math::exp(at) - offset, static_cast<double>(low), static_cast<double>(high));
        const auto below = static_cast<std::uint64_t>(x);
        return std::min(high, x - static_cast<double>(below) >= 0.5 ? below + 1 : below);
    };
    bool haveLow = false;
    bool haveHigh = false;
    Probe low{};
    Probe high{};
    auto probe = [&](std::uint64_t n) {
        const Verdict verdict = judge(n);
        const Probe result{n, math::log(static_cast<double>(n) + offset), verdict.score};
        (verdict.enough ? high : low) = result;
        (verdict.enough ? haveHigh : haveLow) = true;
        return verdict.enough;
    };

    // Bracket: from the guess, outward, twice as far each time.
    const bool startEnough = probe(wholeAt(guess, first, last));
    double step = (std::fabs(startEnough ? high.score : low.score) + 0.5) * spread;
    while (!haveLow || !haveHigh) {
        if (!haveLow) {
            if (high.n == first) return first;
            probe(wholeAt(high.at - step, first, high.n - 1));
        } else {
            if (low.n == last) return std::nullopt;
            probe(wholeAt(low.at + step, low.n + 1, last));
        }
        step *= 2;
    }

    // Narrow (low, high] down to one.
    double lowScore = low.score;
    double highScore = high.score;
    int lastMoved = 0;  // -1: low, +1: high
    int slowSteps = 0;
    while (high.n - low.n > 1) {
        const double width = high.at - low.at;
        double at = 0.5 * (low.at + high.at);
        if (slowSteps < 2 && highScore > lowScore) at = low.at - lowScore / (highScore - lowScore) * width;
        const bool enough = probe(wholeAt(at, low.n + 1, high.n - 1));
        // Illinois: when the same end moves twice, halve the other's weight.
        if (enough) {
            highScore = high.score;
            if (lastMoved == 1) lowScore *= 0.5;
        } else {
            lowScore = low.score;
            if (lastMoved == -1) highScore *= 0.5;
        }
        lastMoved = enough ? 1 : -1;
        slowSteps = high.at - low.at > 0.5 * width ? slowSteps + 1 : 0;
    }
    return high.n;
}

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
    // ln N for the level, were ln N = ln Gamma(goal) - ln(product) normal: the
    // number of leads the goal takes is about Gamma(goal) / rate (Poisson).
    const double g = static_cast<double>(goal);
    const double spread = std::sqrt(trigamma(g) + path.logSpread() * path.logSpread());
    const double guess = digamma(g) - path.logMean() + normalQuantile(level) * spread;
    const double target = probit(level);
    return smallestEnough(goal, limit, 0, guess, spread, [&](std::uint64_t leads) {
        const double probability = probabilityOfReaching(goal, leads, path);
        return Verdict{probability >= level, probit(probability) - target};
    });
}

std::uint64_t outcomeQuantile(std::uint64_t leads, double q, const ConversionPath& path) {
    // The smallest x with P(X <= x) >= q, i.e. P(X >= x + 1) <= 1 - q. About
    // lognormal: ln(x + 1) ~ ln(N) + ln(product), plus the binomial's own spread.
    const double n = static_cast<double>(leads);
    const double spread = std::sqrt(path.logSpread() * path.logSpread() + 1 / (1 + n * path.meanRate()));
    const double guess = math::log(1 + n) + path.logMean() + normalQuantile(q) * spread;
    const double target = probit(1 - q);
    const auto x = smallestEnough(0, leads, 1, guess, spread, [&](std::uint64_t outcome) {
        const double probability = probabilityOfReaching(outcome + 1, leads, path);
        return Verdict{probability <= 1 - q, target - probit(probability)};
    });
    return x ? *x : leads;  // P(X >= leads + 1) = 0: never reached
}

}  // namespace funnel
