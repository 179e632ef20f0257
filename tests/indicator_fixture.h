// Helpers for the indicator tests: tiny hand-made Extracts (rows pushed
// directly, ids interned), and running one family over a few months.
#pragma once

#include "kpi/calendar.h"
#include "kpi/extract.h"
#include "kpi/indicator.h"

#include <doctest/doctest.h>

#include <memory>
#include <string>

namespace kpi::test {

inline Date day(std::string_view text) {
  auto parsed = parse_date(text);
  REQUIRE(parsed);
  return *parsed;
}
inline MaybeDate maybe(std::string_view text) {
  if (text.empty()) return std::nullopt;
  return day(text);
}
inline date::year_month ym(int year, unsigned month) {
  return date::year{year} / date::month{month};
}

struct Data {
  Extracts x;
  std::uint32_t line = 1;  // every row gets its own line for file:line checks

  Data() {
    FileReport file;
    file.file = "test.csv";
    x.files.push_back(file);
  }
  Id id(std::string_view text) { return x.strings.intern(text); }
  Origin next() { return Origin{0, ++line}; }
  void mark(Kind kind) { x.has[static_cast<int>(kind)] = true; }

  Referral& referral(std::string_view child, std::string_view date, std::string_view ref_id = "") {
    Referral r;
    r.child = id(child);
    r.date = day(date);
    r.id = id(ref_id);
    r.origin = next();
    mark(Kind::referrals);
    return x.referrals.emplace_back(r);
  }
  Assessment& assessment(std::string_view child, std::string_view start,
                         std::string_view authorised) {
    Assessment a;
    a.child = id(child);
    a.start = day(start);
    a.authorised = maybe(authorised);
    a.origin = next();
    mark(Kind::assessments);
    return x.assessments.emplace_back(a);
  }
  StrategyRow& strategy(std::string_view discussion, std::string_view child,
                        std::string_view date) {
    StrategyRow r;
    r.discussion = id(discussion);
    r.child = id(child);
    r.date = day(date);
    r.origin = next();
    mark(Kind::strategy_discussions);
    return x.strategy_rows.emplace_back(r);
  }
  S47Enquiry& s47(std::string_view child, std::string_view start, std::string_view icpc = "") {
    S47Enquiry s;
    s.child = id(child);
    s.start = day(start);
    s.icpc_date = maybe(icpc);
    s.origin = next();
    mark(Kind::s47_enquiries);
    return x.s47_enquiries.emplace_back(s);
  }
  Icpc& icpc(std::string_view child, std::string_view date, RowIndex s47 = no_row) {
    Icpc i;
    i.child = id(child);
    i.date = day(date);
    i.s47 = s47;
    i.origin = next();
    mark(Kind::icpcs);
    return x.icpcs.emplace_back(i);
  }
  CpPlan& cp_plan(std::string_view child, std::string_view start, std::string_view end = "") {
    CpPlan p;
    p.child = id(child);
    p.start = day(start);
    p.end = maybe(end);
    p.origin = next();
    mark(Kind::cp_plans);
    return x.cp_plans.emplace_back(p);
  }
  CinPlan& cin_plan(std::string_view child, std::string_view start, std::string_view end = "") {
    CinPlan p;
    p.child = id(child);
    p.start = day(start);
    p.end = maybe(end);
    p.origin = next();
    mark(Kind::cin_plans);
    return x.cin_plans.emplace_back(p);
  }
  ClaEpisode& cla(std::string_view child, std::string_view start, std::string_view end = "") {
    ClaEpisode e;
    e.child = id(child);
    e.start = day(start);
    e.end = maybe(end);
    e.origin = next();
    mark(Kind::cla_episodes);
    return x.cla_episodes.emplace_back(e);
  }
  // A visit linked by hand, as finish_extracts would: to plan row `plan`, or
  // outside_plan / no_plan.
  Visit& visit(std::string_view child, std::string_view date, VisitType type, RowIndex plan,
               VisitLink link = VisitLink::in_plan, Flag seen = Flag::yes) {
    Visit v;
    v.child = id(child);
    v.date = day(date);
    v.type = type;
    v.plan = link == VisitLink::in_plan ? plan : no_row;
    v.link = link;
    v.seen = seen;
    v.origin = next();
    mark(Kind::visits);
    return x.visits.emplace_back(v);
  }
  // A CP review linked by hand, as finish_extracts would: to CP plan row
  // `plan`, or outside_plan / no_plan.
  CpReview& cp_review(std::string_view child, std::string_view date, RowIndex plan,
                      VisitLink link = VisitLink::in_plan) {
    CpReview r;
    r.child_id = id(child);
    r.review_date = day(date);
    r.plan = link == VisitLink::no_plan ? no_row : plan;
    r.link = link;
    r.origin = next();
    mark(Kind::cp_reviews);
    return x.cp_reviews.emplace_back(r);
  }
  Contact& contact(std::string_view child, std::string_view date) {
    Contact c;
    c.child = id(child);
    c.date = day(date);
    c.origin = next();
    mark(Kind::contacts);
    return x.contacts.emplace_back(c);
  }
  EarlyHelp& early_help(std::string_view child, std::string_view start, std::string_view end = "") {
    EarlyHelp e;
    e.child = id(child);
    e.start = day(start);
    e.end = maybe(end);
    e.origin = next();
    mark(Kind::early_help);
    return x.early_help.emplace_back(e);
  }
  ClaReview& review(std::string_view child, std::string_view date, int participation) {
    ClaReview r;
    r.child = id(child);
    r.date = day(date);
    r.participation = static_cast<std::int8_t>(participation);
    r.origin = next();
    mark(Kind::cla_reviews);
    return x.cla_reviews.emplace_back(r);
  }
};

// One family computed over the months first..last, cases kept.
struct Run {
  const Family* family;
  Periods periods;
  std::unique_ptr<Aggregator> result;

  Run(const Extracts& x, std::string_view family_id, date::year_month first,
      date::year_month last, const Settings& settings = default_settings(),
      const Calendar& calendar = england())
      : family(family_of(family_id)), periods(first, last) {
    result = std::make_unique<Aggregator>(*family, periods, true);
    compute_family(*family, x, calendar, settings, periods, *result);
  }
  static const Family* family_of(std::string_view id) {
    auto ref = find_indicator(id);
    REQUIRE_MESSAGE(ref, "no indicator '", id, "'");
    return ref->family;
  }
  static const Calendar& england() {
    static const Calendar calendar;
    return calendar;
  }
  int sub(std::string_view id) const {
    auto ref = find_indicator(id);
    REQUIRE_MESSAGE(ref, "no indicator '", id, "'");
    return ref->sub;
  }
  int period(date::year_month month) const { return periods.of(month); }
  // The value of `id` (a sub-id of this family) in `month`.
  Value value(std::string_view id, date::year_month month) const {
    auto v = result->value(sub(id), period(month));
    REQUIRE(v);
    return *v;
  }
  long numerator(std::string_view id, date::year_month month) const {
    return value(id, month).numerator;
  }
  long denominator(std::string_view id, date::year_month month) const {
    auto v = value(id, month);
    REQUIRE(v.denominator);
    return *v.denominator;
  }
  // The pooled value of sub-value `sub` over periods first..last.
  Value pooled(int sub, int first, int last) const {
    auto v = result->pooled(sub, first, last);
    REQUIRE(v);
    return *v;
  }
  // The kept cases of `id` in `month`, in emission order.
  std::vector<Case> cases(std::string_view id, date::year_month month) const {
    std::vector<Case> out;
    for (const Case& c : result->cases())
      if (c.sub == sub(id) && c.period == period(month)) out.push_back(c);
    return out;
  }
};

// The one case of `child` (with `reason`, when given) among `cases`. Fails the
// test when there is none or more than one, so that checks of it cannot pass
// for want of the case.
inline Case only_case(const std::vector<Case>& cases, Id child, std::string_view reason = {}) {
  const Case* found = nullptr;
  int n = 0;
  for (const Case& c : cases)
    if (c.child == child && (reason.empty() || c.reason == reason)) {
      found = &c;
      ++n;
    }
  REQUIRE_MESSAGE(n == 1, n, " cases of child ", child, " with reason '", reason, "'");
  return *found;
}

}  // namespace kpi::test
