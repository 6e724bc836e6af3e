#include "confidence.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "beta.h"
#include "gauss_legendre.h"
#include "portable_math.h"

namespace funnel {
namespace {

constexpr double kApproximateFrom = 1e3;
// From b = 1000 a on, Beta(a, b) quantiles come from Gamma(a)'s: within 3e-6
// of the exact ones in their spread for a up to 1000 (measured), and Gamma(a)'s
// do not depend on the leads, so a search for N computes them once.
constexpr double kGammaLimitFrom = 1e3;
constexpr double kEdgeworthFrom = 1e4;

// The standard normal quantiles at the nodes of gaussLegendre32(), computed once.
const std::vector<double>& normalQuantilesAtNodes() {
    static const std::vector<double> quantiles = [] {
        std::vector<double> result;
        for (const QuadratureNode& node : gaussLegendre32()) result.push_back(normalQuantile(node.at));
        return result;
    }();
    return quantiles;
}

// What a search asks of each whole number n: a probability that rises with n
// (enough from `threshold` on) or falls (enough up to `threshold`).
class Question {
public:
    virtual double probability(std::uint64_t n) = 0;
    bool rising = true;
    double threshold = 0;

protected:
    ~Question() = default;
};

// P(goal | leads) for one goal on one path, asked for many numbers of leads.
// The customers that N leads bring reach the goal g when Beta(g, N - g + 1) <=
// the product of the rates (the binomial tail as a Beta distribution). The
// Gamma(g) quantiles at the nodes, which do not depend on N, are computed once,
// when first needed.
class GoalOnPath final : public Question {
public:
    GoalOnPath(std::uint64_t goal, const ConversionPath& path) : goal_(goal), path_(path) {}

    double probability(std::uint64_t leads) override {
        if (goal_ == 0) return 1;
        if (leads < goal_) return 0;
        // P(Binomial(n, p) >= g) = I_p(g, n - g + 1) = P(B <= p) for B ~ Beta(g, n - g + 1).
        const double a = static_cast<double>(goal_);
        const double b = static_cast<double>(leads - goal_) + 1;
        const double logB = logBeta(a, b);
        // With both parameters from 10 000 on, the Edgeworth expansion is within
        // 5e-8 and 20x faster than the continued fraction for a million customers.
        auto binomialTail = [&](double logRate) {
            const double rate = math::exp(std::min(logRate, 0.0));
            return std::min(a, b) >= kEdgeworthFrom ? approximateRegularizedIncompleteBeta(rate, a, b)
                                                    : regularizedIncompleteBeta(rate, a, b, logB);
        };
        if (path_.certain()) return binomialTail(path_.fixedLog());

        // P(ln B <= ln product): integrate over whichever of the two is wider, in
        // its probability scale, where the integrand is smooth.
        const double binomialSpread = std::sqrt(std::max(0.0, trigamma(a) - trigamma(a + b)));
        const bool overRates = binomialSpread >= path_.logSpread();
        const auto& nodes = gaussLegendre32();
        double probability = 0;
        for (std::size_t k = 0; k < nodes.size(); ++k) {
            probability += nodes[k].weight * (overRates ? binomialTail(path_.nodeQuantiles()[k])
                                                        : path_.logSurvival(math::log(binomialQuantile(k, a, b))));
        }
        return std::clamp(probability, 0.0, 1.0);
    }

private:
    // Beta(a, b)'s quantile at node k. Here the binomial's own spread is the
    // smaller one, so its quantiles need not be exact: with both parameters
    // from 1000 on, the skew-corrected normal is within 1e-3 of them (in their
    // spread), and 15x faster for a million leads; with b from 1000 a on, the
    // Gamma limit (the same one betaQuantile takes past ten million).
    double binomialQuantile(std::size_t k, double a, double b) {
        if (std::min(a, b) >= kApproximateFrom) return approximateBetaQuantile(normalQuantilesAtNodes()[k], a, b);
        if (b >= kGammaLimitFrom * a) return betaQuantileFromGamma(gammaQuantileAtNode(k, a), a, b);
        return betaQuantileForQuadrature(gaussLegendre32()[k].at, a, b);
    }

    double gammaQuantileAtNode(std::size_t k, double a) {
        if (gammaQuantiles_.empty()) {
            for (const QuadratureNode& node : gaussLegendre32()) gammaQuantiles_.push_back(gammaQuantile(node.at, a));
        }
        return gammaQuantiles_[k];
    }

    std::uint64_t goal_;
    const ConversionPath& path_;
    std::vector<double> gammaQuantiles_;
};

// P(X >= x + 1) for the X customers that a fixed number of leads bring.
class OutcomeBeyond final : public Question {
public:
    OutcomeBeyond(std::uint64_t leads, const ConversionPath& path) : leads_(leads), path_(path) {}

    double probability(std::uint64_t x) override { return GoalOnPath(x + 1, path_).probability(leads_); }

private:
    std::uint64_t leads_;
    const ConversionPath& path_;
};

// The searches below interpolate on the probit scale: P(goal | N) is close to
// a normal distribution function of ln N. Beyond kSaturated (P within about
// 1e-12 of 0 or 1, the quadrature's own error) the probit says little more
// than "far off", so it is capped there and not interpolated.
constexpr double kSaturated = 7;

double probit(double p) { return std::clamp(normalQuantile(std::clamp(p, 1e-300, 1 - 0x1p-53)), -kSaturated, kSaturated); }

struct Probe {
    std::uint64_t n;
    double at;     // ln(n + offset): the scale the search interpolates on
    double score;  // how far n is from the boundary on the probit scale (< 0: too few)
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
std::optional<std::uint64_t> smallestEnough(Question& question, std::uint64_t first, std::uint64_t last, double offset,
                                            double guess, double spread) {
    const double target = probit(question.threshold);
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
        const double probability = question.probability(n);
        const bool enough = question.rising ? probability >= question.threshold : probability <= question.threshold;
        const double value = probit(probability);
        before = latest;
        latest = Probe{n, math::log(static_cast<double>(n) + offset), question.rising ? value - target : target - value,
                       std::fabs(value) >= kSaturated};
        (enough ? high : low) = latest;
        (enough ? haveHigh : haveLow) = true;
    };

    // Bracket: from the guess, outward by a Newton step on the score with a
    // margin, twice as far each time it falls short.
    probe(wholeAbove(guess, first, last));
    double step = (1.25 * std::min(std::fabs(latest.score), 3.0) + 0.01) * spread;
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
    return GoalOnPath(goal, path).probability(leads);
}

std::optional<std::uint64_t> leadsForConfidence(std::uint64_t goal, double level, const ConversionPath& path,
                                                std::uint64_t limit) {
    if (goal == 0) return 0;
    // The number of leads the goal takes is about Gamma(goal) / product
    // (Poisson), so ln N ~ ln Gamma(goal) - ln(product): the estimate takes the
    // rates' own quantile for their part, and the normal one for the rest. A
    // binomial is narrower than its Poisson limit by 1 - p, which matters for
    // rates near 1.
    const double g = static_cast<double>(goal);
    const double z = normalQuantile(level);
    const double binomial = (1 - path.meanRate()) * trigamma(g);
    const double rates = path.logMean() - path.logQuantile(1 - level);
    const double guess = digamma(g) - path.logMean() + combined(z, rates, z * std::sqrt(binomial));
    const double spread = std::sqrt(binomial + path.logSpread() * path.logSpread());
    GoalOnPath odds(goal, path);
    odds.threshold = level;
    return smallestEnough(odds, goal, limit, 0, guess, spread);
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
    OutcomeBeyond beyond(leads, path);
    beyond.rising = false;
    beyond.threshold = 1 - q;
    const auto x = smallestEnough(beyond, 0, leads, 1, guess, spread);
    return x ? *x : leads;  // P(X >= leads + 1) = 0: never reached
}

}  // namespace funnel
