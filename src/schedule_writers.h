// How the schedule's and the pacing's answers are written (schedule.h,
// pace.h), with the helpers and rules of answer_writers.h. Used by api.cpp only.
#pragma once

#include "answer_writers.h"
#include "pace.h"
#include "schedule.h"

namespace funnel::answers {

template <typename Out>
void write(Out& out, const ScheduleResult& result, Locale locale) {
    if (!result.ok) return writeFailure(out, result.errors, locale);
    out.object();
    putBoolean(out, Key::ok, true);
    putTexts(out, Key::months, result.months);
    put(out, Key::leadMonths, static_cast<double>(result.leadMonths));
    putList(out, Key::stages, result.stages, [&](const ScheduleStage& stage) {
        put(out, Key::name, stage.name);
        putWholes(out, Key::perMonth, stage.perMonth);
        putWhole(out, Key::total, stage.total);
    });
    putWholes(out, Key::customers, result.customers);
    writeIssues(out, Key::warnings, result.warnings, locale);
    out.close();
}

template <typename Out>
void write(Out& out, const PaceResult& result, Locale locale) {
    if (!result.ok) return writeFailure(out, result.errors, locale);
    out.object();
    putBoolean(out, Key::ok, true);
    put(out, Key::elapsed, static_cast<double>(result.elapsed));
    put(out, Key::total, static_cast<double>(result.total));
    put(out, Key::remaining, static_cast<double>(result.remaining));
    putTexts(out, Key::holidays, result.holidays);
    putList(out, Key::stages, result.stages, [&](const StagePace& stage) {
        put(out, Key::name, stage.name);
        put(out, Key::target, stage.target);
        put(out, Key::actual, stage.actual);
        put(out, Key::expected, stage.expected);
        put(out, Key::delta, stage.delta);
        put(out, Key::projected, stage.projected);
        put(out, Key::neededPerDay, stage.neededPerDay);
        out.key(Key::onTrack);
        if (stage.onTrack)
            out.boolean(*stage.onTrack);
        else
            out.null();
    });
    out.close();
}

}  // namespace funnel::answers
