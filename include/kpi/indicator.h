// The indicators: one registry of indicator families, the case-level model
// behind every figure, and the generic aggregation of cases into figures.
//
// A family (assessments_45wd, strategy_wt_compliant, ...) reports one or more
// ids: the headline (suffix "") and sub-ids ("strategy_wt_compliant.police").
// Its compute function never counts anything itself: it emits one Case per row
// it considers for a period and a sub-id (in the numerator or not, in the
// denominator or not, with the dates and working days used and a short reason),
// into a CaseSink. Aggregation into monthly Values, the pooled rolling-3-month
// and year-to-date figures, and breakdowns by team, worker, age band or month
// are written once, here, from the cases. The dashboard aggregates on the fly;
// `show --cases` also keeps the rows.
#pragma once

#include "kpi/calendar.h"
#include "kpi/dashboard.h"
#include "kpi/extract.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>
#include <vector>

namespace kpi {

// --- age bands (SPEC section 4) ---

enum class AgeBand : std::int8_t { unknown = -1, under_1, age_1_4, age_5_9, age_10_15, age_16_plus };
inline constexpr int age_band_count = 5;
// Whole years by anniversary at `on`; a child not yet born is under 1; no date
// of birth is unknown (left out of age figures, kept in the headline).
AgeBand age_band(const MaybeDate& date_of_birth, Date on);
std::string_view age_band_name(AgeBand band);  // "under 1", "1-4", "5-9", "10-15", "16+", ""

// --- periods (SPEC section 3) ---

// The consecutive months a run computes, oldest first, indexed 0..size()-1.
class Periods {
 public:
  Periods() = default;  // no months
  Periods(date::year_month first, date::year_month last);
  int size() const { return count_; }
  date::year_month month(int p) const { return first_ + date::months{p}; }
  Date first_day(int p) const;
  Date last_day(int p) const;
  // The index of the month holding `day`, or -1 outside the periods.
  int of(Date day) const;
  int of(date::year_month month) const;  // -1 outside
  // The periods at whose last day something that runs from `start` to `end`
  // (blank: still open) is open: start <= last day and (no end or end > last
  // day). Returns [first, last], empty when first > last.
  std::pair<int, int> open_at_month_ends(Date start, const MaybeDate& end) const;

 private:
  date::year_month first_ = date::year{2000} / date::January;
  int count_ = 0;
  // of(Date) by table: the period of each day from the first month's first day
  // (every case of every family asks; a calendar conversion per call was 4% of a run).
  Date begin_;
  std::vector<std::int16_t> period_of_day_;
};

// 1 April of the financial year holding `month` (April to March).
date::year_month financial_year_start(date::year_month month);

// The months of a dashboard run: the shown months, the rolling-3-month window
// and the financial year to date, all ending with the reporting month.
struct RunPeriods {
  Periods periods;     // covers everything below
  int reporting = 0;   // index of the reporting month
  int first_shown = 0; // index of the oldest month shown (months = reporting - first_shown + 1)
  int rolling_first = 0;
  int year_first = 0;
};
RunPeriods run_periods(date::year_month reporting_month, int months);

// --- the case-level model ---

// One row considered by a family for one period and one sub-id.
struct Case {
  std::uint8_t sub = 0;      // index into Family::subs
  std::int16_t period = 0;   // index into the run's Periods
  bool numerator = false;
  bool denominator = false;  // always false for counts
  bool partial_history = false;
  AgeBand age = AgeBand::unknown;
  Id child = no_id;
  Id team = no_id;
  Id worker = no_id;
  Origin origin;             // the row read (file:line via Extracts::where)
  MaybeDate from, to;        // the dates used (Family::columns says what they are)
  std::optional<int> days;   // working days (or calendar days) counted from `from` to `to`
  std::string_view reason;   // "in time", "late", "excluded: ...": static text
  std::string_view finding;  // a data-quality finding to report ("ICPC before its S47 start"), or ""
};

class CaseSink {
 public:
  virtual ~CaseSink() = default;
  virtual void add(const Case& c) = 0;
  // The figure of `sub` for `period` rests on partial history (repeat referrals).
  virtual void partial_history(int sub, int period) = 0;
  // No figure is possible for `sub` in `period` (Annex A last-visit dates
  // describe only the latest month): the value is null, not zero.
  virtual void no_value(int sub, int period) = 0;
};

struct Indexes;  // per-child indexes shared by the families of one run (src/indicator)

// Everything a family's compute function reads.
struct FamilyInput {
  const Extracts& extracts;
  const Calendar& calendar;
  const Settings& settings;
  const Periods& periods;
  Indexes& indexes;
};

using ComputeFn = void (*)(const FamilyInput& input, CaseSink& sink);

// --- the registry ---

// One reported id of a family. Every member has a default so a registry row
// names only what it sets (`.unit = percent, .polarity = higher`).
struct SubIndicator {
  std::string_view suffix{};  // "" for the headline, "police" for "strategy_wt_compliant.police"
  std::string_view title{};
  Unit unit = Unit::count;
  Polarity polarity = Polarity::neither;
  Measure measure = Measure::flow;
  bool distinct_children = false;  // a count of children, each counted once per pool
  std::optional<RagBands> target{};  // the SPEC's default target, which a config file may change
  std::string_view definition{};
};

// What a family's case rows show in their date and day columns.
struct CaseColumns {
  std::string_view from{};  // "start"
  std::string_view to{};    // "authorised"
  std::string_view days{};  // "working days", "days", ""
};

// A column a family cannot do without: `column` (a short name) of `kind` in at
// least one file of that kind, unless an extract of `unless` is read (the
// seen-in-time snapshots read visits, else the plans' last-visit dates).
struct ColumnNeed {
  Kind kind;
  std::string_view column;
  std::optional<Kind> unless{};
};

struct Family {
  std::string_view id{};
  int tier = 1;
  std::vector<SubIndicator> subs{};  // the headline (suffix "") first, when the family has one
  std::vector<Kind> needs{};         // every one of these extracts is required
  std::vector<Kind> needs_one_of{};  // at least one of these (when not empty)
  // Read when present, not required (the seen-in-time snapshots read visits
  // when there are any): their coverage counts too (mark_coverage).
  std::vector<Kind> uses_if_present{};
  std::vector<ColumnNeed> needs_columns{};
  CaseColumns columns{};
  ComputeFn compute = nullptr;
};

// Every family, in dashboard order (tier 1, then tier 2).
const std::vector<Family>& families();

// "assessment_outcomes.nfa" for sub 1 of assessment_outcomes.
std::string sub_id(const Family& family, int sub);

// A reported id or a family id. sub is -1 for a family id of a family with
// several values (every sub-id is meant), else the sub-id's index.
struct IndicatorRef {
  const Family* family = nullptr;
  int sub = 0;
};
std::optional<IndicatorRef> find_indicator(std::string_view id);
// As find_indicator; throws UsageError "unknown indicator 'x', did you mean 'y'?".
IndicatorRef resolve_indicator(std::string_view id);
// Every reported id (sub-ids included), in dashboard order.
std::vector<std::string> indicator_ids();

IndicatorInfo indicator_info(const Family& family, int sub, const Settings& settings);

// "" when `extracts` has what the family needs, else "needs a visits extract" /
// "needs cp_plans and visits extracts".
std::string missing_extracts(const Family& family, const Extracts& extracts);

// Flags the values of `series` (sub-id `sub` of `family`, over `run`) whose
// period an extract the family needs does not wholly cover (Value::partial_coverage).
void mark_coverage(Series& series, const Family& family, int sub, const Extracts& extracts,
                   const RunPeriods& run);

// Runs one family's compute over `periods`. Builds its own Indexes.
void compute_family(const Family& family, const Extracts& extracts, const Calendar& calendar,
                    const Settings& settings, const Periods& periods, CaseSink& sink);

// --- aggregation ---

// Numerators and denominators per sub-id and period, from the cases, on the
// fly; with keep_cases it also keeps every case (for `show --cases`).
class Aggregator : public CaseSink {
 public:
  Aggregator(const Family& family, const Periods& periods, bool keep_cases = false);
  // Keeps only the cases of periods from `period` on (dashboard --by needs
  // the reporting month's alone, not five years of them).
  void keep_cases_from(int period) { keep_from_ = period; }
  ~Aggregator() override;
  Aggregator(const Aggregator&) = delete;
  Aggregator& operator=(const Aggregator&) = delete;

  void add(const Case& c) override;
  void partial_history(int sub, int period) override;
  void no_value(int sub, int period) override;

  // The figure of `sub` for one period, or nullopt when none is possible.
  std::optional<Value> value(int sub, int period) const;
  // The pooled figure of periods [first, last]: sums of numerators and
  // denominators (distinct children once over the pool); nullopt for a
  // snapshot count, or when a month of the pool has no value possible.
  std::optional<Value> pooled(int sub, int first, int last) const;
  // The series the dashboard shows, for RunPeriods' months.
  Series series(int sub, const RunPeriods& run, const Settings& settings) const;
  // Cases of `sub` in [first, last] left out of the figure ("excluded: ..."),
  // by reason, and the data-quality findings among them, by finding.
  std::map<std::string, long> excluded(int sub, int first, int last) const;
  std::map<std::string, long> findings(int sub, int first, int last) const;

  const std::vector<Case>& cases() const { return cases_; }

 private:
  struct Cell {
    long numerator = 0;
    long denominator = 0;
    bool partial = false;
    bool no_value = false;
  };
  Cell& cell(int sub, int period) { return cells_[static_cast<size_t>(sub) * periods_ + period]; }
  const Cell& cell(int sub, int period) const {
    return cells_[static_cast<size_t>(sub) * periods_ + period];
  }
  long distinct_children(int sub, int first, int last) const;

  const Family& family_;
  int periods_;
  bool keep_cases_;
  int keep_from_ = 0;
  std::vector<Cell> cells_;
  // (sub, period, child) of the numerator cases of distinct-children sub-ids;
  // sorted lazily.
  mutable std::vector<std::tuple<std::uint8_t, std::int16_t, Id>> children_;
  mutable bool children_sorted_ = true;
  // (sub, reason) -> cases per period
  std::map<std::pair<int, std::string_view>, std::vector<long>> excluded_, findings_;
  std::vector<Case> cases_;
};

// --- breakdowns (show --by, dashboard --by; BreakdownKey is in kpi/dashboard.h) ---

struct BreakdownRow {
  std::string key;  // the team, worker, age band or month; "(not recorded)" when blank
  Value value;
};
// The figure of `sub` split by `key`, from the kept cases of periods
// [first, last] (by month: one row per month of that range).
std::vector<BreakdownRow> breakdown(const Family& family, int sub, const std::vector<Case>& cases,
                                    BreakdownKey key, int first, int last, const Periods& periods,
                                    const Extracts& extracts);

}  // namespace kpi
