// Tier 2 families on tiny hand-made extracts.
#include "indicator_fixture.h"

#include <algorithm>

using namespace kpi;
using namespace kpi::test;

TEST_SUITE("indicator") {

TEST_CASE("contacts and contact_to_referral") {
  Data d;
  d.contact("A", "2024-01-02");
  d.contact("A", "2024-01-02");  // a second contact row for A: rows are counted
  d.contact("B", "2024-01-31");
  d.contact("C", "2024-01-15");
  d.referral("A", "2024-01-03");
  d.referral("B", "2024-01-31");
  Run contacts(d.x, "contacts", ym(2024, 1), ym(2024, 2));
  CHECK(contacts.numerator("contacts", ym(2024, 1)) == 4);
  Run rate(d.x, "contact_to_referral", ym(2024, 1), ym(2024, 2));
  CHECK(rate.numerator("contact_to_referral", ym(2024, 1)) == 2);
  CHECK(rate.denominator("contact_to_referral", ym(2024, 1)) == 4);
  CHECK(!rate.value("contact_to_referral", ym(2024, 2)).value(Unit::percent));
}

TEST_CASE("early_help_open: open, closed, over 12 months") {
  Data d;
  d.early_help("E1", "2023-01-31");                // + 12 months = 31 Jan 2024
  d.early_help("E2", "2023-12-01", "2024-02-15");  // closed in February
  d.early_help("E3", "2024-02-01");
  Run run(d.x, "early_help_open", ym(2024, 1), ym(2024, 2));
  CHECK(run.numerator("early_help_open", ym(2024, 1)) == 2);  // E1, E2
  CHECK(run.numerator("early_help_open", ym(2024, 2)) == 2);  // E1, E3
  CHECK(run.numerator("early_help_open.closed", ym(2024, 2)) == 1);
  // 31 Jan 2024 is not before 31 Jan: not over; at 29 Feb it is: 0 / 2, 1 / 2.
  CHECK(run.numerator("early_help_open.over_12m", ym(2024, 1)) == 0);
  CHECK(run.denominator("early_help_open.over_12m", ym(2024, 1)) == 2);
  CHECK(run.numerator("early_help_open.over_12m", ym(2024, 2)) == 1);
  auto pooled = run.pooled(2, 0, 1);  // snapshot percentage pools the month ends
  CHECK(pooled.numerator == 1);
  CHECK(pooled.denominator == 4);
}

TEST_CASE("cla_open, cla_iha_20wd: children once, new placements are not new entries") {
  Data d;
  // A: in care 5 Jan; a new placement episode from 10 Feb (the first ends
  // that day): not a new entry. IHA Fri 2 Feb: Jan 8-12 (5), 15-19 (10),
  // 22-26 (15), 29 Jan-2 Feb (20): in time.
  d.cla("A", "2024-01-05", "2024-02-10").iha_date = day("2024-02-02");
  d.cla("A", "2024-02-10");
  // B: Tue 20 Feb, IHA Wed 20 Mar: Feb 21-23 (3), 26-29 (7), Mar 1 (8),
  // 4-8 (13), 11-15 (18), 18-20 (21): late.
  d.cla("B", "2024-02-20").iha_date = day("2024-03-20");
  // C: two overlapping episodes, both open at 29 Feb: one child. No IHA.
  d.cla("C", "2024-02-01");
  d.cla("C", "2024-02-15");
  Run open(d.x, "cla_open", ym(2024, 1), ym(2024, 2));
  CHECK(open.numerator("cla_open", ym(2024, 1)) == 1);          // A
  CHECK(open.numerator("cla_open", ym(2024, 2)) == 3);          // A, B, C
  CHECK(open.numerator("cla_open.started", ym(2024, 1)) == 1);  // A
  CHECK(open.numerator("cla_open.started", ym(2024, 2)) == 2);  // B, C's first
  Run iha(d.x, "cla_iha_20wd", ym(2024, 1), ym(2024, 2));
  CHECK(iha.numerator("cla_iha_20wd", ym(2024, 1)) == 1);
  CHECK(iha.denominator("cla_iha_20wd", ym(2024, 1)) == 1);
  CHECK(iha.numerator("cla_iha_20wd", ym(2024, 2)) == 0);   // B late, C none
  CHECK(iha.denominator("cla_iha_20wd", ym(2024, 2)) == 2);
}

TEST_CASE("cla_open.started: another child's later end never hides a start (issue 7)") {
  Data d;
  // P4 is interned first, so the index sorted by child holds P4's episode just
  // before P1's: P4's end (8 Aug) must not carry into P1's walk.
  d.cla("P4", "2017-01-02", "2017-08-08");
  d.cla("P1", "2016-01-04", "2016-02-10");
  // P1 left care in February 2016 and came back on Mon 7 Aug 2017: a start.
  // IHA Thu 10 Aug: Aug 8, 9, 10 = 3 working days, in time.
  d.cla("P1", "2017-08-07").iha_date = day("2017-08-10");
  Run open(d.x, "cla_open", ym(2017, 8), ym(2017, 8));
  CHECK(open.numerator("cla_open.started", ym(2017, 8)) == 1);
  auto started = open.cases("cla_open.started", ym(2017, 8));
  REQUIRE(started.size() == 1);
  CHECK(started[0].child == d.id("P1"));
  CHECK(started[0].reason == "became looked after");
  Run iha(d.x, "cla_iha_20wd", ym(2017, 8), ym(2017, 8));
  CHECK(iha.numerator("cla_iha_20wd", ym(2017, 8)) == 1);
  CHECK(iha.denominator("cla_iha_20wd", ym(2017, 8)) == 1);
  auto cases = iha.cases("cla_iha_20wd", ym(2017, 8));
  REQUIRE(cases.size() == 1);
  CHECK(cases[0].days == 3);
}

TEST_CASE("cla_open.started: distinct children in a month and over a pooled window") {
  Data d;
  // A starts on Mon 1 Jul 2024, leaves on 5 Jul and comes back on Mon 15 Jul:
  // two starts in July, one child. IHA of the first start Fri 26 Jul: Jul 2-5
  // (4), 8-12 (9), 15-19 (14), 22-26 (19): in time. The second start's IHA
  // is not counted again in July.
  d.cla("A", "2024-07-01", "2024-07-05").iha_date = day("2024-07-26");
  d.cla("A", "2024-07-15", "2024-08-02");
  // ... and again on Mon 2 Sep: a start in September, pooled with July's.
  d.cla("A", "2024-09-02");
  // B starts in August; a second episode starting the same day (an IHA on
  // each; the earliest, Fri 30 Aug, counts: Aug 6-9 (4), 12-16 (9), 19-23
  // (14), 27-30 (18, 26 Aug is a bank holiday): in time).
  d.cla("B", "2024-08-05").iha_date = day("2024-09-20");
  d.cla("B", "2024-08-05", "2024-08-20").iha_date = day("2024-08-30");
  // C: an IHA dated before the start is left out and reported.
  d.cla("C", "2024-08-12").iha_date = day("2024-08-09");
  Run open(d.x, "cla_open", ym(2024, 7), ym(2024, 9));
  int started = open.sub("cla_open.started");
  CHECK(open.numerator("cla_open.started", ym(2024, 7)) == 1);   // A once
  CHECK(open.numerator("cla_open.started", ym(2024, 8)) == 2);   // B once, C
  CHECK(open.numerator("cla_open.started", ym(2024, 9)) == 1);   // A
  auto pooled = open.result->pooled(started, 0, 2);
  REQUIRE(pooled);
  CHECK(pooled->numerator == 3);  // A, B, C: A once over the three months
  auto july_august = open.result->pooled(started, 0, 1);
  REQUIRE(july_august);
  CHECK(july_august->numerator == 3);
  Run iha(d.x, "cla_iha_20wd", ym(2024, 7), ym(2024, 9));
  CHECK(iha.numerator("cla_iha_20wd", ym(2024, 7)) == 1);
  CHECK(iha.denominator("cla_iha_20wd", ym(2024, 7)) == 1);
  auto august = iha.cases("cla_iha_20wd", ym(2024, 8));
  REQUIRE(august.size() == 2);  // B once, C excluded
  CHECK(iha.numerator("cla_iha_20wd", ym(2024, 8)) == 1);
  CHECK(iha.denominator("cla_iha_20wd", ym(2024, 8)) == 1);
  auto c = std::find_if(august.begin(), august.end(), [&](const Case& k) { return k.child == d.id("C"); });
  REQUIRE(c != august.end());
  CHECK(c->finding == "health assessment before the episode start");
  CHECK(iha.result->findings(0, 0, 2).at("health assessment before the episode start") == 1);
  auto b = std::find_if(august.begin(), august.end(), [&](const Case& k) { return k.child == d.id("B"); });
  REQUIRE(b != august.end());
  CHECK(b->days == 18);
  // September: A's IHA not recorded, in the denominator, not in time.
  CHECK(iha.numerator("cla_iha_20wd", ym(2024, 9)) == 0);
  CHECK(iha.denominator("cla_iha_20wd", ym(2024, 9)) == 1);
}

TEST_CASE("cla_review_participation: PN1-PN6 over PN1-PN7") {
  Data d;
  d.review("A", "2024-01-05", 0);   // PN0: left out
  d.review("A", "2024-01-06", 1);
  d.review("B", "2024-01-07", 6);
  d.review("C", "2024-01-08", 7);
  d.review("D", "2024-01-09", -1);  // not recorded: left out
  Run run(d.x, "cla_review_participation", ym(2024, 1), ym(2024, 1));
  CHECK(run.numerator("cla_review_participation", ym(2024, 1)) == 2);
  CHECK(run.denominator("cla_review_participation", ym(2024, 1)) == 3);
}

}  // TEST_SUITE
