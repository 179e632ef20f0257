// The indicator results as every output format sees them: what the indicators
// compute (src/indicator/) and what the renderers print (src/report/) meet here.
#pragma once

#include "kpi/calendar.h"
#include "kpi/extract.h"
#include "kpi/provenance.h"
#include "kpi/settings.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kpi {

enum class Unit : std::uint8_t { count, percent };
enum class Polarity : std::uint8_t { higher, lower, neither };
// flow: events dated in the period; snapshot: as at the period's last day.
enum class Measure : std::uint8_t { flow, snapshot };

std::string_view unit_name(Unit unit);          // "count", "percent"
std::string_view polarity_name(Polarity p);     // "higher", "lower", "neither"

enum class Rag : std::uint8_t { none, red, amber, green };
Rag rate(Polarity polarity, const std::optional<RagBands>& bands, std::optional<double> value);
std::string_view rag_name(Rag rag);  // "", "red", "amber", "green"

// The catalogue entry of one reported id (a family with several values, such as
// assessment_outcomes, has one entry per sub-id: "assessment_outcomes.nfa").
struct IndicatorInfo {
  std::string id;
  std::string title;
  std::string definition;  // plain words, for `indicators` and the docs
  Unit unit = Unit::count;
  Polarity polarity = Polarity::neither;
  Measure measure = Measure::flow;
  std::optional<RagBands> rag;   // target and bands, when the indicator has a target
  std::vector<Kind> needs;       // extracts it is computed from
};

// One figure. Counts: numerator is the value, denominator is nullopt. Percent:
// numerator / denominator * 100, no value when the denominator is 0.
struct Value {
  long numerator = 0;
  std::optional<long> denominator;
  bool partial_history = false;  // repeat referrals measured on partial history
  // An extract the figure needs does not cover the whole period (a file cut
  // off early, or a month before the data starts): see Coverage.
  bool partial_coverage = false;
  // Publication rules (kpi/suppression.h): a suppressed figure holds no numbers
  // (numerator and denominator 0, no value) and prints "[c]"; a low one prints
  // with "[low]".
  bool suppressed = false;
  bool low = false;
  std::optional<double> value(Unit unit) const;  // none when suppressed
};

struct Series {
  IndicatorInfo info;
  std::vector<std::optional<Value>> values;  // per period; nullopt: no value possible
                                             // (e.g. Annex A last-visit data for earlier months)
  std::optional<Value> rolling_3m;           // nullopt: does not apply (snapshot count)
  std::optional<Value> year_to_date;
  std::string missing;  // non-empty when not computable: e.g. "needs a visits extract"
  // Over the months shown: cases left out of the figure by reason ("excluded:
  // authorised before start") and data-quality findings among the cases.
  std::map<std::string, long> excluded;
  std::map<std::string, long> findings;
  // The months shown whose percentage is over 100 (a numerator not linked case
  // by case to its denominator, such as referrals per contact): shown as they
  // are, and reported as the finding finding_over_100.
  std::vector<date::year_month> over_100;
};

inline constexpr std::string_view finding_over_100 =
    "value over 100%: more in the numerator than in the denominator, which are counted "
    "separately";

// Flags the shown months of `series` whose percentage is over 100.
void flag_over_100(Series& series, const std::vector<date::year_month>& periods);

// Publication rules (--suppress; kpi/suppression.h says how they apply).
struct Suppression {
  bool on = false;         // --suppress
  long max_count = 5;      // counts from 1 to max_count are [c]; 0 stays 0
  // Without --suppress: a percentage whose denominator is below low_base is
  // marked [low] (0: no marker).
  long low_base = 0;
};

// What a figure is broken down by (show --by; dashboard --by team|worker).
enum class BreakdownKey { team, worker, age_band, month };
std::optional<BreakdownKey> parse_breakdown_key(std::string_view text);
std::string_view breakdown_key_name(BreakdownKey key);

// The reporting month split by team or worker (dashboard --by): one column per
// group, teams in name order, "(not recorded)" last for cases without one.
inline constexpr std::string_view unrecorded_group = "(not recorded)";
struct GroupedMonth {
  BreakdownKey by = BreakdownKey::team;
  std::vector<std::string> groups;
  // values[i][g]: indicator i of Dashboard::indicators in group g; nullopt
  // when the indicator is not split (not computable, or not counted by case).
  std::vector<std::vector<std::optional<Value>>> values;
};

struct Dashboard {
  Division division = Division::england_and_wales;
  Counting counting = Counting::elapsed;
  std::vector<date::year_month> periods;  // oldest first; the last is the reporting month
  std::vector<Series> indicators;
  std::vector<FileReport> inputs;         // the run's reconciliation
  std::optional<Provenance> provenance;   // set by the command that reports it
  std::optional<GroupedMonth> by_group;   // with --by team|worker
  std::string authority;                  // the local authority's name, for headings
  Suppression suppression;                // how small numbers are printed
};

std::string period_label(date::year_month month);  // "2017-11"

// --- computed by src/indicator/ ---

// Every reported id (sub-ids included), in dashboard order, with its target from
// `settings`.
std::vector<IndicatorInfo> indicator_catalogue(const Settings& settings);

// SPEC section 3, made robust (docs/usage.md): the latest month whose last day
// every extract covers (Coverage::latest_covered_month): the month of the
// extract date if that is its month's last day, else the month before, or
// earlier when an extract stops early. Outlier dates never move it. Throws
// InputError without data.
date::year_month default_reporting_month(const Extracts& extracts);

// Every indicator for `months` months ending with `reporting_month`, with the
// rolling 3-month and financial-year-to-date pooled figures. `inputs` is copied
// from extracts.files. With `by` (team or worker), also the reporting month
// split by it (Dashboard::by_group), from the same cases. The families are
// computed on `threads` threads (0: one per core); the result is the same for any.
Dashboard compute_dashboard(const Extracts& extracts, const Calendar& calendar,
                            const Settings& settings, date::year_month reporting_month,
                            int months, std::optional<BreakdownKey> by = std::nullopt,
                            unsigned threads = 0);

}  // namespace kpi
