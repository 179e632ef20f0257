// After every file is read: duplicates, links between kinds, and the findings
// that need more than one row. In order:
//  1. Annex A referral counts: "Number of Referrals in Last 12 Months" counts
//     the referral itself when a file never says 0 (then previous = count - 1).
//  2. Duplicates (SPEC section 4): rows of one kind with the same id are one
//     record; the last read wins and earlier ones are excluded as "duplicate id"
//     in their own file's reconciliation. SSD CLA episodes sharing clae_cla_id
//     are merged into their period of care instead.
//  3. CLA reviews that name only their episode get the episode's child; rows
//     without a date of birth get their child's from SSD ssd_person.
//  4. ICPCs -> S47s; visits and CP reviews -> plans (link_plans.cpp), a row
//     that names only its plan taking the plan's child (all O(n log n):
//     indices sorted by child and date, then binary search).
//  5. Strategy discussions whose agency flags are not recorded.
//  6. Per-file date ranges, the extracts' coverage (which months they
//     describe), and dates after the extract period.
#include "core/flat_map.h"
#include "extract/child_order.h"
#include "extract/link_plans.h"
#include "extract/row_dates.h"
#include "extract/schema.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <unordered_map>

namespace kpi {
namespace {

using extract::Notes;

bool from_family(const Extracts& x, Origin origin, HeaderFamily family) {
  return x.files[origin.file].matched == family;
}

// --- 1. Annex A referral counts ---

void adjust_annex_a_referral_counts(Extracts& x) {
  for (std::uint32_t f = 0; f < x.files.size(); ++f) {
    if (x.files[f].kind != Kind::referrals || x.files[f].matched != HeaderFamily::annex_a) continue;
    bool any = false, zero = false;
    for (const Referral& r : x.referrals) {
      if (r.origin.file != f || r.previous_referrals_12m < 0) continue;
      any = true;
      zero = zero || r.previous_referrals_12m == 0;
    }
    if (!any || zero) continue;
    for (Referral& r : x.referrals)
      if (r.origin.file == f && r.previous_referrals_12m > 0) --r.previous_referrals_12m;
    x.messages.push_back(fmt::format(
        "{}: 'Number of Referrals in Last 12 Months' is never 0, so it is read as counting the "
        "referral itself (previous referrals = number - 1)",
        x.files[f].file));
  }
}

// --- 2. Duplicates ---

// Which keys were met: prefix-and-digits ids in a bitmap per format (2 MB,
// and a bit per id rather than a hash-table entry: millions of visit ids stay
// in cache), any other key in a FlatMap.
class SeenKeys {
 public:
  explicit SeenKeys(std::size_t expected) : others_(expected / 8) {}
  // Whether `key` was met before; it is met now.
  bool met_again(std::uint64_t key) {
    if (key <= 0xffffffffu && StringPool::is_number(static_cast<Id>(key))) {
      const std::uint32_t index = StringPool::number_index(static_cast<Id>(key));
      std::vector<std::uint64_t>& bits = by_format_[index >> 24];
      if (bits.empty()) bits.assign(std::size_t{1} << 18, 0);
      std::uint64_t& word = bits[(index & 0xffffff) >> 6];
      const std::uint64_t bit = std::uint64_t{1} << (index & 63);
      const bool met = word & bit;
      word |= bit;
      return met;
    }
    return !others_.try_emplace(key, 1).second;
  }

 private:
  std::vector<std::uint64_t> by_format_[128];
  FlatMap<char> others_;
};

// Rows of one kind with the same key are one record. Backwards, so the first
// row met for a key is the last one read, which wins; an earlier row is folded
// into it when merge(winner, row) says so, else excluded as "duplicate id".
// A key of 0 (no id) is never merged. describe(row) names the key in messages.
// A first pass only finds the keys met twice (few, usually none); the second
// walks the rows of those keys.
template <class Row, class KeyFn, class DescribeFn, class MergeFn>
void deduplicate(Extracts& x, Notes& notes, LargeVector<Row>& rows, KeyFn key_of,
                 DescribeFn describe, MergeFn merge) {
  FlatMap<char> repeated;
  {
    SeenKeys seen(rows.size());
    for (std::size_t i = rows.size(); i-- > 0;)
      if (std::uint64_t key = key_of(rows[i]); key != 0 && seen.met_again(key))
        repeated.try_emplace(key, 1);
  }
  if (repeated.size() == 0) return;
  FlatMap<RowIndex> kept(repeated.size());
  std::vector<char> drop(rows.size(), 0);
  for (std::size_t i = rows.size(); i-- > 0;) {
    std::uint64_t key = key_of(rows[i]);
    if (!repeated.find(key)) continue;
    auto [kept_at, inserted] = kept.try_emplace(key, static_cast<RowIndex>(i));
    if (inserted) continue;
    drop[i] = 1;
    Row& winner = rows[*kept_at];
    if (!merge(winner, rows[i])) {
      notes.excluded(rows[i].origin, "duplicate id",
                     fmt::format("duplicate {}: the row at {} is used", describe(rows[i]),
                                 x.where(winner.origin)));
    }
  }
  std::size_t out = 0;
  for (std::size_t i = 0; i < rows.size(); ++i)
    if (!drop[i]) rows[out++] = rows[i];
  rows.resize(out);
}

auto never_merge = [](auto&, auto&) { return false; };

// The common case: the key is the row's id, named `id_name` in messages.
template <class Row, class MergeFn = decltype(never_merge)>
void deduplicate_ids(Extracts& x, Notes& notes, LargeVector<Row>& rows, std::string_view id_name,
                     MergeFn merge = never_merge) {
  deduplicate(
      x, notes, rows, [](const Row& r) -> std::uint64_t { return r.id; },
      [&](const Row& r) { return fmt::format("{} '{}'", id_name, x.strings.str(r.id)); }, merge);
}

void deduplicate_all(Extracts& x, Notes& notes) {
  deduplicate_ids(x, notes, x.contacts, "contact_id");
  deduplicate_ids(x, notes, x.referrals, "referral_id");
  deduplicate_ids(x, notes, x.assessments, "assessment_id");
  // A strategy discussion has one row per child: the key is discussion and child
  // (both required, so never 0).
  deduplicate(
      x, notes, x.strategy_rows,
      [](const StrategyRow& r) { return (std::uint64_t{r.discussion} << 32) | r.child; },
      [&](const StrategyRow& r) {
        return fmt::format("discussion_id '{}' for child '{}'", x.strings.str(r.discussion),
                           x.strings.str(r.child));
      },
      never_merge);
  deduplicate_ids(x, notes, x.s47_enquiries, "s47_id");
  deduplicate_ids(x, notes, x.icpcs, "icpc_id");
  deduplicate_ids(x, notes, x.cp_plans, "plan_id");
  deduplicate_ids(x, notes, x.cin_plans, "plan_id");
  // SSD episodes of one period of care (same clae_cla_id) make one row: care
  // starts at the earliest episode, the placement at the latest, and the period
  // ends when the latest episode ends.
  std::unordered_map<RowIndex, Date> latest_episode;
  auto merge_period = [&](ClaEpisode& period, ClaEpisode& episode) {
    if (!from_family(x, period.origin, HeaderFamily::ssd) ||
        !from_family(x, episode.origin, HeaderFamily::ssd))
      return false;
    RowIndex key = static_cast<RowIndex>(&period - x.cla_episodes.data());
    auto [it, inserted] = latest_episode.try_emplace(key, period.placement_start.value_or(period.start));
    Date episode_start = episode.placement_start.value_or(episode.start);
    if (episode_start > it->second) {
      it->second = episode_start;
      period.placement_start = episode_start;
      period.end = episode.end;
    }
    period.start = std::min(period.start, episode.start);
    if (!period.date_of_birth) period.date_of_birth = episode.date_of_birth;
    notes.excluded(episode.origin, "merged into its period of care", "");
    return true;
  };
  deduplicate_ids(x, notes, x.cla_episodes, "episode_id", merge_period);
  deduplicate_ids(x, notes, x.visits, "visit_id");
  deduplicate_ids(x, notes, x.cla_reviews, "review_id");
  deduplicate_ids(x, notes, x.cp_reviews, "review_id");
}

// --- 3. CLA reviews naming only their episode ---

void fill_review_children(Extracts& x) {
  FlatMap<Id> child_of_episode(x.cla_episodes.size());
  for (const ClaEpisode& e : x.cla_episodes)
    if (e.id != no_id) child_of_episode.try_emplace(e.id, e.child);
  for (ClaReview& r : x.cla_reviews)
    if (r.child == no_id)
      if (const Id* child = child_of_episode.find(r.cla)) r.child = *child;
}

// --- 3b. Dates of birth from SSD ssd_person ---

void fill_dates_of_birth(Extracts& x) {
  if (x.person_dates_of_birth.empty()) return;
  std::unordered_map<Id, Date> birth;
  for (const auto& [child, day] : x.person_dates_of_birth) birth[child] = day;  // last read wins
  auto fill = [&](auto& rows) {
    for (auto& r : rows)
      if (!r.date_of_birth)
        if (auto it = birth.find(r.child); it != birth.end()) r.date_of_birth = it->second;
  };
  fill(x.referrals);
  fill(x.assessments);
  fill(x.s47_enquiries);
  fill(x.cp_plans);
  fill(x.cin_plans);
  fill(x.cla_episodes);
}

// --- 4. Links ---

using extract::sorted_by_child;
using extract::upper_position;

void link_icpcs(Extracts& x, Notes& notes) {
  auto start = [](const S47Enquiry& s) { return s.start; };
  std::vector<RowIndex> order = sorted_by_child(x.s47_enquiries, start);
  FlatMap<RowIndex> by_s47_id(x.s47_enquiries.size());
  for (RowIndex i = 0; i < x.s47_enquiries.size(); ++i)
    if (x.s47_enquiries[i].id != no_id) by_s47_id.try_emplace(x.s47_enquiries[i].id, i);

  for (Icpc& c : x.icpcs) {
    c.s47 = no_row;
    bool named = false;
    if (const RowIndex* s47 = by_s47_id.find(c.s47_id)) {
      c.s47 = *s47;
      named = true;
    }
    // A transfer-in conference follows another authority's enquiry: only its id links it.
    if (c.s47 == no_row && c.transfer_in != Flag::yes) {
      std::size_t pos = upper_position(x.s47_enquiries, order, start, c.child, c.date);
      if (pos > 0 && x.s47_enquiries[order[pos - 1]].child == c.child) c.s47 = order[pos - 1];
    }
    if (c.s47 == no_row) {
      if (x.has_kind(Kind::s47_enquiries) && c.transfer_in != Flag::yes)
        notes.finding(c.origin, "icpc without s47",
                      c.s47_id != no_id
                          ? fmt::format("icpc on {}: s47_id '{}' names no s47 enquiry, and the "
                                        "child has none starting on or before it",
                                        format_date(c.date), x.strings.str(c.s47_id))
                          : fmt::format("icpc on {}: the child has no s47 enquiry starting on or "
                                        "before it",
                                        format_date(c.date)));
      continue;
    }
    const S47Enquiry& s = x.s47_enquiries[c.s47];
    if (named && c.date < s.start)
      notes.finding(c.origin, "icpc before s47 start",
                    fmt::format("icpc on {} is before the start of its s47 enquiry ({}, at {})",
                                format_date(c.date), format_date(s.start), x.where(s.origin)));
  }

  // The earliest ICPC of an S47 fills its blank icpc_date and result flag.
  std::vector<RowIndex> by_date(x.icpcs.size());
  for (RowIndex i = 0; i < by_date.size(); ++i) by_date[i] = i;
  std::stable_sort(by_date.begin(), by_date.end(),
                   [&](RowIndex a, RowIndex b) { return x.icpcs[a].date < x.icpcs[b].date; });
  std::vector<char> filled(x.s47_enquiries.size(), 0);
  std::vector<char> was_blank(x.s47_enquiries.size(), 0);
  for (std::size_t i = 0; i < x.s47_enquiries.size(); ++i)
    was_blank[i] = !x.s47_enquiries[i].icpc_date;
  for (RowIndex i : by_date) {
    const Icpc& c = x.icpcs[i];
    if (c.s47 == no_row || filled[c.s47]) continue;
    filled[c.s47] = 1;
    S47Enquiry& s = x.s47_enquiries[c.s47];
    if (was_blank[c.s47]) s.icpc_date = c.date;
    if (s.icpc_result_cp_plan == Flag::unknown) s.icpc_result_cp_plan = c.result_cp_plan;
    if (s.icpc_not_required == Flag::yes)
      notes.finding(s.origin, "icpc held though not required",
                    fmt::format("the s47 enquiry says no icpc was required, but an icpc was held "
                                "on {} ({})",
                                format_date(c.date), x.where(c.origin)));
  }
}

// --- 5. Strategy discussions ---

void check_strategy_flags(Extracts& x, Notes& notes) {
  struct Discussion {
    RowIndex first = no_row;  // earliest row (the discussion's date)
    unsigned yes = 0, unknown = 0;  // bits: social care, police, health
  };
  FlatMap<Discussion> discussions(x.strategy_rows.size());
  for (RowIndex i = 0; i < x.strategy_rows.size(); ++i) {
    const StrategyRow& r = x.strategy_rows[i];
    Discussion& d = discussions[r.discussion];
    if (d.first == no_row || r.date < x.strategy_rows[d.first].date) d.first = i;
    const Flag flags[3] = {r.social_care, r.police, r.health};
    for (unsigned k = 0; k < 3; ++k) {
      if (flags[k] == Flag::yes) d.yes |= 1u << k;
      if (flags[k] == Flag::unknown) d.unknown |= 1u << k;
    }
  }
  static constexpr std::string_view names[3] = {"social_care", "police", "health"};
  for (RowIndex i = 0; i < x.strategy_rows.size(); ++i) {
    const StrategyRow& r = x.strategy_rows[i];
    const Discussion& d = discussions[r.discussion];
    if (d.first != i) continue;
    unsigned missing = d.unknown & ~d.yes;
    if (!missing) continue;
    std::vector<std::string_view> which;
    for (unsigned k = 0; k < 3; ++k)
      if (missing & (1u << k)) which.push_back(names[k]);
    notes.finding(r.origin, "agency flags not recorded",
                  fmt::format("discussion '{}': {} not recorded (counted as not involved)",
                              x.strings.str(r.discussion), fmt::join(which, ", ")));
  }
}

// --- 6. Dates ---

void date_ranges(Extracts& x) {
  extract::for_each_row_dates(x, [&](Kind, Origin o, Date main, extract::NamedDates) {
    FileReport& report = x.files[o.file];
    if (!report.first_date || main < *report.first_date) report.first_date = main;
    if (!report.last_date || main > *report.last_date) report.last_date = main;
  });
}

// The extracts' coverage (src/extract/coverage.cpp), and each file's kind's
// coverage end in its report.
void coverage(Extracts& x) {
  x.coverage = measure_coverage(x);
  for (FileReport& report : x.files)
    if (report.kind)
      if (const auto& kind = x.coverage.of(*report.kind)) report.coverage_end = kind->end;
}

// A date after the month of the extract date is suspicious (a typing error, or
// something planned rather than done); an outlier such as 2052 for 2025 is one
// of these. The extract date comes from the coverage, so such dates never move
// it; dates of birth are not checked (unborn children are referred).
void dates_after_extract(Extracts& x, Notes& notes) {
  if (!x.coverage.extract_date) return;
  const date::year_month_day ymd{*x.coverage.extract_date};
  const Date month_end = date::sys_days{ymd.year() / ymd.month() / date::last};
  const std::string month = format_date(*x.coverage.extract_date).substr(0, 7);
  extract::for_each_row_dates(x, [&](Kind kind, Origin o, Date main, extract::NamedDates others) {
    // The first date of the row after the month, main date first.
    std::string_view column;
    Date day = main;
    if (main > month_end) {
      column = extract::table_of(kind).columns[extract::main_date_column(kind)].name;
    } else {
      for (const auto& [name, other] : others)
        if (other && *other > month_end) {
          column = name;
          day = *other;
          break;
        }
    }
    if (column.empty()) return;
    notes.finding(o, "date after the extract period",
                  fmt::format("{} {} is after {}, the latest month in the extracts", column,
                              format_date(day), month));
  });
}

}  // namespace

void finish_extracts(Extracts& x) {
  adjust_annex_a_referral_counts(x);
  Notes notes(x);
  deduplicate_all(x, notes);
  fill_review_children(x);
  fill_dates_of_birth(x);
  link_icpcs(x, notes);
  extract::link_plans(x, notes);
  check_strategy_flags(x, notes);
  date_ranges(x);
  coverage(x);
  dates_after_extract(x, notes);
}

}  // namespace kpi
