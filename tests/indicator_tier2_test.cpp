// Tier 2 families on tiny hand-made extracts.
#include "indicator_fixture.h"

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
  auto pooled = run.result->pooled(2, 0, 1);  // snapshot percentage pools the month ends
  CHECK(pooled->numerator == 1);
  CHECK(pooled->denominator == 4);
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
