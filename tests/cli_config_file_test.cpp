// The config file's indicator settings ([targets], [amber], [timescales]) read
// by toml++, with the exact errors at file:line:col. The options it sets are
// tested end to end (tests/e2e/config.sh).
#include "cli/config_file.h"
#include "kpi/error.h"
#include "kpi/settings.h"

#include <doctest/doctest.h>

using namespace kpi;
using kpi::cli::ConfigFile;

namespace {

const std::vector<std::string> ids = {"referrals", "repeat_referrals_12m", "assessments_45wd",
                                      "assessment_outcomes.nfa", "cp_visits_in_time",
                                      "strategy_wt_compliant.police"};

Settings parsed(const std::string& text) {
  return ConfigFile::parse(text, "config.toml").settings(ids);
}

std::string error_of(const std::string& text) {
  try {
    parsed(text);
  } catch (const UsageError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_SUITE("cli") {

TEST_CASE("settings: a full config file, TOML 1.0") {
  Settings s = parsed(
      "# Anytown children's services standards\n"
      "division = \"scotland\"        # an option: not a setting\n"
      "strict = true\n"
      "\n"
      "[amber]   # before [targets]: margins apply once the targets are known\n"
      "assessments_45wd = 2.5\n"
      "\n"
      "[targets]\n"
      "assessments_45wd = 85\n"
      "strategy_wt_compliant.police = 30   # a dotted key: a sub-id\n"
      "\"cp_visits_in_time\" = 95.5\n"
      "repeat_referrals_12m = \"none\"\n"
      "\n"
      "[timescales]\n"
      "cp_visit_days = 15   # our local standard\n"
      "cin_visit_weeks = 4\n"
      "assessment_days = 40\n"
      "cp_first_review_months = 2\n"
      "cp_review_months = 4\n"
      "\n"
      "[dashboard]\n"
      "months = 6\n");
  REQUIRE(s.targets.count("assessments_45wd") == 1);
  CHECK(s.targets["assessments_45wd"].target == 85);
  CHECK(s.targets["assessments_45wd"].amber_margin == 2.5);
  REQUIRE(s.targets.count("strategy_wt_compliant.police") == 1);
  CHECK(s.targets["strategy_wt_compliant.police"].target == 30);
  CHECK(s.targets["strategy_wt_compliant.police"].amber_margin == 5);  // the default margin
  REQUIRE(s.targets.count("cp_visits_in_time") == 1);
  CHECK(s.targets["cp_visits_in_time"].target == 95.5);
  CHECK(s.targets.count("repeat_referrals_12m") == 0);  // "none" drops a default target
  CHECK(s.cp_visit_days == 15);
  CHECK(s.cin_visit_weeks == 4);
  CHECK(s.assessment_days == 40);
  CHECK(s.cp_first_review_months == 2);
  CHECK(s.cp_review_months == 4);
  CHECK(s.icpc_days == 15);  // untouched
}

TEST_CASE("settings: inline tables and quoted sub-ids are the same ids") {
  Settings s = parsed(
      "targets = { assessments_45wd = 80, \"strategy_wt_compliant.police\" = 40 }\n"
      "[timescales]\n"
      "'iha_days' = 25\n");
  REQUIRE(s.targets.count("assessments_45wd") == 1);
  CHECK(s.targets["assessments_45wd"].target == 80);
  REQUIRE(s.targets.count("strategy_wt_compliant.police") == 1);
  CHECK(s.targets["strategy_wt_compliant.police"].target == 40);
  CHECK(s.iha_days == 25);
}

TEST_CASE("settings: an empty file keeps the defaults") {
  Settings s = parsed("");
  Settings defaults = default_settings();
  CHECK_FALSE(s.assessment_from_referral);
  CHECK(s.targets.size() == defaults.targets.size());
  CHECK(s.cp_visit_days == 10);
  CHECK(s.cp_first_review_months == 3);
  CHECK(s.cp_review_months == 6);
}

TEST_CASE("settings: errors name the file, line, column and key") {
  CHECK(error_of("[timescales]\ncp_visit_days = 10\n\n\n\n\ncp_visit_dayz = 10\n") ==
        "config.toml:7:1: unknown key 'timescales.cp_visit_dayz', did you mean "
        "'timescales.cp_visit_days'?");
  CHECK(error_of("[timescales]\ncp_visit_days = \"ten\"\n") ==
        "config.toml:2:17: timescales.cp_visit_days: expected a whole number from 1 to 3650, got "
        "a string (\"ten\")");
  CHECK(error_of("[timescales]\ncp_visit_days = 0\n") ==
        "config.toml:2:17: timescales.cp_visit_days: expected a whole number from 1 to 3650, got "
        "a number (0)");
  CHECK(error_of("[timescales]\ncp_visit_days = 10.5\n") ==
        "config.toml:2:17: timescales.cp_visit_days: expected a whole number from 1 to 3650, got "
        "a number (10.5)");
  CHECK(error_of("[targets]\nassesments_45wd = 85\n") ==
        "config.toml:2:1: unknown indicator 'assesments_45wd' in [targets], did you mean "
        "'assessments_45wd'?");
  CHECK(error_of("[targets]\nassessments_45wd = \"85%\"\n") ==
        "config.toml:2:20: targets.assessments_45wd: expected a number such as 90, or \"none\", "
        "got a string (\"85%\")");
  CHECK(error_of("[targets]\nassessments_45wd = true\n") ==
        "config.toml:2:20: targets.assessments_45wd: expected a number such as 90, or \"none\", "
        "got true");
  CHECK(error_of("[amber]\nassessments_45wd = -1\n") ==
        "config.toml:2:20: amber.assessments_45wd: expected a number of 0 or more, got a number "
        "(-1)");
  CHECK(error_of("[amber]\nreferrals = 3\n") ==
        "config.toml:2:1: amber.referrals: an amber margin without a target (set one in "
        "[targets])");
  // A percentage target above 100, and a target where neither direction is better.
  CHECK(error_of("[targets]\n\nassessments_45wd = 150\n") ==
        "config.toml:3:20: targets.assessments_45wd: expected a percentage from 0 to 100, got a "
        "number (150)");
  CHECK(error_of("[targets]\nreferrals = 100\n") ==
        "config.toml:2:1: targets.referrals: this indicator has no target: neither higher nor "
        "lower is better for it (remove the line)");
  CHECK(error_of("[targets]\nassessments_45wd = 100\n") == "no error");
}

TEST_CASE("config: what is not TOML is an error at its place") {
  // toml++'s own words, at the line and column.
  std::string unterminated = error_of("assessment_from = \"referral\n");
  CHECK(unterminated.rfind("config.toml:1:", 0) == 0);
  std::string bare = error_of("[targets]\nassessments_45wd\n");
  CHECK(bare.rfind("config.toml:2:", 0) == 0);
  std::string header = error_of("[targets\n");
  CHECK(header.rfind("config.toml:1:", 0) == 0);
  // A binary file is refused without its bytes.
  std::string binary = error_of(std::string("\x7f" "ELF\x02\x01\x01\0\0\0", 10));
  CHECK(binary == "config.toml: not a config file: it is not text (a TOML file is UTF-8 text)");
}

}  // TEST_SUITE
