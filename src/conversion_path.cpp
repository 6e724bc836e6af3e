#include "conversion_path.h"

#include <algorithm>
#include <cmath>

#include "beta.h"
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

// The rate's mass per cell of the log-grid from logLow, from exact Beta CDF differences.
std::vector<double> cellMasses(const MeasuredRate& rate, double step) {
    const auto cells = static_cast<std::size_t>(std::max(1.0, std::ceil((rate.logHigh - rate.logLow) / step)));
    const double logB = logBeta(rate.a, rate.b);
    auto cdf = [&](double logX) {
        return regularizedIncompleteBeta(math::exp(std::min(logX, 0.0)), rate.a, rate.b, logB);
    };
    std::vector<double> masses(cells);
    double below = cdf(rate.logLow);
    double total = 0;
    for (std::size_t i = 0; i < cells; ++i) {
        const double upTo = cdf(rate.logLow + static_cast<double>(i + 1) * step);
        masses[i] = std::max(0.0, upTo - below);
        total += masses[i];
        below = upTo;
    }
    for (double& mass : masses) mass /= total;
    return masses;
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
        variance += trigamma(a) - trigamma(a + b);
        measured.push_back({a, b, math::log(betaQuantile(kTail, a, b)), math::log(betaQuantile(1 - kTail, a, b))});
    }
    if (measured.empty()) return;

    logSpread_ = std::sqrt(variance);
    step_ = logSpread_ / kCellsPerSpread;
    // Start from a point mass at 0 and add one rate at a time (independent
    // rates: their logs convolve). masses[i] sits at the centre offset + i * step.
    std::vector<double> masses{1.0};
    double offset = 0;
    for (const MeasuredRate& rate : measured) {
        masses = convolve(masses, cellMasses(rate, step_));
        offset += rate.logLow + 0.5 * step_;
        const auto first = std::find_if(masses.begin(), masses.end(), [](double m) { return m > kNegligible; });
        offset += static_cast<double>(first - masses.begin()) * step_;
        masses.erase(masses.begin(), first);
        while (masses.size() > 1 && masses.back() <= kNegligible) masses.pop_back();
    }
    start_ = offset - 0.5 * step_;
    cumulative_.assign(masses.size() + 1, 0.0);
    for (std::size_t i = 0; i < masses.size(); ++i) cumulative_[i + 1] = cumulative_[i] + masses[i];
    for (double& value : cumulative_) value /= cumulative_.back();
}

double ConversionPath::logQuantile(double u) const {
    if (certain()) return fixedLog_;
    const auto above = std::upper_bound(cumulative_.begin(), cumulative_.end(), u);
    const std::size_t cell = static_cast<std::size_t>(std::clamp<std::ptrdiff_t>(
        above - cumulative_.begin() - 1, 0, static_cast<std::ptrdiff_t>(cumulative_.size()) - 2));
    const double width = cumulative_[cell + 1] - cumulative_[cell];
    const double within = width > 0 ? std::clamp((u - cumulative_[cell]) / width, 0.0, 1.0) : 0.5;
    return fixedLog_ + start_ + (static_cast<double>(cell) + within) * step_;
}

double ConversionPath::logSurvival(double t) const {
    if (certain()) return t <= fixedLog_ ? 1 : 0;
    const double position = (t - fixedLog_ - start_) / step_;
    if (position <= 0) return 1;
    const double cells = static_cast<double>(cumulative_.size() - 1);
    if (position >= cells) return 0;
    const auto cell = static_cast<std::size_t>(position);
    const double within = position - static_cast<double>(cell);
    return 1 - (cumulative_[cell] + within * (cumulative_[cell + 1] - cumulative_[cell]));
}

}  // namespace funnel
