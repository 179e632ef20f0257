// gen_authority: writes a synthetic local authority's extracts (short-name CSVs,
// one file per kind) at any scale, for the samples, the benchmarks and tests.
//
//   gen_authority --out DIR [--children N] [--months M] [--end YYYY-MM] [--seed S]
//                 [--edge-cases] [--census FILE]
//
// Every child gets a plausible journey through children's social care: contacts,
// referrals (some repeated), assessments, strategy discussions (some shared by
// siblings), S47 enquiries, ICPCs, CP plans with visits and review
// conferences, CiN plans with visits, care episodes with reviews, and early help. All dates fall in the M months ending with --end.
//
// The output is the same on every machine for a seed: the random numbers come
// from our own splitmix64 (std:: distributions differ between standard
// libraries), and nothing depends on the clock or the locale.
//
// --census FILE also writes the same children's referrals, assessments, S47
// enquiries and plans as a CIN census XML file (census_xml.h), without
// changing the CSV files: the census reader's end-to-end test reads both.
//
// --edge-cases appends hand-made children (ids starting "EDGE-") whose dates sit
// on the edges the indicators must get right: day 45 and 46, same day, weekend
// and bank-holiday starts, Christmas, 29 February, month ends.
#include "census_xml.h"
#include "kpi/calendar.h"
#include "kpi/date.h"

#include <fmt/format.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace {

using kpi::Date;

class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  // Uniform in [low, high].
  int between(int low, int high) {
    return low + static_cast<int>(next() % static_cast<std::uint64_t>(high - low + 1));
  }
  // True with probability percent / 100.
  bool chance(int percent) { return between(0, 99) < percent; }
  template <class T>
  const T& pick(const std::vector<T>& items) {
    return items[static_cast<size_t>(between(0, static_cast<int>(items.size()) - 1))];
  }

 private:
  std::uint64_t state_;
};

struct Options {
  std::string out;
  long children = 300;
  int months = 24;
  date::year_month end{date::year{2025}, date::month{3}};
  std::uint64_t seed = 20250331;
  bool edge_cases = false;
  std::string census;
};

// A CSV file with a fixed header; rows are written with fmt.
class CsvFile {
 public:
  CsvFile(const std::string& path, const char* header) : file_(std::fopen(path.c_str(), "wb")) {
    if (!file_) {
      fmt::print(stderr, "gen_authority: cannot write {}\n", path);
      std::exit(1);
    }
    std::setvbuf(file_, nullptr, _IOFBF, 1 << 20);
    fmt::print(file_, "{}\n", header);
  }
  ~CsvFile() { std::fclose(file_); }
  CsvFile(const CsvFile&) = delete;
  CsvFile& operator=(const CsvFile&) = delete;
  template <class... Args>
  void row(fmt::format_string<Args...> format, Args&&... args) {
    fmt::print(file_, format, std::forward<Args>(args)...);
    std::fputc('\n', file_);
  }

 private:
  std::FILE* file_;
};

std::string day(Date d) { return kpi::format_date(d); }
std::string maybe(const std::optional<Date>& d) { return d ? kpi::format_date(*d) : ""; }
const char* yn(bool b) { return b ? "Y" : "N"; }

// Every extract of the authority, open for writing.
struct Files {
  explicit Files(const std::string& dir)
      : contacts(dir + "/contacts.csv", "child_id,contact_date,contact_source"),
        referrals(dir + "/referrals.csv",
                  "referral_id,child_id,referral_date,referral_source,nfa,date_of_birth,team,"
                  "worker,previous_referrals_12m"),
        assessments(dir + "/assessments.csv",
                    "assessment_id,child_id,referral_id,start_date,authorised_date,outcome,"
                    "child_seen,date_of_birth,team,worker"),
        strategy(dir + "/strategy_discussions.csv",
                 "discussion_id,child_id,discussion_date,social_care,police,health,education,"
                 "other_agency,s47_initiated,team,worker"),
        s47(dir + "/s47_enquiries.csv",
            "s47_id,child_id,start_date,end_date,icpc_not_required,icpc_date,"
            "icpc_result_cp_plan,outcome,date_of_birth,team,worker"),
        icpcs(dir + "/icpcs.csv", "icpc_id,s47_id,child_id,icpc_date,result_cp_plan,transfer_in,team,worker"),
        cp_plans(dir + "/cp_plans.csv",
                 "plan_id,child_id,start_date,end_date,previous_plans,initial_category,"
                 "date_of_birth,last_visit_date,team,worker"),
        cin_plans(dir + "/cin_plans.csv",
                  "plan_id,child_id,start_date,end_date,last_seen_date,date_of_birth,team,worker"),
        cla(dir + "/cla_episodes.csv",
            "episode_id,child_id,start_date,end_date,placement_start,iha_date,last_visit_date,"
            "date_of_birth,team,worker"),
        visits(dir + "/visits.csv",
               "visit_id,child_id,visit_date,visit_type,plan_id,seen,seen_alone,team,worker"),
        early_help(dir + "/early_help.csv", "child_id,start_date,end_date,organisation"),
        reviews(dir + "/cla_reviews.csv", "child_id,cla_id,review_date,participation"),
        cp_reviews(dir + "/cp_reviews.csv", "review_id,child_id,plan_id,review_date") {}
  CsvFile contacts, referrals, assessments, strategy, s47, icpcs, cp_plans, cin_plans, cla,
      visits, early_help, reviews, cp_reviews;
};

const std::vector<std::string> teams = {"Assessment North", "Assessment South", "Safeguarding East",
                                        "Safeguarding West", "Children in Care", "Early Help Hub"};
const std::vector<std::string> sources = {"Police", "School", "Health", "Individual",
                                          "Local authority", "Other"};
const std::vector<std::string> categories = {"Neglect", "Emotional abuse", "Physical abuse",
                                             "Sexual abuse", "Multiple"};
const std::vector<std::string> organisations = {"School", "Health visitor", "Early Help Hub",
                                                "Voluntary sector"};

// The generator's state: ids, the window, and the files.
class Authority {
 public:
  Authority(const Options& options, Files& files, CensusXml* census)
      : options_(options), files_(files), census_(census), random_(options.seed),
        review_random_(options.seed ^ 0x5eed0f2e71e75ULL) {
    last_ = date::sys_days{date::year_month_day_last{options.end.year(),
                                                    date::month_day_last{options.end.month()}}};
    first_ = date::sys_days{(options.end - date::months{options.months - 1}) / date::day{1}};
  }

  void child(long number) {
    Child c;
    c.id = fmt::format("C{:07}", number);
    c.team = random_.pick(teams);
    c.worker = fmt::format("W{:03}", random_.between(1, 60));
    Date event = random_day();
    c.dob = event - date::days{random_.between(-60, 17 * 365)};  // a few unborn children
    c.has_dob = random_.chance(97);
    journey(c, event);
    if (census_) census_->end_child(number, c.id, c.has_dob ? std::optional<Date>(c.dob) : std::nullopt);
  }

  void edge_cases(const kpi::Calendar& calendar);

 private:
  struct Child {
    std::string id, team, worker;
    Date dob;
    bool has_dob = true;
    std::string dob_text() const { return has_dob ? day(dob) : ""; }
  };

  // The child's contacts, referrals and what follows them.
  void journey(const Child& c, Date event) {
    files_.contacts.row("{},{},{}", c.id, day(event), random_.pick(sources));
    if (random_.chance(25)) {
      Date again = event + date::days{random_.between(1, 200)};
      if (again <= last_) files_.contacts.row("{},{},{}", c.id, day(again), random_.pick(sources));
    }
    if (random_.chance(15)) early_help(c, event);
    if (!random_.chance(70)) return;
    Date referral = event + date::days{random_.between(0, 2)};
    if (referral > last_) return;
    refer(c, referral);
    // Some children come back: a repeat referral months later.
    if (random_.chance(22)) {
      Date again = referral + date::days{random_.between(30, 500)};
      if (again <= last_) refer(c, again);
    }
    if (random_.chance(4)) looked_after(c, referral + date::days{random_.between(5, 120)});
  }

  Date random_day() { return first_ + date::days{random_.between(0, (last_ - first_).count())}; }
  std::optional<Date> within(Date d) const {
    return d <= last_ ? std::optional<Date>(d) : std::nullopt;
  }
  std::string next_id(char prefix) { return fmt::format("{}{:07}", prefix, ++serial_); }

  void refer(const Child& c, Date date) {
    std::string id = next_id('R');
    bool nfa = random_.chance(12);
    std::string previous = random_.chance(10) ? std::to_string(random_.between(0, 3)) : "";
    const std::string& source = random_.pick(sources);
    files_.referrals.row("{},{},{},{},{},{},{},{},{}", id, c.id, day(date), source, yn(nfa),
                         c.dob_text(), c.team, c.worker, previous);
    if (census_) census_->referral(date, source, nfa);
    if (nfa) return;
    bool urgent = random_.chance(25);
    if (urgent) strategy(c, date + date::days{random_.between(0, 3)});
    assess(c, id, date + date::days{random_.between(0, 4)}, urgent);
  }

  void assess(const Child& c, const std::string& referral_id, Date start, bool urgent) {
    if (start > last_) return;
    // Mostly inside 45 working days (about 63 calendar days), a tail beyond.
    int length = random_.chance(85) ? random_.between(0, 62) : random_.between(63, 120);
    auto authorised = within(start + date::days{length});
    static const std::vector<std::string> outcomes = {"nfa", "cin", "cin", "other", "s17", ""};
    std::string outcome = authorised ? random_.pick(outcomes) : "";
    std::string linked = random_.chance(90) ? referral_id : "";
    files_.assessments.row("{},{},{},{},{},{},{},{},{},{}", next_id('A'), c.id, linked,
                           day(start), maybe(authorised), outcome, yn(random_.chance(95)),
                           c.dob_text(), c.team, c.worker);
    if (census_) census_->assessment(start, authorised);
    if (authorised && !urgent && (outcome == "cin" || outcome == "s17") && random_.chance(70))
      cin_plan(c, *authorised + date::days{random_.between(0, 10)});
  }

  // A flag that is sometimes not recorded.
  const char* flag(int yes_percent) {
    if (random_.chance(3)) return "";
    return yn(random_.chance(yes_percent));
  }

  void strategy(const Child& c, Date date) {
    if (date > last_) return;
    std::string id = next_id('D');
    std::string flags = fmt::format("{},{},{},{},{}", flag(98), flag(90), flag(75), flag(50),
                                    flag(20));
    bool s47 = random_.chance(80);
    files_.strategy.row("{},{},{},{},{},{},{}", id, c.id, day(date), flags, yn(s47), c.team,
                        c.worker);
    // A sibling in the same discussion (one row per child; flags describe the discussion).
    if (random_.chance(15)) {
      std::string sibling = c.id + "S";
      files_.strategy.row("{},{},{},{},{},{},{}", id, sibling, day(date + date::days{1}), flags,
                          yn(s47), c.team, c.worker);
    }
    if (s47) enquiry(c, date);
  }

  void enquiry(const Child& c, Date start) {
    std::string id = next_id('S');
    auto end = within(start + date::days{random_.between(3, 40)});
    bool conference = random_.chance(45);
    bool not_required = !conference && random_.chance(50);
    std::optional<Date> icpc;
    if (conference) icpc = within(start + date::days{random_.between(4, 30)});
    bool plan = icpc && random_.chance(80);
    std::string outcome = plan ? "cp" : random_.chance(40) ? "cin" : "nfa";
    // Half of the conferences are recorded on the S47 row, half in the ICPC extract.
    bool in_icpc_file = icpc && random_.chance(50);
    files_.s47.row("{},{},{},{},{},{},{},{},{},{},{}", id, c.id, day(start), maybe(end),
                   not_required ? "Y" : "", in_icpc_file ? "" : maybe(icpc),
                   icpc && !in_icpc_file ? yn(plan) : "", end ? outcome : "", c.dob_text(),
                   c.team, c.worker);
    if (census_) census_->s47(start, icpc, not_required);
    if (in_icpc_file)
      files_.icpcs.row("{},{},{},{},{},{},{},{}", next_id('I'), id, c.id, day(*icpc), yn(plan), "N",
                       c.team, c.worker);
    if (plan) cp_plan(c, *icpc);
  }

  // Visits from `start` until `end` (or the extract end), gaps in [low, high] days.
  std::optional<Date> visit_series(const Child& c, const std::string& plan_id, const char* type,
                                   Date start, std::optional<Date> end, int low, int high,
                                   int first_high) {
    std::optional<Date> last_seen;
    Date visit = start + date::days{random_.between(0, first_high)};
    Date stop = end ? *end : last_;
    while (visit <= stop) {
      bool seen = random_.chance(94);
      std::string plan = random_.chance(80) ? plan_id : "";
      files_.visits.row("{},{},{},{},{},{},{},{},{}", next_id('V'), c.id, day(visit), type, plan,
                        yn(seen), seen ? yn(random_.chance(60)) : "", c.team, c.worker);
      if (seen) last_seen = visit;
      visit += date::days{random_.between(low, high)};
    }
    return last_seen;
  }

  void cp_plan(const Child& c, Date start) {
    std::string id = next_id('P');
    auto end = within(start + date::days{random_.chance(8) ? random_.between(700, 800)
                                                           : random_.between(60, 600)});
    auto last_visit = visit_series(c, id, "cp", start, end, 4, 15, 12);
    // (In this order: the CSV files stay those of earlier versions for a seed.)
    const std::string& category = random_.pick(categories);
    const int previous = random_.chance(20) ? 1 : 0;
    files_.cp_plans.row("{},{},{},{},{},{},{},{},{},{}", id, c.id, day(start), maybe(end),
                        previous, category, c.dob_text(), maybe(last_visit), c.team, c.worker);
    if (census_) census_->cp_plan(start, end, previous, category);
    cp_reviews(c, id, start, end);
  }

  // Review conferences of a CP plan: the first due 3 months after the start
  // (about 92 days), each later one 6 months after the previous (about 183
  // days); most on time, some late. A few leave the plan id blank: they belong
  // to the child's plan open on their date. Their own random numbers and ids,
  // so that adding them changed no other file.
  void cp_reviews(const Child& c, const std::string& plan_id, Date start,
                  std::optional<Date> end) {
    Date stop = end ? *end : last_;
    for (Date review = start + date::days{review_random_.between(60, 100)}; review <= stop;
         review += date::days{review_random_.between(150, 195)}) {
      files_.cp_reviews.row("CR{:07},{},{},{}", ++review_serial_, c.id,
                            review_random_.chance(85) ? plan_id : "", day(review));
      if (census_) census_->cp_review(review);
    }
  }

  void cin_plan(const Child& c, Date start) {
    if (start > last_) return;
    std::string id = next_id('N');
    auto end = within(start + date::days{random_.between(60, 500)});
    auto last_seen = visit_series(c, id, "cin", start, end, 14, 50, 40);
    files_.cin_plans.row("{},{},{},{},{},{},{},{}", id, c.id, day(start), maybe(end),
                         maybe(last_seen), c.dob_text(), c.team, c.worker);
    if (census_) census_->cin_plan(start, end);
  }

  void looked_after(const Child& c, Date start) {
    if (start > last_) return;
    std::string id = next_id('E');
    auto end = within(start + date::days{random_.between(30, 900)});
    std::optional<Date> placement;
    if (random_.chance(30)) placement = within(start + date::days{random_.between(10, 200)});
    auto iha = within(start + date::days{random_.between(5, 45)});
    auto last_visit = visit_series(c, id, "cla", start, end, 20, 48, 9);
    files_.cla.row("{},{},{},{},{},{},{},{},{},{}", id, c.id, day(start), maybe(end),
                   maybe(placement), maybe(iha), maybe(last_visit), c.dob_text(),
                   "Children in Care", c.worker);
    for (Date review = start + date::days{20}; review <= (end ? *end : last_);
         review += date::days{random_.between(90, 185)})
      files_.reviews.row("{},{},{},PN{}", c.id, id, day(review), random_.between(0, 7));
  }

  void early_help(const Child& c, Date start) {
    auto end = random_.chance(70) ? within(start + date::days{random_.between(20, 500)})
                                  : std::nullopt;
    files_.early_help.row("{},{},{},{}", c.id, day(start), maybe(end), random_.pick(organisations));
  }

  const Options& options_;
  Files& files_;
  CensusXml* census_;
  Random random_;
  Random review_random_;  // CP reviews only
  Date first_, last_;
  long serial_ = 0;
  long review_serial_ = 0;
};

Date ymd(int y, int m, int d) {
  return date::sys_days{date::year{y} / date::month{static_cast<unsigned>(m)} /
                        date::day{static_cast<unsigned>(d)}};
}

// Hand-made children on the edges. Each comment says what the row tests.
void Authority::edge_cases(const kpi::Calendar& calendar) {
  auto assessment = [&](const char* child, Date start, Date authorised, const char* why) {
    std::string id = next_id('A');
    files_.assessments.row("{},{},,{},{},cin,Y,2015-06-01,Assessment North,W001", id, child,
                           day(start), day(authorised));
    fmt::print(stderr, "  {} {}: {} -> {} ({} working days): {}\n", child, id, day(start),
               day(authorised), calendar.count(start, authorised), why);
  };
  Date mon = ymd(2025, 1, 6);  // Monday 6 January 2025
  assessment("EDGE-001", mon, calendar.add_working_days(mon, 45), "exactly day 45: in time");
  assessment("EDGE-002", mon, calendar.add_working_days(mon, 46), "day 46: late");
  assessment("EDGE-003", ymd(2025, 2, 14), ymd(2025, 2, 14), "same day: 0, same_day band");
  assessment("EDGE-004", ymd(2024, 11, 30), calendar.add_working_days(ymd(2024, 11, 30), 45),
             "Saturday start, over Christmas: day 45");
  assessment("EDGE-005", ymd(2024, 12, 25), calendar.add_working_days(ymd(2024, 12, 25), 45),
             "Christmas Day start: day 45");
  assessment("EDGE-006", ymd(2024, 2, 29), ymd(2024, 5, 2), "29 February start, over Easter 2024");
  assessment("EDGE-007", ymd(2025, 3, 10), ymd(2025, 3, 7), "authorised before start: reported");
  assessment("EDGE-008", ymd(2025, 1, 31), ymd(2025, 3, 31), "month ends both sides");
  // A discussion with two children and police not recorded: not compliant.
  files_.strategy.row("DEDGE1,EDGE-010,2025-03-03,Y,,Y,N,N,Y,Safeguarding East,W002");
  files_.strategy.row("DEDGE1,EDGE-011,2025-03-03,Y,,Y,N,N,Y,Safeguarding East,W002");
  // An ICPC recorded before its S47 started: kept in s47_to_icpc, out of icpc_15wd.
  files_.s47.row("SEDGE1,EDGE-012,2025-02-10,2025-03-01,,2025-02-07,Y,cp,2019-04-01,"
                 "Safeguarding West,W003");
  // A CP plan starting on a bank holiday (Easter Monday 2024) with a first visit
  // exactly 10 working days later, and a visit after the plan ended.
  files_.cp_plans.row("PEDGE1,EDGE-013,2024-04-01,2024-06-28,0,Neglect,2012-02-29,,"
                      "Safeguarding West,W003");
  Date tenth = calendar.add_working_days(ymd(2024, 4, 1), 10);
  files_.visits.row("VEDGE1,EDGE-013,{},cp,PEDGE1,Y,Y,Safeguarding West,W003", day(tenth));
  files_.visits.row("VEDGE2,EDGE-013,2024-07-05,cp,PEDGE1,Y,N,Safeguarding West,W003");
  // Its review conference on the plan's last day, with no plan id: it belongs
  // to the plan open on that day (end inclusive), 88 days after the start.
  files_.cp_reviews.row("CREDGE1,EDGE-013,,2024-06-28");
}

Options parse(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        fmt::print(stderr, "gen_authority: {} needs a value\n", arg);
        std::exit(2);
      }
      return argv[++i];
    };
    if (arg == "--out") options.out = value();
    else if (arg == "--children") options.children = std::stol(value());
    else if (arg == "--months") options.months = std::stoi(value());
    else if (arg == "--seed") options.seed = std::stoull(value());
    else if (arg == "--edge-cases") options.edge_cases = true;
    else if (arg == "--census") options.census = value();
    else if (arg == "--end") {
      auto d = kpi::parse_date(value() + "-01");
      if (!d) {
        fmt::print(stderr, "gen_authority: --end wants YYYY-MM\n");
        std::exit(2);
      }
      date::year_month_day ymd{*d};
      options.end = ymd.year() / ymd.month();
    } else {
      fmt::print(stderr,
                 "usage: gen_authority --out DIR [--children N] [--months M] [--end YYYY-MM] "
                 "[--seed S] [--edge-cases] [--census FILE]\n");
      std::exit(2);
    }
  }
  if (options.out.empty() || options.children < 1 || options.months < 1) {
    fmt::print(stderr, "gen_authority: --out DIR is required; --children and --months >= 1\n");
    std::exit(2);
  }
  return options;
}

}  // namespace

int main(int argc, char** argv) {
  Options options = parse(argc, argv);
  std::filesystem::create_directories(options.out);
  Files files(options.out);
  std::unique_ptr<CensusXml> census;
  if (!options.census.empty()) {
    const Date end = date::sys_days{date::year_month_day_last{
        options.end.year(), date::month_day_last{options.end.month()}}};
    census = std::make_unique<CensusXml>(options.census, end);
  }
  Authority authority(options, files, census.get());
  for (long n = 1; n <= options.children; ++n) authority.child(n);
  if (options.edge_cases) {
    fmt::print(stderr, "edge cases:\n");
    authority.edge_cases(kpi::Calendar{});
  }
  return 0;
}
