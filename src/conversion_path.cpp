#include "conversion_path.h"

#include <algorithm>
#include <cmath>

#include "beta.h"
#include "gauss_legendre.h"
#include "portable_math.h"

namespace funnel {
namespace {

constexpr double kTail = 1e-9;          // mass left out at each end of each measured rate
constexpr double kCellsPerSpread = 16;  // grid resolution against the spread of the whole path
constexpr double kNegligible = 1e-16;   // cells lighter than this are dropped at the ends

struct MeasuredRate {
    double a;
    double b;
    double logLow;   // ln of its kTail quantile
    double logHigh;  // ln of its 1 - kTail quantile
};

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

}  // namespace

ConversionPath::ConversionPath(const std::vector<PathRate>& rates) {
    std::vector<MeasuredRate> measured;
    double variance = 0;
    for (const PathRate& rate : rates) {
        if (!rate.measured) {
            fixedLog_ += math::log(rate.rate);
            meanRate_ *= rate.rate;
            continue;
        }
        const double a = static_cast<double>(rate.successes) + 0.5;
        const double b = static_cast<double>(rate.trials - rate.successes) + 0.5;
        meanRate_ *= a / (a + b);
        logMean_ += digamma(a) - digamma(a + b);
        variance += trigamma(a) - trigamma(a + b);
        measured.push_back({a, b, math::log(betaQuantile(kTail, a, b)), math::log(betaQuantile(1 - kTail, a, b))});
    }
    logMean_ += fixedLog_;
    if (measured.empty()) return;

    logSpread_ = std::sqrt(variance);
    if (measured.size() == 1) {
        // One uncertain rate: its own Beta functions, exact also where its
        // density is singular at 1 (k = n), which a grid would smear.
        single_ = true;
        a_ = measured[0].a;
        b_ = measured[0].b;
        logB_ = logBeta(a_, b_);
        cumulative_ = {0.0, 1.0};  // not certain()
        for (const QuadratureNode& node : gaussLegendre32()) {
            nodeQuantiles_.push_back(fixedLog_ + math::log(betaQuantile(node.at, a_, b_)));
        }
        return;
    }
    step_ = logSpread_ / kCellsPerSpread;
    // Start from a point mass at 0 and add one rate at a time (independent
    // rates: their logs convolve). masses[i] sits at the centre offset + i * step.
    std::vector<double> masses{1.0};
    double offset = 0;
    for (const MeasuredRate& rate : measured) {
        const Discretized part = discretize(rate, step_);
        masses = convolve(masses, part.masses);
        offset += part.start + 0.5 * step_;
        const auto first = std::find_if(masses.begin(), masses.end(), [](double m) { return m > kNegligible; });
        offset += static_cast<double>(first - masses.begin()) * step_;
        masses.erase(masses.begin(), first);
        while (masses.size() > 1 && masses.back() <= kNegligible) masses.pop_back();
    }
    start_ = offset - 0.5 * step_;
    cumulative_.assign(masses.size() + 1, 0.0);
    for (std::size_t i = 0; i < masses.size(); ++i) cumulative_[i + 1] = cumulative_[i] + masses[i];
    for (double& value : cumulative_) value /= cumulative_.back();
    for (const QuadratureNode& node : gaussLegendre32()) nodeQuantiles_.push_back(logQuantile(node.at));
}

double ConversionPath::logQuantile(double u) const {
    if (certain()) return fixedLog_;
    if (single_) return fixedLog_ + math::log(betaQuantile(u, a_, b_));
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
    if (single_) return 1 - regularizedIncompleteBeta(math::exp(t - fixedLog_), a_, b_, logB_);
    const double position = (t - fixedLog_ - start_) / step_;
    if (position <= 0) return 1;
    const double cells = static_cast<double>(cumulative_.size() - 1);
    if (position >= cells) return 0;
    const auto cell = static_cast<std::size_t>(position);
    const double within = position - static_cast<double>(cell);
    return 1 - (cumulative_[cell] + within * (cumulative_[cell + 1] - cumulative_[cell]));
}

}  // namespace funnel
