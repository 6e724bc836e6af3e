// The value checks of channels() (channels.h): one Issue per problem, each at
// its field path ("channels[2].conversions[0].toCount"), nothing stopping at
// the first.
#include <cmath>

#include "channels.h"
#include "field_path.h"
#include "funnel.h"
#include "request_check.h"

namespace funnel {
namespace {

constexpr std::size_t kMostChannels = 12;

// A number that is none (NaN: a field left empty, or no number at all) is missing, as in the review.
bool present(double value, const std::string& field, Checker& check) {
    return !std::isnan(value) || check.fail(field, Code::missing);
}

// A whole count, 0 allowed (a channel that has not converted yet).
bool wholeOrZero(double value, const std::string& field, Checker& check) {
    if (value == 0) return true;
    return present(value, field, check) && check.whole(value, field);
}

// Money, 0 allowed (a channel that costs nothing).
void moneyOrZero(double value, const std::string& field, Checker& check) {
    if (!present(value, field, check)) return;
    if (value < 0) {
        check.fail(field, Code::negative);
    } else if (value != 0) {
        check.positive(value, field, true);
    }
}

void checkChannel(const ChannelInput& channel, std::size_t conversionCount, const std::string& path, bool budget,
                  Checker& check) {
    if (channel.name.empty()) check.fail(member(path, "name"), Code::missing);
    if (channel.conversions.size() != conversionCount) check.fail(member(path, "conversions"), Code::conversion_count);
    for (std::size_t i = 0; i < channel.conversions.size(); ++i) {
        const ConversionInput& conversion = channel.conversions[i];
        const std::string at = indexed(member(path, "conversions"), i);
        if (!conversion.fromCounts) {
            if (present(conversion.rate, member(at, "rate"), check) &&
                check.positive(conversion.rate, member(at, "rate"), false) && conversion.rate > 1)
                check.fail(member(at, "rate"), Code::rate_above_one);
            continue;
        }
        const bool fromOk = present(conversion.fromCount, member(at, "fromCount"), check) &&
                            check.whole(conversion.fromCount, member(at, "fromCount"));
        const bool toOk = wholeOrZero(conversion.toCount, member(at, "toCount"), check);
        if (fromOk && toOk && conversion.toCount > conversion.fromCount)
            check.fail(member(at, "toCount"), Code::exceeds_from_count);
    }
    // The leads entering the top stage: the first conversion's from-count, or given with a rate.
    const bool firstByCounts = !channel.conversions.empty() && channel.conversions[0].fromCounts;
    if (channel.topCount) {
        if (present(*channel.topCount, member(path, "topCount"), check) &&
            check.whole(*channel.topCount, member(path, "topCount")) && firstByCounts &&
            *channel.topCount != channel.conversions[0].fromCount)
            check.fail(member(path, "topCount"), Code::top_count_mismatch);
    } else if (!firstByCounts && !channel.conversions.empty()) {
        check.fail(member(path, "topCount"), Code::missing);
    }
    moneyOrZero(channel.spend, member(path, "spend"), check);
    if (channel.maxPerMonth) {
        wholeOrZero(*channel.maxPerMonth, member(path, "maxPerMonth"), check);
    } else if (budget && channel.spend == 0) {
        // What costs nothing can take any budget: its volume has to come from a ceiling.
        check.fail(member(path, "maxPerMonth"), Code::missing);
    }
}

}  // namespace

std::vector<Issue> checkChannelsRequest(const ChannelsRequest& request) {
    std::vector<Issue> errors;
    Checker check(errors);
    checkGoal(request.goal, check);
    checkStages(request.stages, check);
    if (!request.historyMonths)
        check.fail("historyMonths", Code::missing);
    else
        check.positive(*request.historyMonths, "historyMonths", true);
    if (request.channels.empty() || request.channels.size() > kMostChannels) check.fail("channels", Code::list_length);
    for (std::size_t i = 0; i < request.channels.size(); ++i)
        checkChannel(request.channels[i], request.stages.size() - 1, indexed("channels", i), request.budget.has_value(),
                     check);
    if (request.budget) moneyOrZero(*request.budget, "budget", check);
    return errors;
}

}  // namespace funnel
