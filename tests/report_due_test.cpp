// The due list on hand-made extracts, as at Thursday 30 November 2017
// (england-and-wales: no bank holiday in November 2017; 25 and 26 December are
// Monday and Tuesday). Working days were counted on a calendar by hand; each
// case's count is in its comment.
#include "kpi/calendar.h"
#include "kpi/error.h"
#include "kpi/report.h"

#include <doctest/doctest.h>

using namespace kpi;

namespace {

Date day(int y, unsigned m, unsigned d) { return date::sys_days(date::year(y) / m / d); }

struct Fixture {
  Extracts x;
  Origin next() { return Origin{0, ++line}; }
  std::uint32_t line = 1;

  Fixture() {
    FileReport file;
    file.file = "test.csv";
    x.files.push_back(file);
  }
  Id id(std::string_view s) { return x.strings.intern(s); }

  RowIndex cp(std::string_view plan, std::string_view child, Date start, MaybeDate end,
              std::string_view team, std::string_view worker) {
    CpPlan p;
    p.id = id(plan);
    p.child = id(child);
    p.start = start;
    p.end = end;
    p.team = id(team);
    p.worker = id(worker);
    p.origin = next();
    x.cp_plans.push_back(p);
    return static_cast<RowIndex>(x.cp_plans.size() - 1);
  }
  void visit(VisitType type, std::string_view child, Date date, RowIndex plan, Flag seen) {
    Visit v;
    v.child = id(child);
    v.date = date;
    v.type = type;
    v.seen = seen;
    v.link = plan == no_row ? VisitLink::no_plan : VisitLink::in_plan;
    v.plan = plan;
    v.origin = next();
    x.visits.push_back(v);
  }
};

// One line per item: kind child due working-days status, in the list's order.
std::string summary(const DueList& list) {
  std::string out;
  for (const DueItem& item : list.items)
    out += item.team + "/" + item.worker + " " + std::string(due_kind_name(item.kind)) + " " +
           item.child + " " + item.reference_what + " " + format_date(item.reference) + " due " +
           format_date(item.due) + " " + std::to_string(item.working_days) +
           (item.overdue ? " overdue" : "") + "\n";
  return out;
}

Fixture standard() {
  Fixture f;
  // C1: seen Fri 10 Nov; the visit of 20 Nov was not seen (no restart), the one
  // of 1 Dec is after the as-at date. 10 working days after 10 Nov: 13-17 Nov (5),
  // 20-24 Nov (10): due Fri 24 Nov; 27, 28, 29, 30 Nov: 4 overdue.
  RowIndex p1 = f.cp("P1", "C1", day(2017, 10, 2), std::nullopt, "North", "Ann");
  f.visit(VisitType::cp, "C1", day(2017, 11, 10), p1, Flag::yes);
  f.visit(VisitType::cp, "C1", day(2017, 11, 20), p1, Flag::no);
  f.visit(VisitType::cp, "C1", day(2017, 12, 1), p1, Flag::yes);
  // C2: plan from Mon 27 Nov, not visited: due 28,29,30 Nov, 1,4,5,6,7,8,11 Dec ->
  // Mon 11 Dec, 7 working days left (1-11 Dec): more than 5, not listed.
  f.cp("P2", "C2", day(2017, 11, 27), std::nullopt, "North", "Bob");
  // C3: plan from Mon 20 Nov: 21-24 (4), 27-30 (8), 1 Dec (9), 4 Dec (10): due
  // Mon 4 Dec; 2 working days left (1 and 4 Dec).
  f.cp("P3", "C3", day(2017, 11, 20), std::nullopt, "North", "Ann");
  // C4: plan ended 15 Nov: not open.
  f.cp("P4", "C4", day(2017, 1, 2), day(2017, 11, 15), "North", "Ann");

  // C5: CiN plan, seen 20 Oct; 6 weeks = 42 days -> Fri 1 Dec; 1 working day left.
  CinPlan cin;
  cin.id = f.id("N5");
  cin.child = f.id("C5");
  cin.start = day(2017, 9, 1);
  cin.team = f.id("South");
  cin.worker = f.id("Cat");
  cin.origin = f.next();
  f.x.cin_plans.push_back(cin);
  f.visit(VisitType::cin, "C5", day(2017, 10, 20), 0, Flag::yes);

  // C6: in care from 1 Nov, visited 3 Nov, moved placement on Mon 20 Nov and not
  // visited since: 7 days from 20 Nov -> Mon 27 Nov; 28, 29, 30: 3 overdue.
  ClaEpisode cla;
  cla.id = f.id("E6");
  cla.child = f.id("C6");
  cla.start = day(2017, 11, 1);
  cla.placement_start = day(2017, 11, 20);
  cla.team = f.id("South");
  cla.worker = f.id("Dan");
  cla.origin = f.next();
  f.x.cla_episodes.push_back(cla);
  f.visit(VisitType::cla, "C6", day(2017, 11, 3), 0, Flag::yes);
  // C8: in care from 2 Oct, seen Mon 23 Oct: 42 days -> Mon 4 Dec, 2 left.
  cla.id = f.id("E8");
  cla.child = f.id("C8");
  cla.start = day(2017, 10, 2);
  cla.placement_start = std::nullopt;
  cla.origin = f.next();
  f.x.cla_episodes.push_back(cla);
  f.visit(VisitType::cla, "C8", day(2017, 10, 23), 1, Flag::yes);

  // A7: started Fri 29 Sep, open. October has 22 working days (2-31 Oct), so
  // 31 Oct is day 22; 3 Nov 25, 10 Nov 30, 17 Nov 35, 24 Nov 40, 30 Nov 44,
  // Fri 1 Dec 45: due 1 Dec, 1 left. No team: listed last.
  Assessment a;
  a.id = f.id("A7");
  a.child = f.id("C7");
  a.start = day(2017, 9, 29);
  a.origin = f.next();
  f.x.assessments.push_back(a);
  // A9: authorised 29 Nov (closed); A10 starts after the as-at date.
  a.id = f.id("A9");
  a.child = f.id("C9");
  a.start = day(2017, 9, 1);
  a.authorised = day(2017, 11, 29);
  f.x.assessments.push_back(a);
  a.id = f.id("A10");
  a.start = day(2017, 12, 1);
  a.authorised = std::nullopt;
  f.x.assessments.push_back(a);
  return f;
}

}  // namespace

TEST_SUITE("report") {

TEST_CASE("due: visits and assessments at an as-at date") {
  Fixture f = standard();
  Calendar calendar;
  DueList list = compute_due(f.x, calendar, Settings{}, day(2017, 11, 30), 5);
  CHECK(summary(list) ==
        "North/Ann cp_visit C1 last visit 2017-11-10 due 2017-11-24 4 overdue\n"
        "North/Ann cp_visit C3 plan start 2017-11-20 due 2017-12-04 -2\n"
        "South/Cat cin_visit C5 last visit 2017-10-20 due 2017-12-01 -1\n"
        "South/Dan cla_visit C6 placement start 2017-11-20 due 2017-11-27 3 overdue\n"
        "South/Dan cla_visit C8 last visit 2017-10-23 due 2017-12-04 -2\n"
        "/ assessment C7 start 2017-09-29 due 2017-12-01 -1\n");
  CHECK(list.items[0].where == "test.csv:2");
}

TEST_CASE("due: --within and --by worker") {
  Fixture f = standard();
  Calendar calendar;
  // Within 1 working day: C3 and C8 (2 left) drop out.
  DueList list = compute_due(f.x, calendar, Settings{}, day(2017, 11, 30), 1, true);
  CHECK(summary(list) ==
        "North/Ann cp_visit C1 last visit 2017-11-10 due 2017-11-24 4 overdue\n"
        "South/Cat cin_visit C5 last visit 2017-10-20 due 2017-12-01 -1\n"
        "South/Dan cla_visit C6 placement start 2017-11-20 due 2017-11-27 3 overdue\n"
        "/ assessment C7 start 2017-09-29 due 2017-12-01 -1\n");
}

TEST_CASE("due: inclusive counting makes a working start day day 1") {
  Fixture f = standard();
  Calendar calendar(Division::england_and_wales, Counting::inclusive);
  DueList list = compute_due(f.x, calendar, Settings{}, day(2017, 11, 30), 5);
  // C1: 10 Nov is day 1, so day 10 is Thu 23 Nov; 24, 27-30: 5 overdue.
  // A7: 29 Sep is day 1, day 45 is Thu 30 Nov: due today (0).
  // Weeks and days (CiN, CLA) do not change.
  std::string text = summary(list);
  CHECK(text.find("cp_visit C1 last visit 2017-11-10 due 2017-11-23 5 overdue\n") !=
        std::string::npos);
  CHECK(text.find("assessment C7 start 2017-09-29 due 2017-11-30 0\n") != std::string::npos);
  CHECK(text.find("cin_visit C5 last visit 2017-10-20 due 2017-12-01 -1\n") != std::string::npos);
}

TEST_CASE("due: without visit rows, the plan's own last visit date") {
  Fixture f;
  CpPlan p;
  p.id = f.id("P1");
  p.child = f.id("C1");
  p.start = day(2017, 6, 1);
  p.last_visit = day(2017, 11, 16);  // Thu: 10 working days -> Thu 30 Nov, due today
  p.origin = f.next();
  f.x.cp_plans.push_back(p);
  // A second open plan of the same child started later wins (only one row per child).
  p.id = f.id("P2");
  p.start = day(2017, 11, 1);
  p.last_visit = std::nullopt;  // not visited: from Wed 1 Nov, day 10 is Wed 15 Nov
  p.origin = f.next();
  f.x.cp_plans.push_back(p);
  Calendar calendar;
  DueList list = compute_due(f.x, calendar, Settings{}, day(2017, 11, 30), 5);
  // 16-30 Nov: 11 working days overdue (16, 17, 20-24, 27-30).
  CHECK(summary(list) == "/ cp_visit C1 plan start 2017-11-01 due 2017-11-15 11 overdue\n");
  f.x.cp_plans.pop_back();
  list = compute_due(f.x, calendar, Settings{}, day(2017, 11, 30), 5);
  CHECK(summary(list) == "/ cp_visit C1 last visit 2017-11-16 due 2017-11-30 0\n");
}

TEST_CASE("due: a deadline beyond the calendar names the row") {
  Fixture f;
  // CiN plan from Wed 1 Dec 2100, not visited: 6 weeks -> Wed 12 Jan 2101, past
  // the calendar's last day.
  CinPlan p;
  p.child = f.id("C1");
  p.start = day(2100, 12, 1);
  p.origin = f.next();
  f.x.cin_plans.push_back(p);
  Calendar calendar;
  CHECK_THROWS_WITH_AS(compute_due(f.x, calendar, Settings{}, day(2100, 12, 31), 5),
                       "test.csv:2: date 2101-01-12 is outside the calendar's range "
                       "(1990-01-01 to 2100-12-31)",
                       InputError);
  // A working-day deadline likewise: an assessment from Wed 29 Dec 2100 has 45
  // working days to go, and only Thu 30 and Fri 31 Dec are left of the range.
  f.x.cin_plans.clear();
  Assessment a;
  a.child = f.id("C2");
  a.start = day(2100, 12, 29);
  a.origin = f.next();
  f.x.assessments.push_back(a);
  CHECK_THROWS_WITH_AS(compute_due(f.x, calendar, Settings{}, day(2100, 12, 31), 5),
                       "test.csv:3: 45 working days after 2100-12-29 is outside the calendar's "
                       "range (1990-01-01 to 2100-12-31)",
                       InputError);
}

TEST_CASE("due: rendered as a table with team totals, csv and json") {
  Fixture f = standard();
  Calendar calendar;
  DueList list = compute_due(f.x, calendar, Settings{}, day(2017, 11, 30), 5);
  std::string table = render_due(list, calendar, Format::table);
  CHECK(table.find("  North: 1 overdue, 1 due within 5 working days\n") != std::string::npos);
  CHECK(table.find("  South: 1 overdue, 2 due within 5 working days\n") != std::string::npos);
  CHECK(table.find("  (none): 0 overdue, 1 due within 5 working days\n") != std::string::npos);
  CHECK(table.find("Total: 2 overdue, 4 due within 5 working days.\n") != std::string::npos);
  CHECK(table.find("North   Ann     C1     CP visit    P1    last visit 2017-11-10       "
                   "2017-11-24     4  overdue\n") != std::string::npos);
  std::string csv = render_due(list, calendar, Format::csv);
  CHECK(csv.starts_with("team,worker,child_id,kind,plan_id,episode_id,assessment_id,reference,"
                        "reference_date,due_date,working_days,overdue,file,line\n"));
  // The plan's id under plan_id, the assessment's under assessment_id.
  CHECK(csv.find("North,Ann,C1,cp_visit,P1,,,last visit,2017-11-10,2017-11-24,4,Y,test.csv,") !=
        std::string::npos);
  CHECK(csv.find(",,C7,assessment,,,A7,start,2017-09-29,2017-12-01,-1,N,test.csv,") !=
        std::string::npos);
  std::string json = render_due(list, calendar, Format::json);
  CHECK(json.find("{\"team\": \"South\", \"overdue_count\": 1, \"due_count\": 2}") !=
        std::string::npos);
  CHECK(json.find("\"plan_id\": \"P1\", \"episode_id\": null, \"assessment_id\": null, "
                  "\"reference\": \"last visit\"") != std::string::npos);
  std::string markdown = render_due(list, calendar, Format::markdown);
  CHECK(markdown.find("| North | Ann | C1 | CP visit | P1 | last visit 2017-11-10 | 2017-11-24 | "
                      "4 | overdue |\n") != std::string::npos);
  CHECK(markdown.find("- North: 1 overdue, 1 due within 5 working days\n") != std::string::npos);
}

}  // TEST_SUITE
