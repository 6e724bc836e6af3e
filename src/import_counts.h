// What the import keeps while it reads (import.cpp): counts per stage and
// month, kept sparse; each record's day per stage; and the statistics of the
// days between two stages.
#pragma once

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdint>
#include <map>
#include <optional>
#include <vector>

#include "calendar.h"
#include "import.h"

namespace funnel {

constexpr int kNoDay = INT_MIN;

inline MonthIndex monthOfDay(int day) {
    const Date date = dateFromDays(day);
    return date.year * 12 + date.month - 1;
}

// Counts per stage per month, kept sparse while reading.
class MonthCounts {
public:
    explicit MonthCounts(std::size_t stages) : stages_(stages) {}
    void add(std::size_t stage, MonthIndex month, std::uint64_t count = 1) {
        auto& row = byMonth_[month];
        if (row.empty()) row.assign(stages_, 0);
        row[stage] += count;
    }
    bool has(MonthIndex month) const { return byMonth_.count(month) > 0; }
    std::uint64_t at(std::size_t stage, MonthIndex month) const {
        const auto found = byMonth_.find(month);
        return found == byMonth_.end() ? 0 : found->second[stage];
    }
    // [stage][month] from `first`, `months` long.
    std::vector<std::vector<std::uint64_t>> dense(MonthIndex first, std::size_t months) const {
        std::vector<std::vector<std::uint64_t>> out(stages_, std::vector<std::uint64_t>(months, 0));
        for (const auto& [month, row] : byMonth_)
            for (std::size_t s = 0; s < stages_; ++s) out[s][static_cast<std::size_t>(month - first)] = row[s];
        return out;
    }
    std::optional<MonthIndex> first() const {
        return byMonth_.empty() ? std::nullopt : std::optional(byMonth_.begin()->first);
    }
    std::optional<MonthIndex> last() const {
        return byMonth_.empty() ? std::nullopt : std::optional(byMonth_.rbegin()->first);
    }

private:
    std::size_t stages_;
    std::map<MonthIndex, std::vector<std::uint64_t>> byMonth_;
};

// The records: one row per lead, a day number per stage (kNoDay for none),
// and whether it was filled in from a later stage.
struct Records {
    std::size_t stages = 0;
    std::vector<int> days;
    std::vector<std::uint8_t> filled;
    int day(std::size_t record, std::size_t stage) const { return days[record * stages + stage]; }
    bool wasFilled(std::size_t record, std::size_t stage) const { return filled[record * stages + stage] != 0; }
    std::size_t size() const { return stages ? days.size() / stages : 0; }
};

// Median, mean and the 80th percentile (nearest rank) of days >= 0.
inline LagStats lagStats(std::vector<int> days) {
    LagStats stats;
    stats.count = days.size();
    if (days.empty()) return stats;
    std::sort(days.begin(), days.end());
    const std::size_t n = days.size();
    stats.median = n % 2 ? days[n / 2] : (days[n / 2 - 1] + days[n / 2]) / 2.0;
    double sum = 0;
    for (int d : days) sum += d;
    stats.mean = sum / static_cast<double>(n);
    stats.p80 = days[static_cast<std::size_t>(std::ceil(0.8 * static_cast<double>(n))) - 1];
    return stats;
}

}  // namespace funnel
