#include "import_answer.h"

#include "answer_value.h"
#include "field_path.h"
#include "import.h"
#include "request_decode.h"

namespace funnel {
namespace {

using Kind = Value::Kind;

Value number(double n) { return Value::of(n); }

template <typename T, typename Each>
Value listOf(const std::vector<T>& items, Each each) {
    Value list = Value::array();
    for (const T& item : items) list.push(each(item));
    return list;
}

// The request, or the errors that say what in it is not one.
ImportRequest decode(const Value& input, std::vector<Issue>& errors) {
    ImportRequest request;
    if (!input.is(Kind::object)) {
        errors.push_back({"", Code::not_an_object});
        return request;
    }
    const auto text = [&](const char* key, std::optional<std::string>& out) {
        if (const Value* value = given(input, key)) {
            if (value->is(Kind::string))
                out = value->string;
            else
                errors.push_back({key, Code::not_text});
        }
    };
    const Value* bytes = given(input, "bytes");
    if (!bytes || !bytes->is(Kind::string))
        errors.push_back({"bytes", bytes ? Code::not_text : Code::missing});
    else
        request.bytes = bytes->string;
    if (const Value* locale = given(input, "locale"); locale && locale->is(Kind::string))
        request.locale = localeFromTag(locale->string);
    if (const Value* stages = given(input, "stages")) {
        if (!stages->is(Kind::array)) {
            errors.push_back({"stages", Code::not_an_array});
        } else {
            request.stages.clear();
            for (std::size_t i = 0; i < stages->items.size(); ++i) {
                if (!stages->items[i].is(Kind::string)) errors.push_back({indexed("stages", i), Code::stage_name});
                request.stages.push_back(stages->items[i].string);
            }
        }
    }
    text("today", request.today);
    text("end", request.end);
    if (const Value* window = given(input, "windowMonths"))
        request.windowMonths = window->is(Kind::number) ? window->number : -1;
    if (const Value* skip = given(input, "skipMonths")) request.skipMonths = skip->is(Kind::number) ? skip->number : -1;
    if (const Value* mapping = given(input, "mapping")) {
        ColumnMapping columns;
        const Value* shape = mapping->find("shape");
        columns.shape = shape && shape->is(Kind::string) && shape->string == "monthly" ? ImportShape::monthly
                                                                                       : ImportShape::records;
        const auto column = [&](const Value* value) {
            return value && value->is(Kind::number) && value->number >= -1 && value->number < 1e6
                       ? static_cast<int>(value->number)
                       : -1;
        };
        columns.month = column(mapping->find("month"));
        columns.channel = column(mapping->find("channel"));
        if (const Value* stages = mapping->find("stages"); stages && stages->is(Kind::array))
            for (const Value& item : stages->items) columns.stages.push_back(column(&item));
        columns.certain = true;
        request.mapping = columns;
    }
    return request;
}

Value countsValue(const std::vector<std::vector<std::uint64_t>>& counts) {
    return listOf(counts, [](const std::vector<std::uint64_t>& stage) {
        return listOf(stage, [](std::uint64_t count) { return number(static_cast<double>(count)); });
    });
}

}  // namespace

Value importValue(const Value& input) {
    std::vector<Issue> errors;
    const ImportRequest request = decode(input, errors);
    if (!errors.empty()) {
        return Value::object().set("ok", Value::of(false)).set("errors", issuesValue(errors, request.locale));
    }
    const ImportResult result = importFile(request);
    const Locale locale = request.locale;
    if (!result.ok)
        return Value::object().set("ok", Value::of(false)).set("errors", issuesValue(result.errors, locale));
    const ColumnMapping& mapping = result.mapping;
    return Value::object()
        .set("ok", Value::of(true))
        .set("encoding", Value::of(result.encoding))
        .set("delimiter", Value::of(std::string(1, result.delimiter)))
        .set("header", listOf(result.header, [](const std::string& name) { return Value::of(name); }))
        .set("mapping", Value::object()
                            .set("shape", Value::of(mapping.shape == ImportShape::monthly ? "monthly" : "records"))
                            .set("month", number(mapping.month))
                            .set("stages", listOf(mapping.stages, [](int column) { return number(column); }))
                            .set("channel", number(mapping.channel))
                            .set("certain", Value::of(mapping.certain)))
        .set("months", listOf(result.months, [](const std::string& month) { return Value::of(month); }))
        .set("counts", countsValue(result.counts))
        .set("channels", listOf(result.channels,
                                [](const ImportChannel& channel) {
                                    return Value::object()
                                        .set("name", Value::of(channel.name))
                                        .set("counts", countsValue(channel.counts));
                                }))
        .set("history", listOf(result.history,
                               [](const HistoryConversion& conversion) {
                                   return Value::object()
                                       .set("fromCount", number(static_cast<double>(conversion.fromCount)))
                                       .set("toCount", number(static_cast<double>(conversion.toCount)))
                                       .set("first", Value::of(conversion.first))
                                       .set("last", Value::of(conversion.last))
                                       .set("months", number(conversion.months))
                                       .set("skipped", number(conversion.skipped))
                                       .set("maturing", Value::of(conversion.maturing));
                               }))
        .set("historyMonths", numberOrNull(result.historyMonths))
        .set("lags", listOf(result.lags,
                            [](const LagStats& lag) {
                                return Value::object()
                                    .set("count", number(static_cast<double>(lag.count)))
                                    .set("negative", number(static_cast<double>(lag.negative)))
                                    .set("median", numberOrNull(lag.median))
                                    .set("mean", numberOrNull(lag.mean))
                                    .set("p80", numberOrNull(lag.p80));
                            }))
        .set("report", Value::object()
                           .set("rowsRead", number(static_cast<double>(result.rowsRead)))
                           .set("rowsUsed", number(static_cast<double>(result.rowsUsed)))
                           .set("skippedCount", number(static_cast<double>(result.skippedCount)))
                           .set("skipped", listOf(result.skipped,
                                                  [&](const SkippedRow& row) {
                                                      return Value::object()
                                                          .set("line", number(static_cast<double>(row.line)))
                                                          .set("code", Value::of(codeName(row.code)))
                                                          .set("message", Value::of(message(row.code, locale)))
                                                          .set("column", number(row.column))
                                                          .set("text", Value::of(row.text));
                                                  }))
                           .set("firstDate", Value::of(result.firstDate))
                           .set("lastDate", Value::of(result.lastDate)))
        .set("warnings", issuesValue(result.warnings, locale));
}

}  // namespace funnel
