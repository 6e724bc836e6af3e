// Channels and budget (issue 18): a funnel per channel, the cost of a lead at
// each stage and of a customer per channel, the cheapest mix of channels that
// reaches the goal, today's mix scaled to the goal, and what a budget buys.
//
// The model: a channel's cost per top-stage lead c = spend / topCount stays
// the same up to its ceiling (maxPerMonth); its customers per lead P = the
// product of its rates. Both are exact fractions (fraction.h), so the order
// of the channels and every comparison of costs is decided exactly.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "issue.h"
#include "plan.h"

namespace funnel {

struct ChannelInput {
    std::string name;
    std::vector<ConversionInput> conversions;  // as in plan(); a toCount of 0 is allowed here
    std::optional<double> topCount;            // required when the first conversion is a rate
    double spend = 0;                          // money spent in the history window, >= 0
    std::optional<double> maxPerMonth;         // top-stage leads a month at most; 0 closes the channel
};

struct ChannelsRequest {
    std::vector<std::string> stages = defaultStages();
    Goal goal;  // per month, as in plan()
    std::optional<double> historyMonths;
    std::vector<ChannelInput> channels;  // 1 to 12
    std::optional<double> budget;        // money per month
    Locale locale = Locale::en;
};

struct RateRange {
    double rate = 0;
    double low = 0;  // 95 % Jeffreys interval; the rate itself when it was given
    double high = 0;
};

// A channel's part of a mix, per month.
struct ChannelMix {
    std::vector<double> leads;       // at every stage, from the exact top-stage volume
    std::vector<double> wholeLeads;  // at every stage, from the top-stage volume rounded up to whole leads
    double spend = 0;                // exact volume x cost per lead
    double wholeSpend = 0;           // whole leads x cost per lead
    double customers = 0;            // expected, from the exact volume
};

struct ChannelResult {
    std::string name;
    std::vector<RateRange> rates;
    std::vector<std::optional<double>> costPerLead;  // per stage; none where the stage's count is unknown or 0
    std::optional<double> costPerCustomer;           // none when the channel brought no customers
    double leadsPerMonthToday = 0;                   // topCount / historyMonths
    ChannelMix mix;
};

struct TodayMix {
    std::vector<double> leads;  // top-stage leads a month per channel, today's proportions scaled to the goal
    std::vector<double> spend;  // per channel, for those leads
    std::vector<double> shift;  // per channel: the cheapest mix's spend - today's (more money: > 0)
    double cost = 0;
    bool exceedsCeiling = false;
};

struct BudgetChannel {
    std::string name;
    std::uint64_t wholeLeads = 0;
    double spend = 0;
    double customers = 0;
};

struct BudgetResult {
    double spend = 0;
    double customers = 0;   // expected
    std::uint64_t low = 0;  // 80 % range of the customers (10th and 90th percentile), forecast()'s model
    std::uint64_t high = 0;
    std::vector<BudgetChannel> channels;
};

struct ChannelsResult {
    bool ok = false;
    std::uint64_t customers = 0;  // the goal, in customers a month
    std::vector<ChannelResult> channels;
    double mixCost = 0;       // the cheapest mix's exact cost a month
    double mixWholeCost = 0;  // the same with whole top-stage leads
    double mixCustomers = 0;
    std::optional<TodayMix> today;
    std::optional<double> saving;  // today's cost - the cheapest mix's; none when today's exceeds a ceiling
    std::optional<BudgetResult> budget;
    std::vector<Issue> warnings;  // small_sample, no_cost, no_customers, at channels[i]
    std::vector<Issue> errors;
    std::optional<double> maxCustomers;  // with the error unreachable: what the ceilings allow at most a month
};

ChannelsResult channels(const ChannelsRequest& request);

// The value checks channels() runs first, one Issue per problem (channels_check.cpp).
std::vector<Issue> checkChannelsRequest(const ChannelsRequest& request);

}  // namespace funnel
