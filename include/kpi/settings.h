// Local standards: each indicator's target and RAG bands and the timescales
// the indicators measure against. The defaults are the SPEC's (the targets
// from the indicator registry, src/indicator/registry.cpp); the --config file
// overrides them (read by src/cli/config_settings.cpp).
#pragma once

#include <map>
#include <string>
#include <vector>

namespace kpi {

// RAG bands around a target. For "higher is better": green when value >= target,
// amber when value >= target - amber_margin, else red (mirrored for "lower").
struct RagBands {
  double target = 0;
  double amber_margin = 5;
};

struct Settings {
  std::map<std::string, RagBands> targets;   // by id; defaults filled by default_settings()
  int assessment_days = 45;                  // working days
  int cp_visit_days = 10;                    // working days
  int cin_visit_weeks = 6;
  int cla_first_visit_days = 7;              // calendar days
  int cla_visit_days = 42;                   // calendar days
  int icpc_days = 15;                        // working days
  int iha_days = 20;                         // working days
  int cin_open_months = 6;
  int repeat_referral_months = 12;
  int cp_first_review_months = 3;            // the plan start to the first review
  int cp_review_months = 6;                  // a review to the next
  bool assessment_from_referral = false;     // --assessment-from referral
};

// The SPEC's settings: the timescales above and the targets of the registry's
// rows (src/indicator/registry.cpp).
Settings default_settings();

}  // namespace kpi
