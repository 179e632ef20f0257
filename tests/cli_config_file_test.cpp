// The config file's indicator settings: [targets], [amber], [timescales] and
// assessment_from, with the exact error messages.
#include "kpi/error.h"
#include "kpi/settings.h"

#include <doctest/doctest.h>

#include <sstream>

using namespace kpi;

namespace {

const std::vector<std::string> ids = {"referrals", "repeat_referrals_12m", "assessments_45wd",
                                      "assessment_outcomes.nfa", "cp_visits_in_time",
                                      "strategy_wt_compliant.police"};

Settings defaults() {
  Settings settings;
  settings.targets["repeat_referrals_12m"] = RagBands{18, 5};
  settings.targets["assessments_45wd"] = RagBands{90, 5};
  return settings;
}

Settings parsed(const std::string& text) {
  Settings settings = defaults();
  std::istringstream in(text);
  parse_settings(in, "config.toml", ids, settings);
  return settings;
}

std::string error_of(const std::string& text) {
  try {
    parsed(text);
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_SUITE("cli") {

TEST_CASE("settings: a full config file") {
  Settings s = parsed(
      "# Anytown children's services standards\n"
      "division = \"scotland\"        # a command-line option: CLI11's\n"
      "count = \"inclusive\"\n"
      "assessment_from = \"referral\"\n"
      "strict\n"
      "\n"
      "[amber]\n"
      "assessments_45wd = 2.5\n"
      "\n"
      "[targets]\n"
      "assessments_45wd = 85\n"
      "strategy_wt_compliant.police = 30\n"
      "\"cp_visits_in_time\" = 95.5\n"
      "repeat_referrals_12m = \"none\"\n"
      "\n"
      "[timescales]\n"
      "cp_visit_days = 15   # our local standard\n"
      "cin_visit_weeks = 4\n"
      "assessment_days = 40\n"
      "\n"
      "[dashboard]\n"
      "months = 6\n"
      "anything goes here\n");
  CHECK(s.assessment_from_referral);
  REQUIRE(s.targets.count("assessments_45wd") == 1);
  CHECK(s.targets["assessments_45wd"].target == 85);
  CHECK(s.targets["assessments_45wd"].amber_margin == 2.5);  // [amber] before [targets]
  CHECK(s.targets["strategy_wt_compliant.police"].target == 30);
  CHECK(s.targets["strategy_wt_compliant.police"].amber_margin == 5);  // the default margin
  CHECK(s.targets["cp_visits_in_time"].target == 95.5);
  CHECK(s.targets.count("repeat_referrals_12m") == 0);  // "none" drops a default target
  CHECK(s.cp_visit_days == 15);
  CHECK(s.cin_visit_weeks == 4);
  CHECK(s.assessment_days == 40);
  CHECK(s.icpc_days == 15);  // untouched
}

TEST_CASE("settings: an empty file keeps the defaults") {
  Settings s = parsed("");
  CHECK_FALSE(s.assessment_from_referral);
  CHECK(s.targets.size() == 2);
  CHECK(s.cp_visit_days == 10);
  CHECK(parsed("assessment-from = start\n").assessment_from_referral == false);
}

TEST_CASE("settings: errors name the file and line") {
  CHECK(error_of("[timescales]\ncp_visit_days = 10\n\n\n\n\ncp_visit_dayz = 10\n") ==
        "config.toml:7: unknown timescale 'cp_visit_dayz', did you mean 'cp_visit_days'?");
  CHECK(error_of("[timescales]\ncp_visit_days = ten\n") ==
        "config.toml:2: invalid timescale 'ten' for 'cp_visit_days' (expected a whole number "
        "from 1 to 3650)");
  CHECK(error_of("[timescales]\ncp_visit_days = 0\n") ==
        "config.toml:2: invalid timescale '0' for 'cp_visit_days' (expected a whole number "
        "from 1 to 3650)");
  CHECK(error_of("[timescales]\ncp_visit_days = 10.5\n") ==
        "config.toml:2: invalid timescale '10.5' for 'cp_visit_days' (expected a whole number "
        "from 1 to 3650)");
  CHECK(error_of("[targets]\nassesments_45wd = 85\n") ==
        "config.toml:2: unknown indicator 'assesments_45wd' in [targets], did you mean "
        "'assessments_45wd'?");
  CHECK(error_of("[targets]\nassessments_45wd = 85%\n") ==
        "config.toml:2: invalid target '85%' for 'assessments_45wd' (expected a number such as "
        "90, or none)");
  CHECK(error_of("[amber]\nassessments_45wd = -1\n") ==
        "config.toml:2: invalid amber margin '-1' for 'assessments_45wd' (expected a number of "
        "0 or more)");
  CHECK(error_of("[amber]\nreferrals = 3\n") ==
        "config.toml:2: amber margin for 'referrals' without a target (set one in [targets])");
  CHECK(error_of("\n[target]\nassessments_45wd = 85\n") ==
        "config.toml:2: unknown section '[target]', did you mean '[targets]'?");
  CHECK(error_of("[targets\n") ==
        "config.toml:1: invalid section header '[targets' (expected [name])");
  CHECK(error_of("[targets]\nassessments_45wd\n") ==
        "config.toml:2: expected 'name = value' in [targets], found 'assessments_45wd'");
  // A percentage target above 100, and a target where neither direction is better.
  CHECK(error_of("[targets]\n\nassessments_45wd = 150\n") ==
        "config.toml:3: invalid target '150' for 'assessments_45wd' (a percentage: expected 0 "
        "to 100)");
  CHECK(error_of("[targets]\nreferrals = 100\n") ==
        "config.toml:2: 'referrals' has no target: neither higher nor lower is better for it "
        "(remove the line, or write none)");
  CHECK(error_of("[targets]\nassessments_45wd = 100\n") == "no error");
  CHECK(error_of("assessment_from = \"referal\"\n") ==
        "config.toml:1: invalid assessment_from 'referal' (expected start or referral)");
  CHECK(error_of("assessment_from = \"referral\n") ==
        "config.toml:1: unterminated string \"referral");
}

}  // TEST_SUITE
