// The extracts' coverage: the extract date, outliers, and kinds that stop early
// (src/extract/coverage.cpp). Hand-made rows; dates counted in the comments.
#include "indicator_fixture.h"
#include "kpi/dashboard.h"
#include "kpi/error.h"

#include <algorithm>

using namespace kpi;
using namespace kpi::test;

namespace {

// One visit every day from `first` for `days` days.
void daily_visits(Data& d, std::string_view first, int days, std::string_view child = "V") {
  for (int i = 0; i < days; ++i)
    d.visit(child, format_date(day(first) + date::days{i}), VisitType::cp, no_row, VisitLink::no_plan);
}
void daily_referrals(Data& d, std::string_view first, int days) {
  for (int i = 0; i < days; ++i) d.referral("R", format_date(day(first) + date::days{i}));
}

}  // namespace

TEST_SUITE("coverage") {

TEST_CASE("every kind to the month end: that month") {
  Data d;
  daily_visits(d, "2025-01-01", 90);      // to 31 Mar 2025
  daily_referrals(d, "2025-01-01", 90);
  Coverage c = measure_coverage(d.x);
  REQUIRE(c.extract_date);
  CHECK(format_date(*c.extract_date) == "2025-03-31");
  CHECK(c.latest_covered_month() == ym(2025, 3));
  CHECK(default_reporting_month(d.x) == ym(2025, 3));
  REQUIRE(c.of(Kind::visits));
  CHECK(format_date(c.of(Kind::visits)->end) == "2025-03-31");
  CHECK(c.of(Kind::visits)->outliers == 0);
}

TEST_CASE("an extract date inside a month: the month before") {
  Data d;
  daily_visits(d, "2025-01-01", 80);  // to 21 Mar
  CHECK(default_reporting_month(d.x) == ym(2025, 2));
}

TEST_CASE("one mistyped far-future date is an outlier and does not move the month") {
  Data d;
  daily_visits(d, "2025-01-01", 90);
  d.visit("V", "2052-03-11", VisitType::cp, no_row, VisitLink::no_plan);
  Coverage c = measure_coverage(d.x);
  CHECK(format_date(*c.extract_date) == "2025-03-31");
  CHECK(c.of(Kind::visits)->outliers == 1);
  CHECK(c.latest_covered_month() == ym(2025, 3));
}

TEST_CASE("a date outside the calendar's range is an outlier") {
  Data d;
  daily_visits(d, "2025-01-01", 90);
  d.visit("V", "2152-03-11", VisitType::cp, no_row, VisitLink::no_plan);
  Coverage c = measure_coverage(d.x);
  CHECK(format_date(*c.extract_date) == "2025-03-31");
  CHECK(c.of(Kind::visits)->outliers == 1);
}

TEST_CASE("a cluster of later dates is data, not an outlier") {
  Data d;
  daily_visits(d, "2025-01-01", 90);
  daily_visits(d, "2025-09-01", 30);  // 30 rows after a 5-month gap: more than 0.5% and 3
  Coverage c = measure_coverage(d.x);
  CHECK(format_date(*c.extract_date) == "2025-09-30");
  CHECK(c.of(Kind::visits)->outliers == 0);
}

TEST_CASE("a kind that stops early covers only to its last date") {
  Data d;
  daily_referrals(d, "2025-01-01", 90);  // to 31 Mar
  daily_visits(d, "2025-01-01", 46);     // to 15 Feb: 44 days short, more than 14
  Coverage c = measure_coverage(d.x);
  CHECK(format_date(*c.extract_date) == "2025-03-31");
  CHECK(format_date(c.of(Kind::visits)->end) == "2025-02-15");
  CHECK(format_date(c.of(Kind::referrals)->end) == "2025-03-31");
  CHECK(c.covers(Kind::referrals, day("2025-03-01"), day("2025-03-31")));
  CHECK_FALSE(c.covers(Kind::visits, day("2025-02-01"), day("2025-02-28")));
  CHECK(c.covers(Kind::visits, day("2025-01-01"), day("2025-01-31")));
  CHECK_FALSE(c.covers(Kind::cp_plans, day("2025-01-01"), day("2025-01-31")));  // not read
  CHECK(c.latest_covered_month() == ym(2025, 1));  // the latest month every kind covers
}

TEST_CASE("a kind ending a few days early is complete; sparse kinds get more room") {
  Data d;
  daily_referrals(d, "2025-01-01", 90);  // to 31 Mar
  daily_visits(d, "2025-01-01", 83);     // to 24 Mar: 7 days short, within 14
  // Reviews about every 20 days, the last on 1 Mar: 30 days short, within 5 x 20.
  for (std::string_view date : {"2024-11-21", "2024-12-11", "2024-12-31", "2025-01-20", "2025-02-09",
                                "2025-03-01"})
    d.review("C", date, 3);
  Coverage c = measure_coverage(d.x);
  CHECK(format_date(c.of(Kind::visits)->end) == "2025-03-31");
  CHECK(format_date(c.of(Kind::cla_reviews)->end) == "2025-03-31");
  CHECK(c.latest_covered_month() == ym(2025, 3));
}

TEST_CASE("no dated rows: no coverage, and the default month is an error") {
  Data d;
  Coverage c = measure_coverage(d.x);
  CHECK_FALSE(c.extract_date);
  CHECK_FALSE(c.latest_covered_month());
  CHECK_THROWS_AS(default_reporting_month(d.x), InputError);
}

}  // TEST_SUITE

TEST_SUITE("coverage") {

TEST_CASE("dashboard values flag the months an extract they need does not cover") {
  Data d;
  for (int i = 0; i < 90; ++i) d.referral("R", format_date(day("2025-01-01") + date::days{i}));  // to 31 Mar
  for (int i = 0; i < 46; ++i) d.contact("C", format_date(day("2025-01-01") + date::days{i}));   // to 15 Feb
  d.x.coverage = measure_coverage(d.x);
  Dashboard dashboard = compute_dashboard(d.x, Run::england(), default_settings(), ym(2025, 3), 3);
  auto series = [&](std::string_view id) -> const Series& {
    auto it = std::find_if(dashboard.indicators.begin(), dashboard.indicators.end(),
                           [&](const Series& s) { return s.info.id == id; });
    REQUIRE(it != dashboard.indicators.end());
    return *it;
  };
  const Series& referrals = series("referrals");
  REQUIRE(referrals.values.size() == 3);
  for (const auto& v : referrals.values) {
    REQUIRE(v);
    CHECK_FALSE(v->partial_coverage);  // referrals run to 31 March
  }
  const Series& rate = series("contact_to_referral");
  REQUIRE(rate.values[0]);
  REQUIRE(rate.values[1]);
  CHECK_FALSE(rate.values[0]->partial_coverage);  // January: both cover it
  CHECK(rate.values[1]->partial_coverage);        // February: contacts stop on the 15th
  REQUIRE(rate.rolling_3m);
  CHECK(rate.rolling_3m->partial_coverage);
  // February: 28 referrals over 15 contacts is over 100%: shown, and a finding.
  CHECK(rate.values[1]->numerator == 28);
  CHECK(*rate.values[1]->denominator == 15);
  REQUIRE(rate.over_100.size() == 1);
  CHECK(rate.over_100[0] == ym(2025, 2));
  CHECK(rate.findings.at(std::string(finding_over_100)) == 1);
  // A snapshot needs only the month end covered.
  CHECK_FALSE(series("contacts").values[0]->partial_coverage);
}

}  // TEST_SUITE
