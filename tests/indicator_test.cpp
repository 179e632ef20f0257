// The indicator machinery: registry, periods, RAG, the dashboard's pooled
// rolling-3-month and year-to-date figures, and missing extracts.
#include "indicator_fixture.h"
#include "kpi/error.h"

#include <set>

using namespace kpi;
using namespace kpi::test;

TEST_SUITE("indicator") {

TEST_CASE("registry: SPEC section 5 sub-ids, exactly") {
  std::vector<std::string> ids = indicator_ids();
  std::set<std::string> all(ids.begin(), ids.end());
  CHECK(all.size() == ids.size());  // no id twice
  for (std::string_view id :
       {"assessment_outcomes.nfa", "assessment_outcomes.cin", "assessment_outcomes.other",
        "assessment_duration_bands.same_day", "assessment_duration_bands.1_10",
        "assessment_duration_bands.11_20", "assessment_duration_bands.21_30",
        "assessment_duration_bands.31_40", "assessment_duration_bands.41_45",
        "assessment_duration_bands.46_50", "assessment_duration_bands.51_60",
        "assessment_duration_bands.61_plus", "strategy_discussions.children",
        "strategy_wt_compliant.no_police", "strategy_wt_compliant.no_health",
        "strategy_wt_compliant.social_care", "strategy_wt_compliant.police",
        "strategy_wt_compliant.health", "strategy_wt_compliant.education",
        "strategy_wt_compliant.other", "cp_plans_started.under_10", "cp_open_over_2y.ended",
        "cin_plans_open.started", "cin_plans_open.over_6m"})
    CHECK_MESSAGE(all.count(std::string(id)) == 1, id);
  for (std::string_view id :
       {"referrals", "repeat_referrals_12m", "referrals_nfa", "referrals_to_assessment",
        "assessments_completed", "assessments_45wd", "assessments_open_over_45wd",
        "strategy_discussions", "strategy_wt_compliant", "s47_started", "s47_to_icpc",
        "icpc_15wd", "icpc_to_cp_plan", "cp_plans_started", "cp_plans_open", "cp_plans_ended",
        "cp_subsequent", "cp_open_over_2y", "cp_visits_in_time", "cp_seen_in_time",
        "cin_plans_open", "cin_visits_in_time", "cin_seen_in_time", "cla_visits_in_time",
        "contacts", "contact_to_referral", "early_help_open", "cla_open", "cla_iha_20wd",
        "cla_review_participation", "s47_to_cin_plan", "cp_reviews_in_time"})
    CHECK_MESSAGE(all.count(std::string(id)) == 1, id);
  // Families with several values and no headline are found by their family id.
  auto outcomes = find_indicator("assessment_outcomes");
  REQUIRE(outcomes);
  CHECK(outcomes->sub == -1);
  CHECK(find_indicator("strategy_wt_compliant.police")->sub == 4);
}

TEST_CASE("unknown indicator: did you mean") {
  CHECK_THROWS_WITH_AS(resolve_indicator("asessments_45wd"),
                       "unknown indicator 'asessments_45wd', did you mean 'assessments_45wd'?",
                       UsageError);
  CHECK_THROWS_WITH_AS(resolve_indicator("zzzz"), "unknown indicator 'zzzz'", UsageError);
}

TEST_CASE("catalogue: default targets and polarity") {
  auto catalogue = indicator_catalogue(default_settings());
  auto find = [&](std::string_view id) {
    for (const auto& info : catalogue)
      if (info.id == id) return info;
    FAIL("missing " << id);
    return IndicatorInfo{};
  };
  CHECK(find("repeat_referrals_12m").rag->target == 18);
  CHECK(find("repeat_referrals_12m").polarity == Polarity::lower);
  CHECK(find("assessments_45wd").rag->target == 90);
  CHECK(find("cla_review_participation").rag->target == 95);
  CHECK(!find("referrals").rag);
  CHECK(find("cp_plans_open").measure == Measure::snapshot);
  CHECK(find("cin_plans_open.started").measure == Measure::flow);
  CHECK(find("cp_visits_in_time").needs.size() == 2);
}

TEST_CASE("RAG, values and labels") {
  RagBands bands{90, 5};
  CHECK(rate(Polarity::higher, bands, 90.0) == Rag::green);
  CHECK(rate(Polarity::higher, bands, 85.0) == Rag::amber);
  CHECK(rate(Polarity::higher, bands, 84.9) == Rag::red);
  RagBands lower{18, 5};
  CHECK(rate(Polarity::lower, lower, 18.0) == Rag::green);
  CHECK(rate(Polarity::lower, lower, 23.0) == Rag::amber);
  CHECK(rate(Polarity::lower, lower, 23.5) == Rag::red);
  CHECK(rate(Polarity::higher, bands, std::nullopt) == Rag::none);
  CHECK(rate(Polarity::higher, std::nullopt, 50.0) == Rag::none);
  CHECK(rag_name(Rag::amber) == "amber");
  CHECK(period_label(ym(2017, 11)) == "2017-11");
  CHECK(*Value{284, 499}.value(Unit::percent) == doctest::Approx(56.9138));
  CHECK(!Value{0, 0}.value(Unit::percent));
  CHECK(*Value{7, std::nullopt}.value(Unit::count) == 7);
}

TEST_CASE("periods: month ends, open ranges, financial year") {
  Periods periods(ym(2024, 1), ym(2024, 3));
  CHECK(periods.size() == 3);
  CHECK(periods.last_day(1) == day("2024-02-29"));
  CHECK(periods.of(day("2024-02-29")) == 1);
  CHECK(periods.of(day("2023-12-31")) == -1);
  CHECK(periods.of(day("2024-04-01")) == -1);
  // Open from 31 Jan to 29 Feb: open at 31 Jan only (an end on the as-at day is not open).
  CHECK(periods.open_at_month_ends(day("2024-01-31"), day("2024-02-29")) == std::pair(0, 0));
  CHECK(periods.open_at_month_ends(day("2023-05-01"), std::nullopt) == std::pair(0, 2));
  auto empty = periods.open_at_month_ends(day("2024-02-03"), day("2024-02-20"));
  CHECK(empty.first > empty.second);
  CHECK(financial_year_start(ym(2024, 3)) == ym(2023, 4));
  CHECK(financial_year_start(ym(2024, 4)) == ym(2024, 4));
  auto run = run_periods(ym(2024, 5), 1);  // one month shown; rolling from March
  CHECK(run.periods.month(0) == ym(2024, 3));
  CHECK(run.first_shown == 2);
  CHECK(run.rolling_first == 0);
  CHECK(run.year_first == 1);
}

TEST_CASE("age bands") {
  CHECK(age_band(day("2024-06-01"), day("2024-03-01")) == AgeBand::under_1);  // unborn
  CHECK(age_band(day("2023-03-01"), day("2024-02-29")) == AgeBand::under_1);
  CHECK(age_band(day("2023-03-01"), day("2024-03-01")) == AgeBand::age_1_4);
  CHECK(age_band(day("2014-03-01"), day("2024-02-29")) == AgeBand::age_5_9);
  CHECK(age_band(day("2014-03-01"), day("2024-03-01")) == AgeBand::age_10_15);
  CHECK(age_band(day("2008-02-29"), day("2024-02-28")) == AgeBand::age_10_15);  // 15 on 28 Feb... 16 on 29 Feb
  CHECK(age_band(day("2008-02-29"), day("2024-02-29")) == AgeBand::age_16_plus);
  CHECK(age_band(std::nullopt, day("2024-03-01")) == AgeBand::unknown);
}

TEST_CASE("dashboard: months shown, rolling 3 months, year to date, missing extracts") {
  Data d;
  d.referral("A", "2024-02-15");  // before the year to date (from 1 April 2024)
  d.referral("A", "2024-03-10");
  d.referral("B", "2024-03-11");
  d.referral("C", "2024-04-01");
  d.referral("D", "2024-05-02");
  d.referral("E", "2024-05-03");
  d.referral("F", "2024-05-31");
  CHECK(default_reporting_month(d.x) == ym(2024, 5));  // 31 May is the month's last day
  Dashboard dash = compute_dashboard(d.x, Run::england(), default_settings(), ym(2024, 5), 3);
  REQUIRE(dash.periods.size() == 3);
  CHECK(dash.periods.front() == ym(2024, 3));
  const Series& referrals = dash.indicators.front();
  CHECK(referrals.info.id == "referrals");
  CHECK(referrals.values[0]->numerator == 2);
  CHECK(referrals.values[1]->numerator == 1);
  CHECK(referrals.values[2]->numerator == 3);
  CHECK(referrals.rolling_3m->numerator == 6);    // March to May
  CHECK(referrals.year_to_date->numerator == 4);  // April and May
  // Repeat referrals: A's 10 Mar referral repeats 15 Feb; every month is partial
  // (history from 15 Feb 2024). Rolling: 1 / 6.
  const Series* repeat = nullptr;
  const Series* timeliness = nullptr;
  for (const Series& s : dash.indicators) {
    if (s.info.id == "repeat_referrals_12m") repeat = &s;
    if (s.info.id == "assessments_45wd") timeliness = &s;
  }
  REQUIRE(repeat);
  CHECK(repeat->rolling_3m->numerator == 1);
  CHECK(repeat->rolling_3m->denominator == 6);
  CHECK(repeat->rolling_3m->partial_history);
  CHECK(repeat->info.rag->target == 18);
  REQUIRE(timeliness);
  CHECK(timeliness->missing == "needs an assessments extract");
  CHECK(timeliness->values.size() == 3);
  CHECK(!timeliness->values[2]);

  // One month shown: the pooled figures still cover their months.
  Dashboard one = compute_dashboard(d.x, Run::england(), default_settings(), ym(2024, 5), 1);
  CHECK(one.indicators.front().values.size() == 1);
  CHECK(one.indicators.front().rolling_3m->numerator == 6);

  d.x.referrals.pop_back();  // the latest date is now 3 May: the reporting month is April
  CHECK(default_reporting_month(d.x) == ym(2024, 4));
  CHECK_THROWS_AS(default_reporting_month(Extracts{}), InputError);
}

}  // TEST_SUITE
