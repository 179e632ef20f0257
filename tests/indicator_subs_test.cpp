// Sub-indicators by name: each enumerator a compute function writes under
// (src/indicator/family.h) is the sub-id the registry publishes. The build
// already checks that row k carries enumerator k; these rows pin the one thing
// it cannot see, that the row's suffix is the one the enumerator names.
#include "indicator/family.h"
#include "kpi/settings.h"

#include <doctest/doctest.h>

using namespace kpi;

namespace {

template <SubEnum Sub>
std::string id_of(std::string_view family_id, Sub sub) {
  auto ref = find_indicator(family_id);
  REQUIRE(ref);
  REQUIRE(sub_index(sub) < ref->family->subs.size());
  return sub_id(*ref->family, sub_index(sub));
}

}  // namespace

TEST_SUITE("indicator") {

TEST_CASE("sub-indicators: each enumerator names its sub-id") {
  CHECK(id_of("assessment_outcomes", OutcomeSub::nfa) == "assessment_outcomes.nfa");
  CHECK(id_of("assessment_outcomes", OutcomeSub::cin) == "assessment_outcomes.cin");
  CHECK(id_of("assessment_outcomes", OutcomeSub::other) == "assessment_outcomes.other");

  auto band = [](DurationBand b) { return id_of("assessment_duration_bands", b); };
  CHECK(band(DurationBand::same_day) == "assessment_duration_bands.same_day");
  CHECK(band(DurationBand::wd_1_10) == "assessment_duration_bands.1_10");
  CHECK(band(DurationBand::wd_11_20) == "assessment_duration_bands.11_20");
  CHECK(band(DurationBand::wd_21_30) == "assessment_duration_bands.21_30");
  CHECK(band(DurationBand::wd_31_40) == "assessment_duration_bands.31_40");
  CHECK(band(DurationBand::wd_41_45) == "assessment_duration_bands.41_45");
  CHECK(band(DurationBand::wd_46_50) == "assessment_duration_bands.46_50");
  CHECK(band(DurationBand::wd_51_60) == "assessment_duration_bands.51_60");
  CHECK(band(DurationBand::wd_61_plus) == "assessment_duration_bands.61_plus");

  CHECK(id_of("strategy_discussions", DiscussionSub::discussions) == "strategy_discussions");
  CHECK(id_of("strategy_discussions", DiscussionSub::children) == "strategy_discussions.children");

  CHECK(id_of("strategy_wt_compliant", WtSub::compliant) == "strategy_wt_compliant");
  CHECK(id_of("strategy_wt_compliant", WtSub::no_police) == "strategy_wt_compliant.no_police");
  CHECK(id_of("strategy_wt_compliant", WtSub::no_health) == "strategy_wt_compliant.no_health");
  CHECK(id_of("strategy_wt_compliant", WtSub::social_care) == "strategy_wt_compliant.social_care");
  CHECK(id_of("strategy_wt_compliant", WtSub::police) == "strategy_wt_compliant.police");
  CHECK(id_of("strategy_wt_compliant", WtSub::health) == "strategy_wt_compliant.health");
  CHECK(id_of("strategy_wt_compliant", WtSub::education) == "strategy_wt_compliant.education");
  CHECK(id_of("strategy_wt_compliant", WtSub::other) == "strategy_wt_compliant.other");

  CHECK(id_of("cp_plans_started", CpStartedSub::started) == "cp_plans_started");
  CHECK(id_of("cp_plans_started", CpStartedSub::under_10) == "cp_plans_started.under_10");

  CHECK(id_of("cp_open_over_2y", CpOver2ySub::open) == "cp_open_over_2y");
  CHECK(id_of("cp_open_over_2y", CpOver2ySub::ended) == "cp_open_over_2y.ended");

  CHECK(id_of("cin_plans_open", CinOpenSub::open) == "cin_plans_open");
  CHECK(id_of("cin_plans_open", CinOpenSub::started) == "cin_plans_open.started");
  CHECK(id_of("cin_plans_open", CinOpenSub::over_6m) == "cin_plans_open.over_6m");

  CHECK(id_of("early_help_open", EarlyHelpSub::open) == "early_help_open");
  CHECK(id_of("early_help_open", EarlyHelpSub::closed) == "early_help_open.closed");
  CHECK(id_of("early_help_open", EarlyHelpSub::over_12m) == "early_help_open.over_12m");

  CHECK(id_of("cla_open", ClaOpenSub::in_care) == "cla_open");
  CHECK(id_of("cla_open", ClaOpenSub::started) == "cla_open.started");
}

TEST_CASE("default settings: the targets of the registry rows, nothing else") {
  Settings settings = default_settings();
  CHECK(settings.targets.size() == 3);
  REQUIRE(settings.targets.count("repeat_referrals_12m") == 1);
  CHECK(settings.targets["repeat_referrals_12m"].target == 18);
  CHECK(settings.targets["repeat_referrals_12m"].amber_margin == 5);
  REQUIRE(settings.targets.count("assessments_45wd") == 1);
  CHECK(settings.targets["assessments_45wd"].target == 90);
  CHECK(settings.targets["assessments_45wd"].amber_margin == 5);
  REQUIRE(settings.targets.count("cla_review_participation") == 1);
  CHECK(settings.targets["cla_review_participation"].target == 95);
  CHECK(settings.targets["cla_review_participation"].amber_margin == 5);
}

}  // TEST_SUITE
