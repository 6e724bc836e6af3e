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
    // No rate on the way: the product is 1.
    ConversionPath();
    explicit ConversionPath(const std::vector<PathRate>& rates);

    // This path with one more rate on it, which is far cheaper than building
    // the longer path anew: its grid is convolved with the one new rate only.
    // The product does not care on which end the rate sits.
    ConversionPath with(const PathRate& rate) const;

    // No measured rate on the way: the product is the fixed number exp(fixedLog()).
    bool certain() const { return measuredCount_ == 0; }
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

    // A measured rate's posterior Beta(a, b), and the logs of its 1e-9 and
    // 1 - 1e-9 quantiles, where its grid cells start and end.
    struct MeasuredRate {
        double a;
        double b;
        double logLow;
        double logHigh;
    };

private:
    void add(const PathRate& rate);
    void addToGrid(const MeasuredRate& rate);
    void trimTails();
    void coarsenTo(double step);
    void finish();

    double fixedLog_ = 0;
    double logSpread_ = 0;
    double variance_ = 0;
    double meanRate_ = 1;
    double logMean_ = 0;
    std::size_t measuredCount_ = 0;
    MeasuredRate first_{};  // the first measured rate: exact while alone, on the grid once joined
    // With two measured rates or more: ln(product) - fixedLog_ as masses on
    // cells of width step_, masses_[i] at the centre centre_ + i * step_.
    double centre_ = 0;
    double step_ = 0;
    std::vector<double> masses_;
    // The same as a distribution function: cumulative_[i] = P(below start_ + i * step_).
    double start_ = 0;
    std::vector<double> cumulative_;
    // With a single measured rate the grid is not needed: its Beta(a, b) is exact.
    double logB_ = 0;  // of first_
    std::vector<double> nodeQuantiles_;
};

}  // namespace funnel
