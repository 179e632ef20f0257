// Aggregation, written once for every family: cases into numerators and
// denominators per sub-id and month, the pooled rolling-3-month and
// year-to-date figures (SPEC section 3), and the reasons cases were left out.
//
// Counts of distinct children keep (sub, month, child) triples and count each
// child once per month, and once over a pool of months, after one sort.
#include "kpi/indicator.h"

#include <algorithm>
#include <cassert>

namespace kpi {

Aggregator::Aggregator(const Family& family, const Periods& periods, bool keep_cases)
    : family_(family),
      periods_(periods.size()),
      keep_cases_(keep_cases),
      cells_(family.subs.size() * static_cast<size_t>(periods.size())) {}

Aggregator::~Aggregator() = default;

void Aggregator::add(const Case& c) {
  assert(c.sub < family_.subs.size() && c.period >= 0 && c.period < periods_);
  Cell& target = cell(c.sub, c.period);
  if (c.numerator) {
    if (family_.subs[c.sub].distinct_children) {
      children_.emplace_back(c.sub, c.period, c.child);
      children_sorted_ = false;
    } else {
      ++target.numerator;
    }
  }
  if (c.denominator) ++target.denominator;
  if (c.partial_history) target.partial = true;
  auto count = [&](auto& table, std::string_view key) {
    auto& per_period = table[{c.sub, key}];
    if (per_period.empty()) per_period.assign(static_cast<size_t>(periods_), 0);
    ++per_period[static_cast<size_t>(c.period)];
  };
  if (!c.numerator && !c.denominator && c.reason.starts_with("excluded")) count(excluded_, c.reason);
  if (!c.finding.empty()) count(findings_, c.finding);
  if (keep_cases_ && c.period >= keep_from_) cases_.push_back(c);
}

void Aggregator::partial_history(int sub, int period) { cell(sub, period).partial = true; }

void Aggregator::no_value(int sub, int period) { cell(sub, period).no_value = true; }

long Aggregator::distinct_children(int sub, int first, int last) const {
  if (!children_sorted_) {
    std::sort(children_.begin(), children_.end());
    children_.erase(std::unique(children_.begin(), children_.end()), children_.end());
    children_sorted_ = true;
  }
  auto lo = std::lower_bound(children_.begin(), children_.end(),
                             std::tuple<std::uint8_t, std::int16_t, Id>(sub, first, 0));
  auto hi = std::lower_bound(children_.begin(), children_.end(),
                             std::tuple<std::uint8_t, std::int16_t, Id>(sub, last + 1, 0));
  if (first == last) return hi - lo;  // unique per (sub, month, child) already
  std::vector<Id> ids;
  ids.reserve(static_cast<size_t>(hi - lo));
  for (auto it = lo; it != hi; ++it) ids.push_back(std::get<2>(*it));
  std::sort(ids.begin(), ids.end());
  return std::unique(ids.begin(), ids.end()) - ids.begin();
}

std::optional<Value> Aggregator::value(int sub, int period) const {
  const SubIndicator& info = family_.subs[static_cast<size_t>(sub)];
  const Cell& c = cell(sub, period);
  if (c.no_value) return std::nullopt;
  Value v;
  v.partial_history = c.partial;
  v.numerator = info.distinct_children ? distinct_children(sub, period, period) : c.numerator;
  if (info.unit == Unit::percent) v.denominator = c.denominator;
  return v;
}

std::optional<Value> Aggregator::pooled(int sub, int first, int last) const {
  const SubIndicator& info = family_.subs[static_cast<size_t>(sub)];
  if (info.measure == Measure::snapshot && info.unit == Unit::count) return std::nullopt;
  Value v;
  if (info.unit == Unit::percent) v.denominator = 0;
  for (int p = first; p <= last; ++p) {
    const Cell& c = cell(sub, p);
    if (c.no_value) return std::nullopt;
    v.numerator += c.numerator;
    if (v.denominator) *v.denominator += c.denominator;
    v.partial_history = v.partial_history || c.partial;
  }
  if (info.distinct_children) v.numerator = distinct_children(sub, first, last);
  return v;
}

Series Aggregator::series(int sub, const RunPeriods& run, const Settings& settings) const {
  Series s;
  s.info = indicator_info(family_, sub, settings);
  for (int p = run.first_shown; p <= run.reporting; ++p) s.values.push_back(value(sub, p));
  s.rolling_3m = pooled(sub, run.rolling_first, run.reporting);
  s.year_to_date = pooled(sub, run.year_first, run.reporting);
  s.excluded = excluded(sub, run.first_shown, run.reporting);
  s.findings = findings(sub, run.first_shown, run.reporting);
  return s;
}

namespace {

std::map<std::string, long> sum_table(
    const std::map<std::pair<int, std::string_view>, std::vector<long>>& table, int sub,
    int first, int last) {
  std::map<std::string, long> out;
  for (const auto& [key, per_period] : table) {
    if (key.first != sub) continue;
    long total = 0;
    for (int p = first; p <= last; ++p) total += per_period[static_cast<size_t>(p)];
    if (total > 0) out[std::string(key.second)] += total;
  }
  return out;
}

}  // namespace

std::map<std::string, long> Aggregator::excluded(int sub, int first, int last) const {
  return sum_table(excluded_, sub, first, last);
}

std::map<std::string, long> Aggregator::findings(int sub, int first, int last) const {
  return sum_table(findings_, sub, first, last);
}

}  // namespace kpi
