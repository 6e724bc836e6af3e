#include "funnel.h"

#include "field_path.h"
#include "request_check.h"
#include "unicode_text.h"

namespace funnel {

void checkStages(const std::vector<std::string>& stages, Checker& check) {
    const std::size_t stageCount = stages.size();
    if (!stageCountFits(stageCount)) check.fail("stages", Code::stage_count);
    for (std::size_t i = 0; i < stageCount; ++i) {
        // A name of only invisible characters (a no-break or zero-width space)
        // looks empty on screen and in every export: it is no name.
        const TextShape name = shapeOf(stages[i]);
        if (name.lineBreak)
            check.fail(indexed("stages", i), Code::stage_name_line_break);
        else if (!name.visible || name.characters > kMaxStageNameLength)
            check.fail(indexed("stages", i), Code::stage_name);
    }
}

void checkFunnel(const std::vector<std::string>& stages, const std::vector<ConversionInput>& conversions,
                 Checker& check) {
    checkStages(stages, check);
    const std::size_t stageCount = stages.size();
    if (conversions.size() + 1 != stageCount) check.fail("conversions", Code::conversion_count);
    for (std::size_t i = 0; i < conversions.size(); ++i) {
        const ConversionInput& conversion = conversions[i];
        const std::string path = indexed("conversions", i);
        if (!conversion.fromCounts) {
            if (check.positive(conversion.rate, member(path, "rate"), false) && conversion.rate > 1) {
                check.fail(member(path, "rate"), Code::rate_above_one);
            }
            continue;
        }
        const bool fromOk = check.whole(conversion.fromCount, member(path, "fromCount"));
        const bool toOk = check.whole(conversion.toCount, member(path, "toCount"));
        if (fromOk && toOk && conversion.toCount > conversion.fromCount) {
            check.fail(member(path, "toCount"), Code::exceeds_from_count);
        }
    }
}

Value funnelRules() {
    Value stages = Value::array();
    for (const std::string& name : defaultStages()) stages.push(Value::of(name));
    return Value::object()
        .set("minStages", Value::of(static_cast<double>(kMinStages)))
        .set("maxStages", Value::of(static_cast<double>(kMaxStages)))
        .set("maxStageNameLength", Value::of(static_cast<double>(kMaxStageNameLength)))
        .set("defaultStages", std::move(stages));
}

}  // namespace funnel
