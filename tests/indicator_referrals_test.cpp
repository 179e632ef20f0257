// Referral families on tiny hand-made extracts; expected values worked out by
// hand in the comments.
#include "indicator_fixture.h"

using namespace kpi;
using namespace kpi::test;

TEST_SUITE("indicator") {

TEST_CASE("referrals: counted in the month of their date, month ends and 29 February") {
  Data d;
  d.referral("A", "2024-01-31");  // last day of January: January
  d.referral("A", "2024-02-01");
  d.referral("B", "2024-02-29");  // leap day: February
  Run run(d.x, "referrals", ym(2024, 1), ym(2024, 3));
  CHECK(run.numerator("referrals", ym(2024, 1)) == 1);
  CHECK(run.numerator("referrals", ym(2024, 2)) == 2);
  // A month with no referrals is a count of 0 (a count, not a percentage).
  CHECK(run.numerator("referrals", ym(2024, 3)) == 0);
  CHECK(!run.value("referrals", ym(2024, 3)).denominator);
  // Pooled Jan-Mar: 1 + 2 + 0 = 3.
  auto pooled = run.result->pooled(0, 0, 2);
  REQUIRE(pooled);
  CHECK(pooled->numerator == 3);
}

TEST_CASE("repeat referrals: window, 29 February, same day, NFA history, partial history") {
  Data d;
  // History starts 2023-01-10 (the earliest referral). January 2024 is partial
  // (2023-01-01 < 2023-01-10); February 2024 is full (2023-02-01 >= 2023-01-10).
  d.referral("A", "2023-01-10");
  d.referral("A", "2024-01-10");  // same day one year earlier: repeat
  d.referral("B", "2024-01-15").previous_referrals_12m = 2;  // partial month: repeat by the count
  d.referral("C", "2024-01-20").previous_referrals_12m = 0;  // not a repeat
  d.referral("H", "2024-01-05").nfa = Flag::yes;             // no history: not a repeat
  // January: A, B repeats of A, B, C, H -> 2 / 4, partial.
  d.referral("D", "2023-02-28");
  d.referral("D", "2024-02-29");  // one year before 29 Feb 2024 is 28 Feb 2023: repeat
  d.referral("E", "2023-02-27");
  d.referral("E", "2024-02-28");  // window starts 2023-02-28: 27 Feb is outside: not a repeat
  d.referral("F", "2024-02-05");
  d.referral("F", "2024-02-05");  // two on one day: neither is a repeat
  d.referral("G", "2024-02-10").previous_referrals_12m = 3;  // full month: history only: no
  d.referral("H", "2024-02-20");  // H's NFA referral of 5 Jan counts as history: repeat
  // February: D, H repeats of D, E, F, F, G, H -> 2 / 6, not partial.
  Run run(d.x, "repeat_referrals_12m", ym(2024, 1), ym(2024, 3));
  auto jan = run.value("repeat_referrals_12m", ym(2024, 1));
  CHECK(jan.numerator == 2);
  CHECK(jan.denominator == 4);
  CHECK(jan.partial_history);
  auto feb = run.value("repeat_referrals_12m", ym(2024, 2));
  CHECK(feb.numerator == 2);
  CHECK(feb.denominator == 6);
  CHECK(!feb.partial_history);
  CHECK(*feb.value(Unit::percent) == doctest::Approx(100.0 / 3));
  // March has no referrals: no value, never 0%.
  auto mar = run.value("repeat_referrals_12m", ym(2024, 3));
  CHECK(mar.denominator == 0);
  CHECK(!mar.value(Unit::percent));
  // Pooled Jan-Mar: (2 + 2 + 0) / (4 + 6 + 0), partial because January is.
  auto pooled = run.result->pooled(0, 0, 2);
  REQUIRE(pooled);
  CHECK(pooled->numerator == 4);
  CHECK(pooled->denominator == 10);
  CHECK(pooled->partial_history);
  // Pooled Feb-Mar only: full history.
  CHECK(!run.pooled(0, 1, 2).partial_history);
}

TEST_CASE("referrals_nfa: blank nfa stays in the denominator") {
  Data d;
  d.referral("A", "2024-01-02").nfa = Flag::yes;
  d.referral("B", "2024-01-03").nfa = Flag::no;
  d.referral("C", "2024-01-04");  // nfa not recorded
  Run run(d.x, "referrals_nfa", ym(2024, 1), ym(2024, 2));
  CHECK(run.numerator("referrals_nfa", ym(2024, 1)) == 1);
  CHECK(run.denominator("referrals_nfa", ym(2024, 1)) == 3);
  CHECK(run.denominator("referrals_nfa", ym(2024, 2)) == 0);
}

TEST_CASE("referrals_to_assessment: by referral_id, else the child's next assessment") {
  Data d;
  d.referral("A", "2024-01-10", "R1");
  d.assessment("A", "2024-01-20", "").referral = d.id("R1");  // linked by id: yes
  d.referral("B", "2024-01-05");                                // R2, no id
  d.referral("B", "2024-01-25");                                // R3, B's next referral
  d.assessment("B", "2024-01-25", "");  // not before R3 (same day): R2 no, R3 yes
  d.referral("C", "2024-01-12", "R4");  // no assessment carries R4: fall back
  d.assessment("C", "2024-01-12", "");  // same day as the referral: yes
  d.referral("D", "2024-01-15");
  d.assessment("D", "2024-01-14", "");  // before the referral: no
  // January: R1, R3, R4 of 5 -> 3 / 5.
  Run run(d.x, "referrals_to_assessment", ym(2024, 1), ym(2024, 1));
  CHECK(run.numerator("referrals_to_assessment", ym(2024, 1)) == 3);
  CHECK(run.denominator("referrals_to_assessment", ym(2024, 1)) == 5);
}

}  // TEST_SUITE
