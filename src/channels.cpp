#include "channels.h"

#include <algorithm>
#include <cmath>
#include <tuple>

#include "beta.h"
#include "confidence.h"
#include "exact_ratio.h"
#include "field_path.h"
#include "fraction.h"
#include "request_check.h"

namespace funnel {
namespace {

constexpr std::uint64_t kFewCustomers = 10;  // a customer rate on fewer is a rough estimate

// One channel in exact numbers: its rates, its top-stage leads, its cost per lead and customers per lead.
struct Exact {
    std::vector<Fraction> rates;  // one per conversion
    std::vector<Fraction> reach;  // per stage: the product of the rates above it (1 at the top)
    std::uint64_t topCount = 0;
    Fraction costPerLead;       // c = spend / topCount
    Fraction customersPerLead;  // P = the product of the rates
    std::optional<Fraction> ceiling;
};

Fraction rateOf(const ConversionInput& conversion) {
    if (conversion.fromCounts)
        return Fraction::ratio(static_cast<std::uint64_t>(conversion.toCount),
                               static_cast<std::uint64_t>(conversion.fromCount));
    return Fraction::shortest(conversion.rate);
}

Exact exactOf(const ChannelInput& channel) {
    Exact exact;
    exact.topCount = static_cast<std::uint64_t>(channel.conversions[0].fromCounts ? channel.conversions[0].fromCount
                                                                                  : *channel.topCount);
    exact.reach.push_back(Fraction::whole(1));
    for (const ConversionInput& conversion : channel.conversions) {
        exact.rates.push_back(rateOf(conversion));
        exact.reach.push_back(exact.reach.back().times(exact.rates.back()));
    }
    exact.customersPerLead = exact.reach.back();
    exact.costPerLead = Fraction::shortest(channel.spend).over(Fraction::whole(exact.topCount));
    if (channel.maxPerMonth) exact.ceiling = Fraction::whole(static_cast<std::uint64_t>(*channel.maxPerMonth));
    return exact;
}

// What the channel knows of each stage's count in the window: the top's, and each counted to-count.
std::vector<std::optional<double>> countsOf(const ChannelInput& channel, std::uint64_t topCount) {
    std::vector<std::optional<double>> counts{static_cast<double>(topCount)};
    for (const ConversionInput& conversion : channel.conversions)
        counts.push_back(conversion.fromCounts ? std::optional<double>(conversion.toCount) : std::nullopt);
    return counts;
}

ChannelResult describe(const ChannelInput& channel, const Exact& exact, double historyMonths) {
    ChannelResult result;
    result.name = channel.name;
    for (std::size_t i = 0; i < channel.conversions.size(); ++i) {
        const ConversionInput& conversion = channel.conversions[i];
        RateRange range{exact.rates[i].toDouble(), conversion.rate, conversion.rate};
        if (conversion.fromCounts) {
            const Interval interval = jeffreysInterval(static_cast<std::uint64_t>(conversion.toCount),
                                                       static_cast<std::uint64_t>(conversion.fromCount));
            range.low = interval.low;
            range.high = interval.high;
        }
        result.rates.push_back(range);
    }
    for (const auto& count : countsOf(channel, exact.topCount)) {
        result.costPerLead.push_back(count && *count > 0 ? std::optional<double>(channel.spend / *count)
                                                         : std::nullopt);
    }
    if (!exact.customersPerLead.isZero())
        result.costPerCustomer = exact.costPerLead.over(exact.customersPerLead).toDouble();
    result.leadsPerMonthToday = static_cast<double>(exact.topCount) / historyMonths;
    return result;
}

// The channels that bring customers, cheapest customer first (ties: input order).
std::vector<std::size_t> byCostPerCustomer(const std::vector<Exact>& exact) {
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < exact.size(); ++i)
        if (!exact[i].customersPerLead.isZero()) order.push_back(i);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        // c_a / P_a < c_b / P_b, cross-multiplied: no division needed.
        return exact[a].costPerLead.times(exact[b].customersPerLead) <
               exact[b].costPerLead.times(exact[a].customersPerLead);
    });
    return order;
}

ChannelMix mixOf(const Exact& exact, const Fraction& volume) {
    ChannelMix mix;
    const std::uint64_t whole = volume.ceiling(kMaxWhole).value_or(kMaxWhole);
    for (const Fraction& reach : exact.reach) {
        mix.leads.push_back(volume.times(reach).toDouble());
        mix.wholeLeads.push_back(Fraction::whole(whole).times(reach).toDouble());
    }
    mix.spend = volume.times(exact.costPerLead).toDouble();
    mix.wholeSpend = Fraction::whole(whole).times(exact.costPerLead).toDouble();
    mix.customers = volume.times(exact.customersPerLead).toDouble();
    return mix;
}

void warn(const ChannelInput& channel, const ChannelResult& described, std::size_t index,
          std::vector<Issue>& warnings) {
    const std::string path = indexed("channels", index);
    if (channel.spend == 0) warnings.push_back({path, Code::no_cost});
    if (!described.costPerCustomer) {
        warnings.push_back({path, Code::no_customers});
        return;
    }
    // The customer rate rests on few customers, or a rate's interval is wider than the rate itself.
    const ConversionInput& last = channel.conversions.back();
    const bool few = last.fromCounts && last.toCount < kFewCustomers;
    const bool wide = std::any_of(described.rates.begin(), described.rates.end(),
                                  [](const RateRange& range) { return range.high - range.low > range.rate; });
    if (few || wide) warnings.push_back({path, Code::small_sample});
}

// The 80 % range of the customers a budget's whole leads bring, under forecast()'s model (each rate's
// Jeffreys posterior and the binomial draw): one channel's exactly as forecast() gives it; several
// channels' as the sum of independent channels, each as forecast() sees it, by a normal with their
// expected customers and their spreads (each channel's 10th to 90th percentile over 2 x 1.2816).
std::pair<std::uint64_t, std::uint64_t> budgetRange(const std::vector<const ChannelInput*>& funded,
                                                    const std::vector<std::uint64_t>& leads) {
    constexpr double kLow = 0.1;
    constexpr double kHigh = 0.9;
    constexpr double kZ80 = 1.2815515655446004;  // the normal's 90th percentile
    double mean = 0;
    double variance = 0;
    std::pair<std::uint64_t, std::uint64_t> single{0, 0};
    for (std::size_t i = 0; i < funded.size(); ++i) {
        ConversionPath path;
        for (const ConversionInput& conversion : funded[i]->conversions) path = path.with(pathRate(conversion));
        single = {outcomeQuantile(leads[i], kLow, path), outcomeQuantile(leads[i], kHigh, path)};
        mean += static_cast<double>(leads[i]) * path.meanRate();
        const double spread = static_cast<double>(single.second - single.first) / (2 * kZ80);
        variance += spread * spread;
    }
    if (funded.size() <= 1) return single;
    const double half = kZ80 * std::sqrt(variance);
    return {static_cast<std::uint64_t>(std::max(0.0, std::floor(mean - half))),
            static_cast<std::uint64_t>(std::ceil(mean + half))};
}

// What a budget a month buys: the same order, each channel takes what the remaining money pays for,
// up to its ceiling (one that costs nothing: its ceiling); whole leads rounded down.
BudgetResult spendBudget(const ChannelsRequest& request, const std::vector<Exact>& exact,
                         const std::vector<std::size_t>& order) {
    BudgetResult budget;
    Fraction remaining = Fraction::shortest(*request.budget);
    std::vector<std::uint64_t> whole(exact.size(), 0);
    for (const std::size_t i : order) {
        const Exact& channel = exact[i];
        Fraction volume = channel.costPerLead.isZero() ? *channel.ceiling : remaining.over(channel.costPerLead);
        if (channel.ceiling) volume = lesser(volume, *channel.ceiling);
        remaining = remaining.minus(lesser(remaining, volume.times(channel.costPerLead)));
        whole[i] = volume.floor(kMaxWhole).value_or(kMaxWhole);
    }
    Fraction spend;
    Fraction customers;
    std::vector<const ChannelInput*> funded;
    std::vector<std::uint64_t> fundedLeads;
    for (std::size_t i = 0; i < exact.size(); ++i) {
        const Fraction leads = Fraction::whole(whole[i]);
        const Fraction channelSpend = leads.times(exact[i].costPerLead);
        const Fraction channelCustomers = leads.times(exact[i].customersPerLead);
        budget.channels.push_back(
            {request.channels[i].name, whole[i], channelSpend.toDouble(), channelCustomers.toDouble()});
        spend = spend.plus(channelSpend);
        customers = customers.plus(channelCustomers);
        if (whole[i] > 0) {
            funded.push_back(&request.channels[i]);
            fundedLeads.push_back(whole[i]);
        }
    }
    budget.spend = spend.toDouble();
    budget.customers = customers.toDouble();
    std::tie(budget.low, budget.high) = budgetRange(funded, fundedLeads);
    return budget;
}

}  // namespace

ChannelsResult channels(const ChannelsRequest& request) {
    ChannelsResult result;
    result.errors = checkChannelsRequest(request);
    if (!result.errors.empty()) return result;
    const Goal& goal = request.goal;
    const auto customers = goalCustomers(goal);
    if (!customers) {
        result.errors.push_back({goal.byRevenue ? "goal.revenue" : "goal.customers", Code::too_large});
        return result;
    }
    result.customers = *customers;
    const Fraction target = Fraction::whole(*customers);

    std::vector<Exact> exact;
    for (std::size_t i = 0; i < request.channels.size(); ++i) {
        exact.push_back(exactOf(request.channels[i]));
        result.channels.push_back(describe(request.channels[i], exact.back(), *request.historyMonths));
        warn(request.channels[i], result.channels.back(), i, result.warnings);
    }
    const std::vector<std::size_t> order = byCostPerCustomer(exact);

    // The cheapest mix: each channel in order takes what is still missing, up to its ceiling.
    Fraction missing = target;
    std::vector<Fraction> volume(exact.size());
    for (const std::size_t i : order) {
        if (missing.isZero()) break;
        const Fraction needed = missing.over(exact[i].customersPerLead);
        volume[i] = exact[i].ceiling ? lesser(needed, *exact[i].ceiling) : needed;
        missing = missing.minus(volume[i].times(exact[i].customersPerLead));
    }
    if (!missing.isZero()) {
        Fraction most;
        for (const std::size_t i : order) most = most.plus(exact[i].ceiling->times(exact[i].customersPerLead));
        result.errors.push_back({"goal", Code::unreachable});
        result.maxCustomers = most.toDouble();
        result.channels.clear();
        result.warnings.clear();
        return result;
    }
    Fraction cost;
    Fraction wholeCost;
    for (std::size_t i = 0; i < exact.size(); ++i) {
        result.channels[i].mix = mixOf(exact[i], volume[i]);
        cost = cost.plus(volume[i].times(exact[i].costPerLead));
        wholeCost = wholeCost.plus(
            Fraction::whole(volume[i].ceiling(kMaxWhole).value_or(kMaxWhole)).times(exact[i].costPerLead));
    }
    result.mixCost = cost.toDouble();
    result.mixWholeCost = wholeCost.toDouble();
    result.mixCustomers = target.toDouble();

    // Today's mix scaled to the goal: every channel in today's proportions of top-stage leads.
    Fraction todayCustomers;
    for (const Exact& channel : exact)
        todayCustomers = todayCustomers.plus(Fraction::whole(channel.topCount).times(channel.customersPerLead));
    const Fraction scale = target.over(todayCustomers);  // todayCustomers > 0: some channel brings customers
    TodayMix today;
    Fraction todayCost;
    for (std::size_t i = 0; i < exact.size(); ++i) {
        const Exact& channel = exact[i];
        const Fraction leads = scale.times(Fraction::whole(channel.topCount));
        const Fraction spend = leads.times(channel.costPerLead);
        const Fraction mixSpend = volume[i].times(channel.costPerLead);
        today.leads.push_back(leads.toDouble());
        today.spend.push_back(spend.toDouble());
        today.shift.push_back(Fraction::difference(mixSpend, spend));
        todayCost = todayCost.plus(spend);
        if (channel.ceiling && *channel.ceiling < leads) today.exceedsCeiling = true;
    }
    today.cost = todayCost.toDouble();
    if (!today.exceedsCeiling) result.saving = Fraction::difference(todayCost, cost);
    result.today = today;
    if (request.budget) result.budget = spendBudget(request, exact, order);
    result.ok = true;
    return result;
}

}  // namespace funnel
