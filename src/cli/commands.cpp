#include "cli/commands.h"

#include <array>

namespace kpi::cli {

namespace {

using Examples = std::array<std::string_view, 3>;

constexpr Examples dashboard_examples = {
    "csc-kpi dashboard samples/",
    "csc-kpi dashboard extracts/ --month 2017-11 --months 6 --format markdown",
    "csc-kpi dashboard extracts/ --config anytown.toml --format json --output dashboard.json",
};
constexpr Examples show_examples = {
    "csc-kpi show assessments_45wd samples/ --month 2017-11",
    "csc-kpi show assessments_45wd samples/ --by team",
    "csc-kpi show cp_visits_in_time samples/ --cases --format csv --output cases.csv",
};
constexpr Examples due_examples = {
    "csc-kpi due samples/",
    "csc-kpi due extracts/ --as-at 2017-11-30 --within 10 --by worker",
    "csc-kpi due extracts/ --format csv --excel --output due.csv",
};
constexpr Examples check_examples = {
    "csc-kpi check samples/",
    "csc-kpi check extracts/ --format json",
    "csc-kpi check assessments=List_4.csv referrals=List_3.csv",
};
constexpr Examples indicators_examples = {
    "csc-kpi indicators",
    "csc-kpi indicators --config anytown.toml --format markdown",
    "csc-kpi indicators --format csv --output catalogue.csv",
};
constexpr Examples workdays_examples = {
    "csc-kpi workdays 2024-12-20 2025-01-06",
    "csc-kpi workdays --add 2024-12-20 10",
    "csc-kpi workdays 2025-01-02 2025-01-10 --division scotland --count inclusive",
};
constexpr Examples holidays_examples = {
    "csc-kpi holidays 2025",
    "csc-kpi holidays 2024 2026 --division scotland",
    "csc-kpi holidays --closures closures.csv --format csv",
};
constexpr Examples completion_examples = {
    "csc-kpi completion bash > ~/.local/share/bash-completion/completions/csc-kpi",
    "source <(csc-kpi completion bash)",
    "",
};

constexpr Command table[] = {
    {"dashboard", "the monthly dashboard of every indicator", "EXTRACT...", dashboard_examples,
     setup_dashboard},
    {"show", "one indicator: its figure, breakdown and the cases behind it", "ID EXTRACT...",
     show_examples, setup_show},
    {"due", "visits and assessments overdue or due soon, by team or worker", "EXTRACT...",
     due_examples, setup_due},
    {"check", "what each extract was recognised as, and its data-quality report", "EXTRACT...",
     check_examples, setup_check},
    {"indicators", "the catalogue of indicators with their definitions", "", indicators_examples,
     setup_indicators},
    {"workdays", "count working days between two dates, or add working days to a date",
     "FROM TO | --add DATE N", workdays_examples, setup_workdays},
    {"holidays", "the bank holidays and closures of a year or years", "[YEAR | FROM_YEAR TO_YEAR]",
     holidays_examples, setup_holidays},
    {"completion", "print the bash completion script", "SHELL", completion_examples,
     setup_completion},
};

}  // namespace

std::span<const Command> commands() { return table; }

const Command* find_command(std::string_view name) {
  for (const Command& command : table)
    if (command.name == name) return &command;
  return nullptr;
}

}  // namespace kpi::cli
