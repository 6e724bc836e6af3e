#include "issue.h"

namespace funnel {
namespace {

struct Entry {
    Code code;
    const char* name;
    const char* en;
    const char* de;
};

constexpr Entry kEntries[] = {
    {Code::empty, "empty", "Please enter a number.", "Bitte geben Sie eine Zahl ein."},
    {Code::invalid_character, "invalid_character", "Please enter digits only, e.g. 1,000 or 12.5%.",
     "Bitte nur Ziffern eingeben, z. B. 1.000 oder 12,5 %."},
    {Code::misplaced_separator, "misplaced_separator",
     "A separator is in the wrong place. Write thousands as 1,000 and decimals as 0.5.",
     "Ein Trennzeichen steht an der falschen Stelle. Schreiben Sie Tausender mit Punkt (1.000) und Dezimalstellen mit "
     "Komma (0,5)."},
    {Code::not_finite, "not_finite", "Please enter a finite number.", "Bitte geben Sie eine endliche Zahl ein."},
    {Code::out_of_range, "out_of_range", "This number is too large to plan with.",
     "Diese Zahl ist zu groß für eine Planung."},
    {Code::not_text, "not_text", "Expected text.", "Erwartet wird Text."},
    {Code::several_numbers, "several_numbers", "Found more than one number; only one is allowed.",
     "Mehrere Zahlen erkannt \u2013 erlaubt ist nur eine."},
    {Code::wrong_unit, "wrong_unit", "This unit does not fit the field.", "Diese Einheit passt nicht zum Feld."},
    {Code::other_currency, "other_currency", "Please enter the amount in the page's currency.",
     "Bitte den Betrag in der Währung der Seite eingeben."},
    {Code::unknown_word, "unknown_word", "A word in this field does not belong to a number.",
     "Ein Wort in diesem Feld gehört nicht zu einer Zahl."},
    {Code::not_an_object, "not_an_object", "Expected an object.", "Erwartet wird ein Objekt."},
    {Code::not_an_array, "not_an_array", "Expected a list.", "Erwartet wird eine Liste."},
    {Code::missing, "missing", "This value is required.", "Dieser Wert fehlt."},
    {Code::not_a_number, "not_a_number", "Please enter a number.", "Bitte geben Sie eine Zahl ein."},
    {Code::not_whole, "not_whole", "Please enter a whole number \u2013 there's no such thing as half a lead.",
     "Bitte eine ganze Zahl eingeben \u2013 halbe Leads gibt es nicht."},
    {Code::not_positive, "not_positive", "Please enter a number greater than 0.",
     "Bitte eine Zahl größer als 0 eingeben."},
    {Code::rate_above_one, "rate_above_one", "A conversion rate cannot exceed 100%.",
     "Eine Konversionsrate kann höchstens 100 % betragen."},
    {Code::exceeds_from_count, "exceeds_from_count", "Cannot be more than the count of the stage before.",
     "Darf nicht größer sein als die Anzahl der Stufe davor."},
    {Code::stage_count, "stage_count", "A funnel has 2 to 8 stages.", "Ein Funnel hat 2 bis 8 Stufen."},
    {Code::stage_name, "stage_name", "Each stage needs a name (up to 40 characters, not just spaces).",
     "Jede Stufe braucht einen Namen aus sichtbaren Zeichen (höchstens 40)."},
    {Code::stage_name_line_break, "stage_name_line_break",
     "Stage names must fit on one line. Please remove the line break.",
     "Stufennamen müssen einzeilig sein. Bitte entfernen Sie den Zeilenumbruch."},
    {Code::conversion_count, "conversion_count", "Enter counts or a rate for each step between stages.",
     "Geben Sie für jeden Übergang zwischen zwei Stufen Zahlen oder eine Rate an."},
    {Code::conversion_kind, "conversion_kind", "Enter either the two counts or the rate.",
     "Geben Sie entweder beide Zahlen oder die Rate an."},
    {Code::goal_kind, "goal_kind", "Enter either a number of customers or a revenue goal with a deal value.",
     "Geben Sie entweder eine Kundenzahl oder einen Umsatz mit Auftragswert an."},
    {Code::too_large, "too_large", "The plan would need more than 9 quadrillion leads: check the numbers.",
     "Der Plan bräuchte mehr als 9 Billiarden Leads. Bitte prüfen Sie Ihre Eingaben."},
    {Code::confidence_range, "confidence_range", "Choose a confidence of at least 50% and less than 100%.",
     "Wählen Sie eine Sicherheit von mindestens 50 % und unter 100 %."},
    {Code::unknown_stage, "unknown_stage", "This funnel has no stage with that name.",
     "Eine Stufe mit diesem Namen gibt es in diesem Funnel nicht."},
    {Code::too_long, "too_long", "Too many entries (at most 100,000), or nested too deeply.",
     "Zu viele Einträge (höchstens 100.000) oder zu tief verschachtelt."},
    {Code::bad_month, "bad_month", "Please enter a month such as 2027-03.", "Bitte einen Monat wie 2027-03 angeben."},
    {Code::bad_date, "bad_date", "Please enter a day in that month, such as 2027-03-17.",
     "Bitte einen Tag dieses Monats angeben, z. B. 2027-03-17."},
    {Code::horizon_range, "horizon_range", "A schedule covers 1 to 36 months.",
     "Ein Zeitplan umfasst 1 bis 36 Monate."},
    {Code::all_zero, "all_zero", "At least one value must be greater than 0.",
     "Mindestens ein Wert muss größer als 0 sein."},
    {Code::list_length, "list_length", "This list does not have one value for each place.",
     "Diese Liste hat nicht für jede Stelle einen Wert."},
    {Code::negative, "negative", "Please enter a number of 0 or more.", "Bitte eine Zahl ab 0 eingeben."},
    {Code::growth_range, "growth_range", "Monthly growth must be between \u221250% and +100%.",
     "Das Wachstum pro Monat liegt zwischen \u221250 % und +100 %."},
    {Code::not_with_list, "not_with_list", "This only works with one goal number for all months.",
     "Geht nur mit einem Ziel, das für jeden Monat eine Zahl ist."},
    {Code::lag_range, "lag_range", "Please enter 0 to 1,095 days (three years).",
     "Bitte 0 bis 1.095 Tage (drei Jahre) angeben."},
    {Code::unknown_region, "unknown_region", "Enter \"de\", a German state such as \"de-BY\", or \"none\".",
     "Bitte \"de\", ein Bundesland wie \"de-BY\" oder \"none\" angeben."},
    {Code::empty_file, "empty_file", "The file is empty, or holds only a header row.",
     "Die Datei ist leer oder hat nur eine Kopfzeile."},
    {Code::no_stage_columns, "no_stage_columns",
     "No column matched any stage of your funnel: please choose which column holds each stage.",
     "Für keine Stufe Ihres Funnels wurde eine Spalte erkannt. Bitte ordnen Sie die Spalten zu."},
    {Code::not_a_date, "not_a_date", "Not a date that can be read (such as 2026-03-14, 14.03.2026 or 3/14/2026).",
     "Kein lesbares Datum (z. B. 14.03.2026, 2026-03-14 oder 3/14/2026)."},
    {Code::not_a_count, "not_a_count", "Not a valid count – use a whole number of 0 or more.",
     "Keine gültige Anzahl – erwartet wird eine ganze Zahl ab 0."},
    {Code::no_stage_date, "no_stage_date", "No stage has a date in this row, so it is not counted.",
     "Für keine Stufe ist ein Datum eingetragen; die Zeile wird nicht mitgezählt."},
    {Code::extra_cells, "extra_cells",
     "More cells than the header row – a value probably contains the delimiter without quotes.",
     "Mehr Zellen als in der Kopfzeile – vermutlich enthält ein Wert das Trennzeichen ohne Anführungszeichen."},
    {Code::unterminated_quote, "unterminated_quote",
     "The file ends inside a quoted value: a closing quotation mark is missing, so the rest of the file was read as "
     "one row.",
     "Die Datei endet innerhalb eines Werts in Anführungszeichen: Ein schließendes Anführungszeichen fehlt, daher "
     "wurde der Rest der Datei als eine Zeile gelesen."},
    {Code::duplicate_month, "duplicate_month", "A month appears more than once; its counts were added together.",
     "Ein Monat kommt in der Tabelle mehrfach vor; seine Zahlen wurden zusammengezählt."},
    {Code::not_increasing, "not_increasing",
     "This month must come after the previous one; each month may appear only once.",
     "Dieser Monat muss nach dem vorherigen liegen; jeder Monat darf nur einmal vorkommen."},
    {Code::lag_months_range, "lag_months_range", "Please enter a whole number of months from 0 to 6.",
     "Bitte ganze Monate von 0 bis 6 angeben."},
    {Code::alpha_choice, "alpha_choice", "Choose a significance level of 0.01, 0.05, or 0.10.",
     "Bitte als Signifikanzniveau 0,01; 0,05 oder 0,10 wählen."},
    {Code::unknown_team, "unknown_team", "Enter \"marketing\", \"sales\", or \"shared\".",
     "Bitte \"marketing\", \"sales\" oder \"shared\" angeben."},
    {Code::top_count_mismatch, "top_count_mismatch",
     "The number of top-stage leads must equal the starting count of the first conversion.",
     "Die Zahl der Leads auf der obersten Stufe muss mit der Ausgangszahl der ersten Konversion übereinstimmen."},
    {Code::unreachable, "unreachable", "This goal cannot be reached within the channels' ceilings.",
     "Innerhalb der Obergrenzen der Kanäle ist dieses Ziel nicht erreichbar."},
    {Code::points_range, "points_range", "Please enter whole points from \u2212100 to 100.",
     "Bitte ganze Punkte von \u2212100 bis 100 angeben."},
    {Code::sql_below_mql, "sql_below_mql", "The SQL score must be at least the MQL score.",
     "Die SQL-Schwelle muss mindestens so hoch sein wie die MQL-Schwelle."},
    {Code::hours_range, "hours_range", "Please enter whole hours from 1 to 168 (a week).",
     "Bitte ganze Stunden von 1 bis 168 (eine Woche) angeben."},
    {Code::attempts_range, "attempts_range", "Please enter a whole number of attempts from 1 to 10.",
     "Bitte eine ganze Zahl von Versuchen von 1 bis 10 angeben."},
    {Code::days_range, "days_range", "Please enter whole working days from 1 to 30.",
     "Bitte ganze Arbeitstage von 1 bis 30 angeben."},
    {Code::term_range, "term_range", "Please enter a term of whole months from 1 to 36.",
     "Bitte eine Laufzeit in ganzen Monaten von 1 bis 36 angeben."},
    {Code::invalid_email, "invalid_email", "Please enter an e-mail address such as name@company.com.",
     "Bitte eine E-Mail-Adresse wie name@firma.de angeben."},
    {Code::consent_required, "consent_required", "Please tick the box to agree before sending.",
     "Bitte stimmen Sie zu, indem Sie das Kästchen ankreuzen, bevor Sie absenden."},
    {Code::bad_endpoint, "bad_endpoint",
     "The planner's sending is not set up correctly: the host must give a HubSpot portal and form ID, an https "
     "address or an e-mail address.",
     "Das Senden ist auf dieser Seite nicht richtig eingerichtet: Es fehlt eine HubSpot-Portal- und Formular-ID, "
     "eine https-Adresse oder eine E-Mail-Adresse."},
    {Code::small_sample, "small_sample",
     "Based on fewer than 30 leads, this rate is only a rough estimate \u2013 look at its range, not just the value.",
     "Weniger als 30 Leads als Basis: Diese Rate ist nur grob geschätzt, achten Sie auf die Spanne."},
    {Code::maturing, "maturing",
     "Leads from recent months may still convert: the rate reflects where they stand today, so it may be too low.",
     "Leads aus den letzten Monaten können noch konvertieren. Die Rate spiegelt nur den heutigen Stand und fällt daher "
     "eher zu niedrig aus."},
    {Code::negative_lags, "negative_lags",
     "Some contacts reached a later stage before an earlier one; they are left out of the time between stages.",
     "Bei einigen Kontakten liegt das Datum der späteren Stufe vor dem der früheren; sie fließen nicht in die Dauer "
     "ein."},
    {Code::no_cost, "no_cost",
     "This channel cost nothing in the months your numbers cover, so it is used first, up to its ceiling. Without a "
     "ceiling it covers the whole goal on paper: enter the most leads it can deliver per month.",
     "Dieser Kanal hat im Zeitraum Ihrer Zahlen nichts gekostet und wird daher zuerst genutzt, bis zu seiner "
     "Obergrenze. "
     "Ohne Obergrenze deckt er rechnerisch das ganze Ziel: Tragen Sie ein, wie viele Leads er pro Monat höchstens "
     "liefern kann."},
    {Code::no_customers, "no_customers",
     "This channel brought no customers in the months your numbers cover. Without a cost per customer it gets no "
     "budget in the recommended mix \u2013 with long sales cycles, the period may simply be too short.",
     "Dieser Kanal hat im Zeitraum Ihrer Zahlen keine Kunden gebracht. Ohne Kosten pro Kunde bekommt er im empfohlenen "
     "Mix kein Budget \u2013 bei langen Verkaufszyklen ist der Zeitraum dafür vielleicht zu kurz."},
};

const Entry& entryFor(Code code) {
    for (const auto& entry : kEntries) {
        if (entry.code == code) return entry;
    }
    return kEntries[0];
}

}  // namespace

Locale localeFromTag(std::string_view tag) { return tag == "de" ? Locale::de : Locale::en; }

const char* codeName(Code code) { return entryFor(code).name; }

const char* message(Code code, Locale locale) {
    const Entry& entry = entryFor(code);
    return locale == Locale::de ? entry.de : entry.en;
}

}  // namespace funnel
