#include "conversion_path.h"

#include <algorithm>
#include <cmath>

#include "beta.h"
#include "gauss_legendre.h"
#include "portable_math.h"

namespace funnel {
namespace {

constexpr double kTail = 1e-9;          // mass left out at each end of each rate, and of each grown path
constexpr double kCellsPerSpread = 16;  // grid resolution against the spread of the whole path

using MeasuredRate = ConversionPath::MeasuredRate;

// One rate on the log-grid: masses[i] at the centre start + (i + 1/2) * step.
struct Discretized {
    double start;
    std::vector<double> masses;
};

// The rate's mass per cell, from exact Beta CDF differences. The cells end at
// its top quantile, so no mass lies above ln 1 = 0, and the whole is then
// shifted so its mean is the exact E[ln r] = psi(a) - psi(a + b): a rate
// narrower than a cell would otherwise sit up to half a cell off.
Discretized discretize(const MeasuredRate& rate, double step) {
    const auto cells = static_cast<std::size_t>(std::max(1.0, std::ceil((rate.logHigh - rate.logLow) / step)));
    const double start = rate.logHigh - static_cast<double>(cells) * step;
    const double logB = logBeta(rate.a, rate.b);
    auto cdf = [&](double logX) {
        return regularizedIncompleteBeta(math::exp(std::min(logX, 0.0)), rate.a, rate.b, logB);
    };
    std::vector<double> masses(cells);
    double below = cdf(start);
    double total = 0;
    double mean = 0;
    for (std::size_t i = 0; i < cells; ++i) {
        const double upTo = cdf(start + static_cast<double>(i + 1) * step);
        masses[i] = std::max(0.0, upTo - below);
        total += masses[i];
        mean += masses[i] * (static_cast<double>(i) + 0.5);
        below = upTo;
    }
    for (double& mass : masses) mass /= total;
    const double discreteMean = start + mean / total * step;
    return {start + (digamma(rate.a) - digamma(rate.a + rate.b)) - discreteMean, std::move(masses)};
}

std::vector<double> convolve(const std::vector<double>& left, const std::vector<double>& right) {
    std::vector<double> result(left.size() + right.size() - 1, 0.0);
    for (std::size_t i = 0; i < left.size(); ++i) {
        if (left[i] == 0) continue;
        for (std::size_t j = 0; j < right.size(); ++j) result[i + j] += left[i] * right[j];
    }
    return result;
}

// The grid's cell width for a path whose ln(product) has this spread: the
// largest power of two at most spread / 16, so 16 to 32 cells per standard
// deviation. Powers of two, so that a longer path's cells are whole pairs of
// a shorter one's, and a path grows by one rate without starting over.
double gridStep(double spread) {
    int exponent = 0;
    std::frexp(spread / kCellsPerSpread, &exponent);  // spread / 16 = m 2^exponent, 1/2 <= m < 1
    return std::ldexp(1.0, exponent - 1);
}

double centreOfMass(const std::vector<double>& masses, double centre, double step) {
    double total = 0;
    double moment = 0;
    for (std::size_t i = 0; i < masses.size(); ++i) {
        total += masses[i];
        moment += masses[i] * static_cast<double>(i);
    }
    return centre + moment / total * step;
}

}  // namespace

ConversionPath::ConversionPath() { finish(); }

ConversionPath::ConversionPath(const std::vector<PathRate>& rates) {
    for (const PathRate& rate : rates) add(rate);
    finish();
}

ConversionPath ConversionPath::with(const PathRate& rate) const {
    ConversionPath longer = *this;
    longer.add(rate);
    longer.finish();
    return longer;
}

void ConversionPath::add(const PathRate& rate) {
    if (!rate.measured) {
        fixedLog_ += math::log(rate.rate);
        logMean_ += math::log(rate.rate);
        meanRate_ *= rate.rate;
        return;
    }
    const double a = static_cast<double>(rate.successes) + 0.5;
    const double b = static_cast<double>(rate.trials - rate.successes) + 0.5;
    meanRate_ *= a / (a + b);
    logMean_ += digamma(a) - digamma(a + b);
    variance_ += trigamma(a) - trigamma(a + b);
    logSpread_ = std::sqrt(variance_);
    const MeasuredRate measured{a, b, math::log(betaQuantile(kTail, a, b)), math::log(betaQuantile(1 - kTail, a, b))};
    // One uncertain rate: its own Beta functions, exact also where its
    // density is singular at 1 (k = n), which a grid would smear.
    if (++measuredCount_ == 1) {
        first_ = measured;
        return;
    }
    if (measuredCount_ == 2) {
        // From a point mass at 0, the first rate joins the grid with the second.
        masses_ = {1.0};
        centre_ = 0;
        step_ = gridStep(logSpread_);
        addToGrid(first_);
    } else {
        coarsenTo(gridStep(logSpread_));
    }
    addToGrid(measured);
}

// Independent rates: their logs convolve.
void ConversionPath::addToGrid(const MeasuredRate& rate) {
    const Discretized part = discretize(rate, step_);
    masses_ = convolve(masses_, part.masses);
    centre_ += part.start + 0.5 * step_;
    trimTails();
}

// The path's own tails beyond kTail go, as each rate's did: the convolution
// of long tails (1 of 1, 10 of 10: ln r reaches far below 0) is a far longer
// tail of negligible mass, and the next convolution's cost grows with it.
void ConversionPath::trimTails() {
    std::size_t first = 0;
    for (double dropped = 0; first + 1 < masses_.size() && dropped + masses_[first] <= kTail; ++first) {
        dropped += masses_[first];
    }
    centre_ += static_cast<double>(first) * step_;
    masses_.erase(masses_.begin(), masses_.begin() + static_cast<std::ptrdiff_t>(first));
    for (double dropped = 0; masses_.size() > 1 && dropped + masses_.back() <= kTail; masses_.pop_back()) {
        dropped += masses_.back();
    }
}

// Whole pairs of cells into one, up to the wider step, the mean kept where it was.
void ConversionPath::coarsenTo(double step) {
    while (step_ < step) {
        const double mean = centreOfMass(masses_, centre_, step_);
        std::vector<double> pairs((masses_.size() + 1) / 2, 0.0);
        for (std::size_t i = 0; i < masses_.size(); ++i) pairs[i / 2] += masses_[i];
        masses_ = std::move(pairs);
        centre_ += 0.5 * step_;
        step_ *= 2;
        centre_ += mean - centreOfMass(masses_, centre_, step_);
    }
}

void ConversionPath::finish() {
    nodeQuantiles_.clear();
    cumulative_.clear();
    if (certain()) return;
    if (measuredCount_ == 1) {
        logB_ = logBeta(first_.a, first_.b);
        for (const QuadratureNode& node : gaussLegendre32()) nodeQuantiles_.push_back(logQuantile(node.at));
        return;
    }
    start_ = centre_ - 0.5 * step_;
    cumulative_.assign(masses_.size() + 1, 0.0);
    for (std::size_t i = 0; i < masses_.size(); ++i) cumulative_[i + 1] = cumulative_[i] + masses_[i];
    for (double& value : cumulative_) value /= cumulative_.back();
    for (const QuadratureNode& node : gaussLegendre32()) nodeQuantiles_.push_back(logQuantile(node.at));
}

double ConversionPath::logQuantile(double u) const {
    if (certain()) return fixedLog_;
    if (measuredCount_ == 1) return fixedLog_ + math::log(betaQuantile(u, first_.a, first_.b));
    const auto above = std::upper_bound(cumulative_.begin(), cumulative_.end(), u);
    const std::size_t cell = static_cast<std::size_t>(std::clamp<std::ptrdiff_t>(
        above - cumulative_.begin() - 1, 0, static_cast<std::ptrdiff_t>(cumulative_.size()) - 2));
    const double width = cumulative_[cell + 1] - cumulative_[cell];
    const double within = width > 0 ? std::clamp((u - cumulative_[cell]) / width, 0.0, 1.0) : 0.5;
    // A product of rates never exceeds the fixed part: no rate is above 1.
    return std::min(fixedLog_, fixedLog_ + start_ + (static_cast<double>(cell) + within) * step_);
}

double ConversionPath::logSurvival(double t) const {
    if (t > fixedLog_) return 0;  // no rate is above 1
    if (certain()) return 1;
    if (measuredCount_ == 1) return 1 - regularizedIncompleteBeta(math::exp(t - fixedLog_), first_.a, first_.b, logB_);
    const double position = (t - fixedLog_ - start_) / step_;
    if (position <= 0) return 1;
    const double cells = static_cast<double>(cumulative_.size() - 1);
    if (position >= cells) return 0;
    const auto cell = static_cast<std::size_t>(position);
    const double within = position - static_cast<double>(cell);
    return 1 - (cumulative_[cell] + within * (cumulative_[cell + 1] - cumulative_[cell]));
}

}  // namespace funnel
