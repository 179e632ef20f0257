#include "cli/commands.h"

namespace kpi::cli {

std::span<const Command> commands() {
  static const Command table[] = {
      {"dashboard", "the monthly dashboard of every indicator", setup_dashboard},
      {"show", "one indicator: its figure, breakdown and the cases behind it", setup_show},
      {"due", "visits and assessments overdue or due soon, by team and worker", setup_due},
      {"check", "what each extract was recognised as, and its data-quality report", setup_check},
      {"indicators", "the catalogue of indicators with their definitions", setup_indicators},
      {"workdays", "count working days between two dates, or add working days to a date",
       setup_workdays},
      {"holidays", "list the bank holidays and closures of a year or years", setup_holidays},
  };
  return table;
}

}  // namespace kpi::cli
