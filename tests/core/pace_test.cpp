// Month-to-date pacing in German working days (pace.h), on months counted by hand.
#include "pace.h"

#include <gtest/gtest.h>

#include <string>

namespace funnel {
namespace {

PaceRequest march2027(const char* asOf) {
    PaceRequest request;
    request.month = "2027-03";
    request.asOf = asOf;
    request.targets = {400, 100, 50};
    request.actual = {250, 55, 20};
    return request;
}

std::vector<std::string> errorCodes(const PaceResult& result) {
    std::vector<std::string> codes;
    for (const Issue& error : result.errors) codes.push_back(error.field + ":" + codeName(error.code));
    return codes;
}

TEST(Pace, CountsWorkingDaysAroundEaster2027) {
    // March 2027: 23 weekdays, less Good Friday (26th) and Easter Monday (29th).
    const PaceResult result = pace(march2027("2027-03-17"));
    ASSERT_TRUE(result.ok);
    EXPECT_EQ(result.total, 21);
    EXPECT_EQ(result.elapsed, 13);  // 1-5, 8-12, 15-17
    EXPECT_EQ(result.remaining, 8);
    EXPECT_EQ(result.holidays, (std::vector<std::string>{"2027-03-26", "2027-03-29"}));
    const StagePace& mqls = result.stages[0];
    EXPECT_EQ(mqls.name, "MQL");
    EXPECT_DOUBLE_EQ(mqls.expected, 400.0 * 13 / 21);
    EXPECT_DOUBLE_EQ(mqls.delta, 250 - 400.0 * 13 / 21);
    EXPECT_DOUBLE_EQ(*mqls.projected, 250.0 * 21 / 13);
    EXPECT_DOUBLE_EQ(*mqls.neededPerDay, 150.0 / 8);
    EXPECT_TRUE(*mqls.onTrack);
    EXPECT_FALSE(*result.stages[2].onTrack);  // 20 of 50 customers: 32.3 projected
}

TEST(Pace, DecemberWithChristmas) {
    PaceRequest request = march2027("2026-12-31");
    request.month = "2026-12";
    const PaceResult result = pace(request);
    ASSERT_TRUE(result.ok);
    EXPECT_EQ(result.total, 22);  // 23 weekdays, less the 25th; the 26th is a Saturday
    EXPECT_EQ(result.elapsed, 22);
    EXPECT_EQ(result.remaining, 0);
    EXPECT_EQ(result.holidays, (std::vector<std::string>{"2026-12-25"}));
    EXPECT_FALSE(result.stages[0].neededPerDay);  // no day left to need anything on
}

TEST(Pace, AMonthStartingOnASaturday) {
    PaceRequest request = march2027("2027-05-01");
    request.month = "2027-05";
    PaceResult result = pace(request);
    ASSERT_TRUE(result.ok);
    EXPECT_EQ(result.elapsed, 0);
    EXPECT_EQ(result.total, 19);  // 21 weekdays, less Ascension (6th) and Whit Monday (17th); the 1st is a Saturday
    EXPECT_EQ(result.holidays, (std::vector<std::string>{"2027-05-06", "2027-05-17"}));
    EXPECT_FALSE(result.stages[0].projected);
    EXPECT_FALSE(result.stages[0].onTrack);
    EXPECT_DOUBLE_EQ(result.stages[0].expected, 0);
    EXPECT_DOUBLE_EQ(*result.stages[0].neededPerDay, 150.0 / 19);
    request.holidays = "de-BY";  // Corpus Christi, the 27th, too
    result = pace(request);
    EXPECT_EQ(result.total, 18);
    request.holidays = "none";
    EXPECT_EQ(pace(request).total, 21);
}

TEST(Pace, EveryStateCodeIsKnownAndAnythingElseAnError) {
    for (const char* state :
         {"BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH"}) {
        PaceRequest request = march2027("2027-03-17");
        request.holidays = std::string("de-") + state;
        EXPECT_TRUE(pace(request).ok) << state;
    }
    PaceRequest request = march2027("2027-04-01");  // not in March
    request.holidays = "de-XX";
    request.actual = {1, 2};
    request.targets = {1, -2, 2.5};
    EXPECT_EQ(errorCodes(pace(request)),
              (std::vector<std::string>{"asOf:bad_date", "targets[1]:negative", "targets[2]:not_whole",
                                        "actual:list_length", "holidays:unknown_region"}));
    request = march2027("2027-02-30");
    request.month = "2027-3";
    EXPECT_EQ(errorCodes(pace(request)), (std::vector<std::string>{"month:bad_month", "asOf:bad_date"}));
}

TEST(Pace, OnTrackIsDecidedExactly) {
    // 13 of 21 days: 13 x 21 / 13 = 21 projected exactly, the target.
    PaceRequest request = march2027("2027-03-17");
    request.targets = {21, 21, 21};
    request.actual = {13, 12, 14};
    const PaceResult result = pace(request);
    EXPECT_TRUE(*result.stages[0].onTrack);
    EXPECT_FALSE(*result.stages[1].onTrack);
    EXPECT_TRUE(*result.stages[2].onTrack);
}

TEST(Pace, TheWorkingDaysOfAPlanPeriod) {
    EXPECT_EQ(*workingDays("de", 2027, 3), 21);
    EXPECT_EQ(*workingDays("de-BY", 2027, 1), 19);  // 21 weekdays, less the 1st and the 6th
    EXPECT_FALSE(workingDays("fr", 2027, 1));
}

}  // namespace
}  // namespace funnel
