// Steps shared by the commands of the output side (dashboard, due, indicators):
// reading extracts with their messages and reconciliation on stderr, settings
// from the config file, and month / date arguments.
#pragma once

#include "cli/options.h"
#include "kpi/dashboard.h"

#include <optional>
#include <string>
#include <vector>

namespace kpi::cli {

// Reads the extracts named on the command line (UsageError when there are
// none), then warns each extract message (a few per file) and each file's
// reconciliation line.
Extracts load_and_report(const std::vector<std::string>& arguments, const GlobalOptions& global);

// The settings of the --config file (or the defaults), with the
// --assessment-from choice ("", "start" or "referral") over them.
Settings load_settings(const GlobalOptions& global, const std::string& assessment_from);

// "2017-11"; UsageError quoting the text otherwise.
date::year_month parse_month(const std::string& text);

// A date in any format the extracts accept; UsageError naming `option`.
Date parse_date_option(const std::string& text, std::string_view option);

}  // namespace kpi::cli
