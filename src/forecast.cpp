#include "forecast.h"

#include <cmath>

#include "confidence.h"
#include "decimal.h"
#include "exact_ratio.h"
#include "request_check.h"

namespace funnel {
namespace {

constexpr double kLowQuantile = 0.1;
constexpr double kHighQuantile = 0.9;

// The index of the stage the volume enters, if the funnel has it.
std::optional<std::size_t> volumeStage(const ForecastRequest& request) {
    const std::size_t count = request.stages.size();
    if (request.stageIndex) {
        const double index = *request.stageIndex;
        if (std::isfinite(index) && index >= 0 && std::floor(index) == index && index < static_cast<double>(count)) {
            return static_cast<std::size_t>(index);
        }
        return std::nullopt;
    }
    for (std::size_t i = 0; i < count; ++i) {
        if (request.stages[i] == request.stageName) return i;
    }
    return std::nullopt;
}

}  // namespace

std::vector<Issue> checkForecastRequest(const ForecastRequest& request) {
    std::vector<Issue> errors;
    Checker check(errors);
    checkFunnel(request.stages, request.conversions, check);
    if (!volumeStage(request)) check.fail("volume.stage", Code::unknown_stage);
    check.whole(request.count, "volume.count");
    if (request.dealValue) check.positive(*request.dealValue, "dealValue", true);
    return errors;
}

ForecastResult forecast(const ForecastRequest& request) {
    ForecastResult result;
    result.errors = checkForecastRequest(request);
    if (!result.errors.empty()) return result;
    const std::optional<std::size_t> first = volumeStage(request);  // checked above

    const auto leads = static_cast<std::uint64_t>(request.count);
    result.ok = true;
    result.stages.push_back(StageForecast{request.stages[*first], request.count, leads, leads});
    ConversionPath path;  // from the volume's stage down to `stage`, one rate longer each time
    for (std::size_t stage = *first + 1; stage < request.stages.size(); ++stage) {
        path = path.with(pathRate(request.conversions[stage - 1]));
        result.stages.push_back(StageForecast{request.stages[stage], request.count * path.meanRate(),
                                              outcomeQuantile(leads, kLowQuantile, path),
                                              outcomeQuantile(leads, kHighQuantile, path)});
    }
    const StageForecast& customers = result.stages.back();
    const std::optional<double> dealValue =
        request.dealValue
            ? request.dealValue
            : (request.goal && request.goal->byRevenue ? std::optional<double>(request.goal->dealValue) : std::nullopt);
    if (dealValue && *dealValue > 0 && std::isfinite(*dealValue)) {
        const double value = *dealValue;
        result.revenue = RevenueForecast{value, customers.expected * value, static_cast<double>(customers.low) * value,
                                         static_cast<double>(customers.high) * value};
    }
    const auto goal = request.goal ? goalCustomers(*request.goal) : std::nullopt;
    if (goal) {
        result.goal = GoalComparison{*goal, customers.expected / static_cast<double>(*goal),
                                     probabilityOfReaching(*goal, leads, path)};
    }
    return result;
}

}  // namespace funnel
