// Errors and warnings are values: a field path, a stable code and a message
// in the page's language. Nothing in the core throws.
#pragma once

#include <string>
#include <string_view>

namespace funnel {

enum class Locale { en, de };

// "de" and "en"; anything else is English, the lingua franca of an API.
Locale localeFromTag(std::string_view tag);

enum class Code {
    // Reading text a person typed.
    empty,
    invalid_character,
    misplaced_separator,
    not_finite,
    out_of_range,
    not_text,
    several_numbers,
    wrong_unit,
    other_currency,
    unknown_word,
    // Checking a plan's input.
    not_an_object,
    not_an_array,
    missing,
    not_a_number,
    not_whole,
    not_positive,
    rate_above_one,
    exceeds_from_count,
    stage_count,
    stage_name,
    stage_name_line_break,
    conversion_count,
    conversion_kind,
    goal_kind,
    too_large,
    confidence_range,
    unknown_stage,
    too_long,
    // Checking a schedule's or a pace's input.
    bad_month,
    bad_date,
    horizon_range,
    all_zero,
    list_length,
    negative,
    growth_range,
    not_with_list,
    lag_range,
    unknown_region,
    // Reading an imported file (import.h): a row's problem, or the file's.
    empty_file,
    no_stage_columns,
    not_a_date,
    not_a_count,
    no_stage_date,
    extra_cells,
    unterminated_quote,
    duplicate_month,
    // Checking a KPI review's input (review.h).
    not_increasing,
    lag_months_range,
    alpha_choice,
    unknown_team,
    // Checking the channels' input (channels.h).
    top_count_mismatch,
    unreachable,
    // Checking a lead score's input (scoring.h).
    points_range,
    sql_below_mql,
    // Checking the SLA's service levels (handoff.h).
    hours_range,
    attempts_range,
    days_range,
    term_range,
    // Checking a lead's contact (lead.h).
    invalid_email,
    consent_required,
    bad_endpoint,
    // Warnings.
    small_sample,
    maturing,
    negative_lags,
    no_cost,
    no_customers,
};

// The stable identifier, e.g. "not_whole".
const char* codeName(Code code);
// One sentence a marketing lead understands, to show next to the field.
const char* message(Code code, Locale locale);

struct Issue {
    std::string field;  // a path such as "conversions[0].toCount"
    Code code;
};

}  // namespace funnel
