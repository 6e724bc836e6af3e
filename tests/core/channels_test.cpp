// Channels and budget (channels.h): allocations worked out by hand (one
// channel; two with a binding ceiling; ties; a channel that costs nothing;
// one without customers; an unreachable goal and its maximum; rates as
// decimals), the budget against forecast(), and three properties over
// thousands of seeded random inputs.
#include "channels.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "forecast.h"

namespace funnel {
namespace {

ConversionInput counts(double from, double to) { return ConversionInput{true, from, to, 0}; }
ConversionInput rate(double value) { return ConversionInput{false, 0, 0, value}; }

ChannelInput channel(const char* name, std::vector<ConversionInput> conversions, double spend,
                     std::optional<double> ceiling = std::nullopt) {
    ChannelInput input;
    input.name = name;
    input.conversions = std::move(conversions);
    input.spend = spend;
    input.maxPerMonth = ceiling;
    return input;
}

ChannelsRequest request(double goal, std::vector<ChannelInput> list, double months = 12) {
    ChannelsRequest out;
    out.goal.customers = goal;
    out.historyMonths = months;
    out.channels = std::move(list);
    return out;
}

std::vector<std::string> codes(const std::vector<Issue>& issues) {
    std::vector<std::string> out;
    for (const Issue& issue : issues) out.push_back(issue.field + ":" + codeName(issue.code));
    return out;
}

TEST(Channels, OneChannelIsThePlanWithItsCosts) {
    // The worked example with 20,000 spent over 12 months: 5 an MQL, 20 an SQL, 40 a customer.
    const ChannelsResult result =
        channels(request(50, {channel("LinkedIn", {counts(4000, 1000), counts(1000, 500)}, 20000)}));
    ASSERT_TRUE(result.ok) << codes(result.errors).size();
    const ChannelResult& linkedIn = result.channels[0];
    EXPECT_EQ(linkedIn.costPerLead, (std::vector<std::optional<double>>{5, 20, 40}));
    EXPECT_EQ(*linkedIn.costPerCustomer, 40);
    EXPECT_DOUBLE_EQ(linkedIn.leadsPerMonthToday, 4000.0 / 12);
    EXPECT_EQ(linkedIn.mix.leads, (std::vector<double>{400, 100, 50}));
    EXPECT_EQ(linkedIn.mix.wholeLeads, (std::vector<double>{400, 100, 50}));
    EXPECT_EQ(linkedIn.mix.spend, 2000);
    EXPECT_EQ(result.mixCost, 2000);
    EXPECT_EQ(result.today->cost, 2000);
    EXPECT_EQ(*result.saving, 0);
    EXPECT_TRUE(result.warnings.empty());
}

TEST(Channels, TheCheaperCustomerFirstUpToItsCeilingThenTheNext) {
    // A: 5 an MQL, 1 in 8 a customer: 40 a customer, at most 200 MQLs (25 customers) a month.
    // B: 3 an MQL, 1 in 20 a customer: 60 a customer. The other 25 customers: 500 of B's MQLs.
    const ChannelsResult result = channels(request(50, {
                                                           channel("A", {counts(400, 100), counts(100, 50)}, 2000, 200),
                                                           channel("B", {counts(2000, 200), counts(200, 100)}, 6000),
                                                       }));
    ASSERT_TRUE(result.ok);
    EXPECT_EQ(result.channels[0].mix.leads[0], 200);
    EXPECT_EQ(result.channels[1].mix.leads[0], 500);
    EXPECT_EQ(result.mixCost, 200 * 5 + 500 * 3);
    // Today: 400 and 2000 MQLs in the window bring 50 and 100 customers; a third of that is the goal.
    EXPECT_NEAR(result.today->leads[0], 400.0 / 3, 1e-9);
    EXPECT_NEAR(result.today->cost, 2000.0 / 3 + 2000, 1e-9);
    EXPECT_FALSE(result.today->exceedsCeiling);
    EXPECT_NEAR(*result.saving, 500.0 / 3, 1e-9);
    // Per channel: 1000/3 more for A (1000 instead of 666.7), 500 less for B (1500 instead of 2000).
    EXPECT_NEAR(result.today->shift[0], 1000.0 / 3, 1e-9);
    EXPECT_NEAR(result.today->shift[1], -500, 1e-9);
}

TEST(Channels, TiesGoToTheFirstAndWholeLeadsAreRoundedUp) {
    // 7 % twice: 7 customers need exactly 100 leads, not 101 (a float ceiling's answer).
    const ChannelsResult result = channels(request(7, {
                                                          channel("first", {rate(0.07), rate(1)}, 1000),
                                                          channel("second", {rate(0.07), rate(1)}, 1000),
                                                      }));
    ASSERT_FALSE(result.ok);  // a rate needs the leads entering the top stage
    EXPECT_EQ(codes(result.errors),
              (std::vector<std::string>{"channels[0].topCount:missing", "channels[1].topCount:missing"}));
    ChannelsRequest fixed = request(7, {
                                           channel("first", {rate(0.07), rate(1)}, 1000),
                                           channel("second", {rate(0.07), rate(1)}, 1000),
                                       });
    fixed.channels[0].topCount = 100;
    fixed.channels[1].topCount = 100;
    const ChannelsResult tied = channels(fixed);
    ASSERT_TRUE(tied.ok);
    EXPECT_EQ(tied.channels[0].mix.wholeLeads[0], 100);
    EXPECT_EQ(tied.channels[1].mix.leads[0], 0);
    EXPECT_EQ(tied.mixWholeCost, 1000);
}

TEST(Channels, WhatCostsNothingGoesFirstAndWhatBringsNoCustomerGetsNothing) {
    ChannelsRequest input =
        request(50, {
                        channel("A", {counts(4000, 1000), counts(1000, 500)}, 20000),
                        channel("Partner", {counts(800, 200), counts(200, 100)}, 0, 50),  // 6.25 customers at no cost
                        channel("Events", {counts(300, 60), counts(60, 0)}, 9000),
                    });
    const ChannelsResult result = channels(input);
    ASSERT_TRUE(result.ok);
    EXPECT_EQ(result.channels[1].mix.leads[0], 50);
    EXPECT_EQ(result.channels[0].mix.leads[0], 350);  // the other 43.75 customers at 1 in 8
    EXPECT_EQ(result.channels[2].mix.leads[0], 0);
    EXPECT_FALSE(result.channels[2].costPerCustomer.has_value());
    EXPECT_FALSE(result.channels[2].costPerLead[2].has_value());  // no customer to divide by
    EXPECT_EQ(codes(result.warnings), (std::vector<std::string>{"channels[1]:no_cost", "channels[2]:no_customers"}));
    // Today's mix keeps the channel without customers: its spend is part of today's cost. Scaled to the goal
    // (a twelfth of the window's 600 customers), Partner's 800 MQLs are 66.7 a month: over its ceiling of 50.
    EXPECT_TRUE(result.today->exceedsCeiling);
    EXPECT_FALSE(result.saving.has_value());
}

TEST(Channels, AFieldLeftEmptyIsMissingNotANumberOutOfRange) {
    // What the page sends for an empty cell: no number.
    ChannelsRequest input = request(50, {channel("A", {counts(400, std::nan("")), rate(std::nan(""))}, std::nan(""))});
    input.channels[0].topCount = std::nan("");
    EXPECT_EQ(codes(channels(input).errors),
              (std::vector<std::string>{"channels[0].conversions[0].toCount:missing",
                                        "channels[0].conversions[1].rate:missing", "channels[0].topCount:missing",
                                        "channels[0].spend:missing"}));
}

TEST(Channels, AnUnreachableGoalSaysWhatTheCeilingsAllow) {
    const ChannelsResult result =
        channels(request(50, {
                                 channel("A", {counts(400, 100), counts(100, 50)}, 2000, 200),  // 25 customers at most
                                 channel("B", {counts(2000, 200), counts(200, 100)}, 6000, 400),  // 20
                             }));
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(codes(result.errors), (std::vector<std::string>{"goal:unreachable"}));
    EXPECT_EQ(*result.maxCustomers, 45);
}

TEST(Channels, ABudgetBuysWholeLeadsInTheSameOrderWithForecastsRange) {
    ChannelsRequest input = request(50, {channel("LinkedIn", {counts(4000, 1000), counts(1000, 500)}, 20000)});
    input.budget = 2002;  // 400.4 MQLs at 5: 400 whole ones
    const ChannelsResult result = channels(input);
    ASSERT_TRUE(result.ok);
    EXPECT_EQ(result.budget->channels[0].wholeLeads, 400u);
    EXPECT_EQ(result.budget->spend, 2000);
    EXPECT_EQ(result.budget->customers, 50);
    ForecastRequest same;
    same.conversions = input.channels[0].conversions;
    same.stageIndex = 0;
    same.count = 400;
    const ForecastResult expected = forecast(same);
    EXPECT_EQ(result.budget->low, expected.stages.back().low);
    EXPECT_EQ(result.budget->high, expected.stages.back().high);
    // What costs nothing needs a ceiling once there is a budget to spend.
    input.channels.push_back(channel("Partner", {counts(800, 200), counts(200, 100)}, 0));
    EXPECT_EQ(codes(channels(input).errors), (std::vector<std::string>{"channels[1].maxPerMonth:missing"}));
}

TEST(Channels, PropertiesHoldOnRandomFunnels) {
    std::mt19937_64 random(18);
    std::uniform_int_distribution<int> channelCount(1, 6);
    std::uniform_int_distribution<int> leads(50, 5000);
    std::uniform_real_distribution<double> share(0.02, 0.6);
    std::uniform_int_distribution<int> money(0, 20000);
    std::bernoulli_distribution capped(0.4);
    int compared = 0;
    for (int run = 0; run < 2000; ++run) {
        ChannelsRequest input = request(std::uniform_int_distribution<int>(1, 80)(random), {});
        for (int c = channelCount(random); c > 0; --c) {
            const double top = leads(random);
            const double middle = std::max(1.0, std::floor(top * share(random)));
            const double bottom = std::floor(middle * share(random));
            const double ceiling = std::floor(top / 12 * share(random) * 4);
            input.channels.push_back(channel("c", {counts(top, middle), counts(middle, bottom)}, money(random) + 1,
                                             capped(random) ? std::optional<double>(ceiling) : std::nullopt));
        }
        const ChannelsResult result = channels(input);
        if (!result.ok) {
            ASSERT_EQ(codes(result.errors).front().substr(0, 16), "goal:unreachable");
            continue;
        }
        // The whole-lead plan reaches the goal; the cheapest mix never costs more than today's where that fits.
        double wholeCustomers = 0;
        for (const ChannelResult& c : result.channels) wholeCustomers += c.mix.wholeLeads.back();
        EXPECT_GE(wholeCustomers, input.goal.customers * (1 - 1e-12));
        if (result.saving) {
            EXPECT_GE(*result.saving, 0) << run;
            ++compared;
        }
        // Removing a ceiling never raises the cost.
        for (ChannelInput& c : input.channels) {
            if (!c.maxPerMonth) continue;
            c.maxPerMonth.reset();
            EXPECT_LE(channels(input).mixCost, result.mixCost * (1 + 1e-12)) << run;
            break;
        }
    }
    EXPECT_GT(compared, 500);
}

}  // namespace
}  // namespace funnel
