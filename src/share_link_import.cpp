#include "share_link_import.h"

#include <cmath>
#include <vector>

#include "calendar.h"
#include "plan.h"  // isWholeCount

namespace funnel::link {
namespace {

constexpr std::size_t kMostMonths = 120;
constexpr std::size_t kMostChannels = 100;
constexpr std::size_t kMostStages = 8;

using Table = std::vector<std::vector<double>>;  // [stage][month]

// "1200:1100,300:250": a list per stage, months separated by ':'. Whole counts only, every list as long.
std::optional<Table> readTable(std::string_view text) {
    Table table;
    for (const auto stage : split(text, ',')) {
        std::vector<double> months;
        for (const auto cell : split(stage, ':')) {
            double count = 0;
            if (!readNumber(cell, count) || !isWholeCount(count)) return std::nullopt;
            months.push_back(count);
        }
        if (!table.empty() && months.size() != table[0].size()) return std::nullopt;
        table.push_back(std::move(months));
    }
    if (table.empty() || table.size() > kMostStages || table[0].empty() || table[0].size() > kMostMonths)
        return std::nullopt;
    return table;
}

Value tableValue(const Table& table) {
    Value stages = Value::array();
    for (const auto& months : table) {
        Value list = Value::array();
        for (double count : months) list.push(Value::of(count));
        stages.push(std::move(list));
    }
    return stages;
}

// The table of a Value ([[number]]), or nothing when it is no such table.
std::optional<Table> tableOf(const Value* value) {
    if (!value || !value->is(Value::Kind::array) || value->items.empty() || value->items.size() > kMostStages)
        return std::nullopt;
    Table table;
    for (const Value& stage : value->items) {
        if (!stage.is(Value::Kind::array) || stage.items.empty() || stage.items.size() > kMostMonths)
            return std::nullopt;
        std::vector<double> months;
        for (const Value& count : stage.items) {
            if (!isNumber(&count) || !isWholeCount(count.number)) return std::nullopt;
            months.push_back(count.number);
        }
        if (!table.empty() && months.size() != table[0].size()) return std::nullopt;
        table.push_back(std::move(months));
    }
    return table;
}

// The last `months` of each stage's list, spelled as the link does.
std::string spell(const Table& table, std::size_t months) {
    std::string out;
    for (std::size_t s = 0; s < table.size(); ++s) {
        if (s > 0) out += ',';
        const std::size_t from = table[s].size() - months;
        for (std::size_t m = from; m < table[s].size(); ++m) {
            if (m > from) out += ':';
            out += writeNumber(table[s][m]);
        }
    }
    return out;
}

}  // namespace

void readImported(const std::optional<std::string_view>& first, const std::optional<std::string_view>& counts,
                  const std::optional<std::string_view>& channels, const std::optional<std::string_view>& cut,
                  Value& state, Notices& notices) {
    if (!first && !counts && !channels) return;
    const auto month = first ? parseMonth(*first) : std::nullopt;
    const auto table = counts ? readTable(*counts) : std::nullopt;
    if (!month || !table) return notices.add("imported", kUnreadable);
    Value imported = Value::object().set("first", Value::of(monthText(*month))).set("counts", tableValue(*table));
    Value list = Value::array();
    if (channels) {
        const auto items = split(*channels, '!');
        for (std::size_t i = 0; i < items.size() && i < kMostChannels; ++i) {
            const auto tilde = items[i].find('~');
            std::string name;
            const auto channelTable =
                tilde == std::string_view::npos ? std::nullopt : readTable(items[i].substr(tilde + 1));
            if (!channelTable || !percentDecode(items[i].substr(0, tilde), name) ||
                (*channelTable)[0].size() != (*table)[0].size() || channelTable->size() != table->size()) {
                notices.add("imported.channels", kUnreadable);
                continue;
            }
            list.push(Value::object().set("name", Value::of(std::move(name))).set("counts", tableValue(*channelTable)));
        }
    }
    imported.set("channels", std::move(list));
    if (cut) {
        imported.set("cut", Value::object()
                                .set("channels", Value::of(cut->find('c') != std::string_view::npos))
                                .set("months", Value::of(cut->find('m') != std::string_view::npos)));
    }
    state.set("imported", std::move(imported));
}

void appendImported(std::string& out, const Value& imported, std::size_t room) {
    const Value* first = imported.find("first");
    const auto start = first && first->is(Value::Kind::string) ? parseMonth(first->string) : std::nullopt;
    const auto table = tableOf(imported.find("counts"));
    if (!start || !table) return;
    std::vector<std::pair<std::string, Table>> channels;
    if (const Value* list = imported.find("channels"); list && list->is(Value::Kind::array)) {
        for (const Value& channel : list->items) {
            const Value* name = channel.find("name");
            const auto counts = tableOf(channel.find("counts"));
            if (name && name->is(Value::Kind::string) && counts && counts->size() == table->size() &&
                (*counts)[0].size() == (*table)[0].size() && channels.size() < kMostChannels)
                channels.emplace_back(name->string, *counts);
        }
    }
    const std::size_t months = (*table)[0].size();
    // The whole part for the latest `keep` months, with or without the channels.
    const auto part = [&](std::size_t keep, bool withChannels) {
        std::string text =
            "&im=" + monthText(*start + static_cast<MonthIndex>(months - keep)) + "&ic=" + spell(*table, keep);
        if (withChannels && !channels.empty()) {
            text += "&ik=";
            for (std::size_t i = 0; i < channels.size(); ++i) {
                if (i > 0) text += '!';
                text += percentEncode(channels[i].first) + '~' + spell(channels[i].second, keep);
            }
        }
        const bool lessChannels = !withChannels && !channels.empty();
        if (lessChannels || keep < months)
            text += std::string("&it=") + (lessChannels ? "c" : "") + (keep < months ? "m" : "");
        return text;
    };
    std::string text = part(months, true);
    if (text.size() > room) text = part(months, false);
    for (std::size_t keep = months; text.size() > room && keep > 1;) text = part(--keep, false);
    if (text.size() <= room) out += text;
}

}  // namespace funnel::link
