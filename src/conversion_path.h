// The way from one stage of the funnel down to another: the product of the
// conversion rates in between. A rate measured as k of n is uncertain, with
// the Jeffreys posterior Beta(k + 1/2, n - k + 1/2); a rate given directly is
// fixed; the rates are independent. The path holds the distribution of the
// logarithm of the product, built once, then asked many times.
#pragma once

#include <cstdint>
#include <vector>

namespace funnel {

struct PathRate {
    bool measured = false;
    double rate = 1;              // when !measured
    std::uint64_t successes = 0;  // when measured: k of n
    std::uint64_t trials = 0;
};

class ConversionPath {
public:
    explicit ConversionPath(const std::vector<PathRate>& rates);

    // No measured rate on the way: the product is the fixed number exp(fixedLog()).
    bool certain() const { return cumulative_.empty(); }
    double fixedLog() const { return fixedLog_; }
    // Standard deviation of ln(product); 0 when certain.
    double logSpread() const { return logSpread_; }
    // E[product]: the mean rate of the whole way.
    double meanRate() const { return meanRate_; }
    // E[ln(product)]; fixedLog() when certain.
    double logMean() const { return logMean_; }
    // The u-quantile of ln(product), 0 < u < 1.
    double logQuantile(double u) const;
    // P(ln(product) >= t).
    double logSurvival(double t) const;
    // logQuantile at each node of gaussLegendre32(), computed once.
    const std::vector<double>& nodeQuantiles() const { return nodeQuantiles_; }

private:
    double fixedLog_ = 0;
    double logSpread_ = 0;
    double meanRate_ = 1;
    double logMean_ = 0;
    // ln(product) - fixedLog_ as masses spread evenly over cells of width step_
    // from start_: cumulative_[i] = P(below start_ + i * step_).
    double start_ = 0;
    double step_ = 0;
    std::vector<double> cumulative_;
    // With a single measured rate the grid is not needed: its Beta(a, b) is exact.
    bool single_ = false;
    double a_ = 0;
    double b_ = 0;
    double logB_ = 0;
    std::vector<double> nodeQuantiles_;
};

}  // namespace funnel
