#include "kpi/suggest.h"

#include <doctest/doctest.h>

TEST_CASE("did you mean") {
  std::vector<std::string_view> names = {"dashboard", "show", "workdays", "holidays"};
  CHECK(kpi::did_you_mean("workday", names) == ", did you mean 'workdays'?");
  CHECK(kpi::did_you_mean("dashbaord", names) == ", did you mean 'dashboard'?");
  CHECK(kpi::did_you_mean("holi", names) == ", did you mean 'holidays'?");
  CHECK(kpi::did_you_mean("zzzzzzzz", names) == "");
}
