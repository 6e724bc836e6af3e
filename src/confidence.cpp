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

double probit(double p) {
    return std::clamp(normalQuantile(std::clamp(p, 1e-300, 1 - 0x1p-53)), -kSaturated, kSaturated);
}

// The first step away from the first probe: a Newton step on the score (whose
// slope is about 1 / spread), 25 % longer and 0.01 spreads more, so that it
// most often lands just past the answer; a score beyond 3 says "far", not how far.
constexpr double kOvershoot = 1.25;
constexpr double kMargin = 0.01;
constexpr double kFarScore = 3;

// The smallest n in [first, last] that is enough, for a question whose answer
// never turns back to "too few" as n grows. Each answer costs a quadrature,
// so the search spends few: it starts at an estimate (on the scale
// ln(n + offset)), steps out by the expected spread until it brackets the
// answer, then runs secant steps on the score, which is nearly linear on that
// scale, each rounded up to a whole number. Once the estimate is exact to a
// lead, the last two probes are n and n - 1. A secant step that leaves the
// bracket, rests on a saturated score, or is not at most half as long as the
// step before last (Brent's rule) is replaced by a bisection.
class Search {
public:
    Search(Question& question, std::uint64_t first, std::uint64_t last, double offset)
        : question_(question), first_(first), last_(last), offset_(offset), target_(probit(question.threshold)) {}

    std::optional<std::uint64_t> run(double guess, double spread) {
        probe(wholeAbove(guess, first_, last_));
        if (!bracket(spread)) return haveHigh_ ? std::optional<std::uint64_t>(first_) : std::nullopt;
        narrow();
        return high_.n;
    }

private:
    struct Probe {
        std::uint64_t n;
        double at;     // ln(n + offset): the scale the search interpolates on
        double score;  // how far n is from the boundary on the probit scale (< 0: too few)
        bool saturated;
    };

    // The smallest whole n >= exp(at) - offset within [low, high]; rounded as
    // an integer, since a double is no longer exact past 2^53.
    std::uint64_t wholeAbove(double at, std::uint64_t low, std::uint64_t high) const {
        const double x = std::clamp(math::exp(at) - offset_, static_cast<double>(low), static_cast<double>(high));
        const auto below = static_cast<std::uint64_t>(x);
        return std::min(high, static_cast<double>(below) < x ? below + 1 : below);
    }

    void probe(std::uint64_t n) {
        const double probability = question_.probability(n);
        const bool rising = question_.rising;
        const bool enough = rising ? probability >= question_.threshold : probability <= question_.threshold;
        const double value = probit(probability);
        before_ = latest_;
        latest_ = Probe{n, math::log(static_cast<double>(n) + offset_), rising ? value - target_ : target_ - value,
                        std::fabs(value) >= kSaturated};
        (enough ? high_ : low_) = latest_;
        (enough ? haveHigh_ : haveLow_) = true;
    }

    // Probes outward from the first, twice as far each time it falls short,
    // until one is enough and one too few. False when first is already enough
    // or last still too few.
    bool bracket(double spread) {
        double step = (kOvershoot * std::min(std::fabs(latest_.score), kFarScore) + kMargin) * spread;
        for (; !haveLow_ || !haveHigh_; step *= 2) {
            if (!haveLow_) {
                if (high_.n == first_) return false;
                probe(wholeAbove(high_.at - step, first_, high_.n - 1));
            } else {
                if (low_.n == last_) return false;
                probe(wholeAbove(low_.at + step, low_.n + 1, last_));
            }
        }
        return true;
    }

    // Narrows the bracket (low, high] down to one.
    void narrow() {
        std::uint64_t stepBefore = high_.n - low_.n;
        std::uint64_t lastStep = stepBefore;
        while (high_.n - low_.n > 1) {
            const std::uint64_t next = nextProbe(stepBefore);
            stepBefore = lastStep;
            lastStep = distance(next, best().n);
            probe(next);
        }
    }

    std::uint64_t nextProbe(std::uint64_t stepBefore) const {
        if (latest_.score != before_.score && !latest_.saturated && !before_.saturated) {
            const double secant =
                latest_.at - latest_.score * (latest_.at - before_.at) / (latest_.score - before_.score);
            const std::uint64_t candidate = wholeAbove(secant, low_.n + 1, high_.n - 1);
            if (secant > low_.at && secant < high_.at && 2 * distance(candidate, best().n) <= stepBefore) {
                return candidate;
            }
        }
        // Bisection: in ln n over a wide bracket; in n over a narrow one, where
        // ln n no longer resolves single leads (past 10^15 or so).
        if (high_.n / 2 > low_.n) return wholeAbove(0.5 * (low_.at + high_.at), low_.n + 1, high_.n - 1);
        return low_.n + (high_.n - low_.n) / 2;
    }

    const Probe& best() const { return std::fabs(low_.score) < std::fabs(high_.score) ? low_ : high_; }
    static std::uint64_t distance(std::uint64_t a, std::uint64_t b) { return a > b ? a - b : b - a; }

    Question& question_;
    std::uint64_t first_;
    std::uint64_t last_;
    double offset_;
    double target_;
    bool haveLow_ = false;
    bool haveHigh_ = false;
    Probe low_{};
    Probe high_{};
    Probe latest_{};
    Probe before_{};
};

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
    return Search(odds, goal, limit, 0).run(guess, spread);
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
    const auto x = Search(beyond, 0, leads, 1).run(guess, spread);
    return x ? *x : leads;  // P(X >= leads + 1) = 0: never reached
}

}  // namespace funnel
