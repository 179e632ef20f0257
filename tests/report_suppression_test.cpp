// Publication rules (kpi/suppression.h): which figures are [c] and [low], and
// that a suppressed figure keeps no number a renderer could print.
#include "kpi/suppression.h"
#include "report/report_common.h"

#include <doctest/doctest.h>

using namespace kpi;

namespace {

Value count(long n) { return Value{n, std::nullopt}; }
Value percent(long numerator, long denominator) { return Value{numerator, denominator}; }

const Suppression publish{true, 5, 0};

}  // namespace

TEST_SUITE("report") {

TEST_CASE("suppression: counts from 1 to 5 are [c]; 0 and 6 are shown") {
  CHECK(shown(count(0), Unit::count, publish) == Shown::value);
  CHECK(shown(count(1), Unit::count, publish) == Shown::suppressed);
  CHECK(shown(count(3), Unit::count, publish) == Shown::suppressed);
  CHECK(shown(count(5), Unit::count, publish) == Shown::suppressed);
  CHECK(shown(count(6), Unit::count, publish) == Shown::value);
  CHECK(shown(count(3), Unit::count, Suppression{true, 2, 0}) == Shown::value);
  CHECK(shown(count(3), Unit::count, Suppression{}) == Shown::value);  // off
}

TEST_CASE("suppression: a percentage over a small numerator or denominator is [c]") {
  CHECK(shown(percent(3, 4), Unit::percent, publish) == Shown::suppressed);   // both small
  CHECK(shown(percent(3, 40), Unit::percent, publish) == Shown::suppressed);  // numerator 3
  CHECK(shown(percent(0, 4), Unit::percent, publish) == Shown::suppressed);   // denominator 4
  CHECK(shown(percent(0, 40), Unit::percent, publish) == Shown::value);       // 0 of 40
  CHECK(shown(percent(6, 6), Unit::percent, publish) == Shown::value);
  CHECK(shown(percent(0, 0), Unit::percent, publish) == Shown::value);  // no value: "-"
}

TEST_CASE("suppression: [low] below the base, only when not suppressing") {
  const Suppression low{false, 5, 10};
  CHECK(shown(percent(3, 9), Unit::percent, low) == Shown::low);
  CHECK(shown(percent(3, 10), Unit::percent, low) == Shown::value);
  CHECK(shown(percent(0, 0), Unit::percent, low) == Shown::value);
  CHECK(shown(count(3), Unit::count, low) == Shown::value);  // a count has no base
  CHECK(shown(percent(3, 9), Unit::percent, Suppression{true, 5, 10}) == Shown::suppressed);
}

TEST_CASE("suppression: applied, a figure keeps no number; the texts say [c] and [low]") {
  std::optional<Value> v = percent(3, 4);
  apply_suppression(v, Unit::percent, publish);
  REQUIRE(v);
  CHECK(v->suppressed);
  CHECK(v->numerator == 0);
  CHECK(v->denominator == 0);
  CHECK_FALSE(v->value(Unit::percent));
  CHECK(report::display_value(v, Unit::percent) == "[c]");
  CHECK(report::numerator_text(v) == "[c]");
  CHECK(report::denominator_text(v) == "[c]");
  CHECK(report::value_text(v, Unit::percent) == "[c]");
  CHECK(shown(*v, Unit::percent, Suppression{}) == Shown::suppressed);  // the mark stays

  std::optional<Value> low = percent(1, 3);
  apply_suppression(low, Unit::percent, Suppression{false, 5, 10});
  REQUIRE(low);
  CHECK(low->low);
  CHECK(report::display_value(low, Unit::percent) == "33.3% [low]");
  CHECK(report::value_text(low, Unit::percent) == "33.333333333333336");

  std::optional<Value> none;
  apply_suppression(none, Unit::count, publish);
  CHECK_FALSE(none);
}

}  // TEST_SUITE
