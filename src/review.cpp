#include "review.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "calendar.h"
#include "field_path.h"
#include "plan.h"  // isWholeCount
#include "rate_change.h"
#include "request_check.h"
#include "review_advice.h"

namespace funnel {
namespace {

constexpr std::size_t kMostMonths = 60;
constexpr double kLongestLag = 6;
constexpr double kMissBy = 0.10;  // a stage whose latest month misses its target by more than this is a finding

void checkCounts(const std::vector<double>& counts, std::size_t stages, const std::string& path,
                 std::vector<Issue>& errors) {
    if (counts.size() != stages) errors.push_back({path, Code::list_length});
    for (std::size_t j = 0; j < counts.size(); ++j)
        if (std::isnan(counts[j]))
            errors.push_back({indexed(path, j), Code::missing});  // null: a cell left empty
        else if (!isWholeCount(counts[j]))
            errors.push_back({indexed(path, j), counts[j] < 0 ? Code::negative : Code::not_whole});
}

void checkMonths(const std::vector<ReviewMonth>& months, std::size_t stages, const char* list,
                 std::vector<Issue>& errors) {
    std::optional<MonthIndex> previous;
    for (std::size_t i = 0; i < months.size(); ++i) {
        const std::string path = indexed(list, i);
        const auto month = parseMonth(months[i].month);
        if (!month)
            errors.push_back({member(path, "month"), Code::bad_month});
        else if (previous && *month <= *previous)
            errors.push_back({member(path, "month"), Code::not_increasing});
        if (month) previous = month;
        checkCounts(months[i].counts, stages, member(path, "counts"), errors);
    }
}

std::vector<Issue> checkReview(const ReviewRequest& request) {
    std::vector<Issue> errors;
    const std::size_t stages = request.stages.size();
    if (stages < kMinStages || stages > kMaxStages) {
        errors.push_back({"stages", Code::stage_count});
        return errors;
    }
    const std::size_t conversions = stages - 1;
    if (request.months.empty() || request.months.size() > kMostMonths) errors.push_back({"months", Code::list_length});
    checkMonths(request.months, stages, "months", errors);
    if (!request.lagMonths.empty() && request.lagMonths.size() != conversions)
        errors.push_back({"lagMonths", Code::list_length});
    for (std::size_t s = 0; s < request.lagMonths.size(); ++s) {
        const double lag = request.lagMonths[s];
        if (!(lag >= 0 && lag <= kLongestLag && std::floor(lag) == lag))
            errors.push_back({indexed("lagMonths", s), Code::lag_months_range});
    }
    if (request.alpha != 0.01 && request.alpha != 0.05 && request.alpha != 0.1)
        errors.push_back({"alpha", Code::alpha_choice});
    if (!request.baseline.empty() && request.baseline.size() != conversions)
        errors.push_back({"baseline", Code::list_length});
    for (std::size_t s = 0; s < request.baseline.size(); ++s) {
        const ConversionInput& conversion = request.baseline[s];
        const std::string path = indexed("baseline", s);
        if (!conversion.fromCounts)
            errors.push_back({path, Code::conversion_kind});
        else if (!isWholeCount(conversion.fromCount))
            errors.push_back({member(path, "fromCount"), Code::not_whole});
        else if (!isWholeCount(conversion.toCount))
            errors.push_back({member(path, "toCount"), Code::not_whole});
        else if (conversion.toCount > conversion.fromCount)
            errors.push_back({member(path, "toCount"), Code::exceeds_from_count});
    }
    if (!request.reference.empty() && request.reference.size() != conversions)
        errors.push_back({"reference", Code::list_length});
    for (std::size_t s = 0; s < request.reference.size(); ++s) {
        const ConversionInput& conversion = request.reference[s];
        const std::string path = indexed("reference", s);
        if (!conversion.fromCounts) {
            if (!(conversion.rate > 0))
                errors.push_back({member(path, "rate"), Code::not_positive});
            else if (conversion.rate > 1)
                errors.push_back({member(path, "rate"), Code::rate_above_one});
        } else if (!isWholeCount(conversion.fromCount) || conversion.fromCount == 0) {
            errors.push_back({member(path, "fromCount"), Code::not_whole});
        } else if (!isWholeCount(conversion.toCount)) {
            errors.push_back({member(path, "toCount"), Code::not_whole});
        } else if (conversion.toCount > conversion.fromCount) {
            errors.push_back({member(path, "toCount"), Code::exceeds_from_count});
        }
    }
    if (!request.targetPerMonth.empty()) checkCounts(request.targetPerMonth, stages, "targets", errors);
    checkMonths(request.targets, stages, "targets", errors);
    if (!request.owners.empty() && request.owners.size() != conversions)
        errors.push_back({"owners", Code::list_length});
    for (std::size_t s = 0; s < request.owners.size(); ++s) {
        const std::string& owner = request.owners[s];
        if (owner != "marketing" && owner != "sales" && owner != "shared")
            errors.push_back({indexed("owners", s), Code::unknown_team});
    }
    return errors;
}

Team ownerOf(const ReviewRequest& request, std::size_t s, std::size_t conversions) {
    if (!request.owners.empty()) {
        const std::string& owner = request.owners[s];
        return owner == "marketing" ? Team::marketing : owner == "sales" ? Team::sales : Team::shared;
    }
    if (conversions == 1) return Team::shared;  // one step: both teams' (a choice, docs/api.md)
    return s == 0 ? Team::marketing : s + 1 == conversions ? Team::sales : Team::shared;
}

// One window: the latest `length` months with a rate against the baseline (given, or the months before).
RateWindow windowOf(const ReviewRequest& request, std::size_t s, const std::vector<RateMonth>& rated, int length) {
    RateWindow window;
    window.length = length;
    if (static_cast<int>(rated.size()) < length) return window;  // insufficient
    const std::size_t first = rated.size() - static_cast<std::size_t>(length);
    double k = 0;
    double n = 0;
    for (std::size_t i = first; i < rated.size(); ++i) {
        k += *rated[i].k;
        n += *rated[i].n;
    }
    window.k = k;
    window.n = n;
    window.rate = k / n;
    double bk = 0;
    double bn = 0;
    if (!request.baseline.empty()) {
        bk = request.baseline[s].toCount;
        bn = request.baseline[s].fromCount;
    } else {
        for (std::size_t i = 0; i < first; ++i) {
            bk += *rated[i].k;
            bn += *rated[i].n;
        }
    }
    if (bn <= 0) return window;  // insufficient: no baseline
    window.baselineK = bk;
    window.baselineN = bn;
    window.baselineRate = bk / bn;
    if (k > n || bk > bn) {
        window.status = RateStatus::not_comparable;
        return window;
    }
    window.difference = *window.rate - *window.baselineRate;
    const RateInterval interval = newcombeDifference(k, n, bk, bn);
    window.low = interval.low;
    window.high = interval.high;
    window.pValue = fisherTwoSided(static_cast<std::uint64_t>(k), static_cast<std::uint64_t>(n),
                                   static_cast<std::uint64_t>(bk), static_cast<std::uint64_t>(bn));
    const bool significant = *window.pValue < request.alpha;
    window.status = !significant ? RateStatus::stable : *window.difference < 0 ? RateStatus::drop : RateStatus::rise;
    if (significant && *window.difference == 0) window.status = RateStatus::stable;
    return window;
}

}  // namespace

const char* teamName(Team team) {
    return team == Team::marketing ? "marketing" : team == Team::sales ? "sales" : "shared";
}

const char* statusName(RateStatus status) {
    switch (status) {
        case RateStatus::not_comparable:
            return "not_comparable";
        case RateStatus::drop:
            return "drop";
        case RateStatus::rise:
            return "rise";
        case RateStatus::stable:
            return "stable";
        default:
            return "insufficient";
    }
}

ReviewResult review(const ReviewRequest& request) {
    ReviewResult result;
    result.errors = checkReview(request);
    if (!result.errors.empty()) return result;
    result.ok = true;
    const std::size_t stages = request.stages.size();
    const std::size_t conversions = stages - 1;
    std::map<MonthIndex, const std::vector<double>*> byMonth;
    for (const ReviewMonth& month : request.months) byMonth[*parseMonth(month.month)] = &month.counts;

    for (std::size_t s = 0; s < conversions; ++s) {
        ReviewConversion conversion;
        conversion.from = request.stages[s];
        conversion.to = request.stages[s + 1];
        conversion.owner = ownerOf(request, s, conversions);
        if (!request.reference.empty()) {
            const ConversionInput& plan = request.reference[s];
            conversion.reference = plan.fromCounts ? plan.toCount / plan.fromCount : plan.rate;
        }
        const int lag = request.lagMonths.empty() ? 0 : static_cast<int>(request.lagMonths[s]);
        std::vector<RateMonth> rated;
        for (const ReviewMonth& month : request.months) {
            RateMonth rate;
            rate.month = month.month;
            rate.n = month.counts[s];
            const auto later = byMonth.find(*parseMonth(month.month) + lag);
            if (later != byMonth.end()) rate.k = (*later->second)[s + 1];
            if (rate.k && *rate.n > 0) {
                rate.rate = *rate.k / *rate.n;
                if (*rate.k <= *rate.n) {
                    const RateInterval interval = wilsonInterval(*rate.k, *rate.n);
                    rate.low = interval.low;
                    rate.high = interval.high;
                }
                rated.push_back(rate);
            }
            conversion.months.push_back(rate);
        }
        for (const int length : {1, 3}) conversion.windows.push_back(windowOf(request, s, rated, length));
        result.conversions.push_back(std::move(conversion));
    }

    std::map<MonthIndex, const std::vector<double>*> targetsByMonth;
    for (const ReviewMonth& month : request.targets) targetsByMonth[*parseMonth(month.month)] = &month.counts;
    for (std::size_t s = 0; s < stages; ++s) {
        ReviewVolume volume;
        volume.name = request.stages[s];
        for (const ReviewMonth& month : request.months) {
            VolumeMonth entry;
            entry.month = month.month;
            entry.actual = month.counts[s];
            if (!request.targetPerMonth.empty()) entry.target = request.targetPerMonth[s];
            if (const auto found = targetsByMonth.find(*parseMonth(month.month)); found != targetsByMonth.end())
                entry.target = (*found->second)[s];
            if (entry.target && *entry.target > 0) entry.gap = entry.actual / *entry.target - 1;
            volume.months.push_back(entry);
        }
        result.volumes.push_back(std::move(volume));
    }

    // Findings: each conversion's most significant change, then each stage that missed its latest target.
    std::vector<std::pair<double, Finding>> rates;  // (p, finding)
    for (std::size_t s = 0; s < conversions; ++s) {
        const ReviewConversion& conversion = result.conversions[s];
        const RateWindow* strongest = nullptr;
        for (const RateWindow& window : conversion.windows) {
            if (window.status != RateStatus::drop && window.status != RateStatus::rise) continue;
            if (!strongest || *window.pValue <= *strongest->pValue) strongest = &window;
        }
        if (!strongest) continue;
        Finding finding;
        finding.kind = strongest->status == RateStatus::drop ? "drop" : "rise";
        const VolumeMonth& latest = result.volumes[s].months.back();
        if (finding.kind == "rise" && latest.gap && *latest.gap < -kMissBy) finding.kind = "fewer_but_better";
        finding.severity = *strongest->pValue < request.alpha / 10 ? "high" : "medium";
        finding.team = finding.kind == "fewer_but_better" ? Team::shared : conversion.owner;
        finding.conversion = static_cast<int>(s);
        finding.message = rateMessage(conversion.from, conversion.to, *strongest, request.locale);
        finding.advice = adviceFor(finding.kind, finding.team, request.locale);
        rates.emplace_back(*strongest->pValue - std::fabs(*strongest->difference) * 1e-12, std::move(finding));
    }
    std::stable_sort(rates.begin(), rates.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [p, finding] : rates) result.findings.push_back(std::move(finding));
    std::vector<std::pair<double, Finding>> volumes;
    for (std::size_t s = 0; s < stages; ++s) {
        const VolumeMonth& latest = result.volumes[s].months.back();
        if (!latest.gap || *latest.gap >= -kMissBy) continue;
        Finding finding;
        finding.kind = "below_target";
        finding.severity = *latest.gap < -0.25 ? "high" : "medium";
        finding.team = ownerOf(request, s == 0 ? 0 : s - 1, conversions);
        finding.stage = static_cast<int>(s);
        finding.message = volumeMessage(request.stages[s], latest, request.locale);
        finding.advice = adviceFor(finding.kind, finding.team, request.locale);
        volumes.emplace_back(*latest.gap, std::move(finding));
    }
    std::stable_sort(volumes.begin(), volumes.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [gap, finding] : volumes) result.findings.push_back(std::move(finding));
    return result;
}

}  // namespace funnel
