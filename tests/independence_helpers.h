// Helpers for the independence property (tests/indicator_independence_test.cpp):
// a folder of CSV extracts held as text, a few hand-made children whose
// histories the generator does not write, copies of children added to the text
// under new ids, and the cases of a run in a form that compares across runs.
//
// A copy ("clone") of a child is every row of one component: the rows linked
// by any id value (child_id, referral_id, plan_id, discussion_id, cla_id, ...),
// so siblings sharing a strategy discussion are copied together and a clone
// links to itself exactly as the original does. Every id value of the copy
// gets a prefix ("Z3a-"), every date the same shift in days, kept inside the
// range of its file's column: the SPEC has rules that rightly depend on the
// whole data (the repeat-referral history starts at the earliest referral),
// and extra rows must not move those ranges.
#pragma once

#include "kpi/calendar.h"
#include "kpi/date.h"
#include "kpi/extract.h"
#include "kpi/indicator.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <compare>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kpi::independence {

// splitmix64, as bench/gen_authority: the same numbers with every standard
// library, so a seed names the same data everywhere.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed * 0x2545f4914f6cdd1dULL + 1) {}
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
  bool chance(int percent) { return between(0, 99) < percent; }

 private:
  std::uint64_t state_;
};

// --- CSV as text ---

// One physical line split at commas outside quotes; fields stay as written.
inline std::vector<std::string> split_fields(std::string_view line) {
  std::vector<std::string> out;
  std::string field;
  bool quoted = false;
  for (char ch : line) {
    if (ch == '"') quoted = !quoted;
    if (ch == ',' && !quoted) {
      out.push_back(field);
      field.clear();
      continue;
    }
    field += ch;
  }
  out.push_back(field);
  return out;
}

// The value of a field as written: surrounding quotes off, doubled quotes undone.
inline std::string unquote(std::string_view raw) {
  if (raw.size() < 2 || raw.front() != '"' || raw.back() != '"') return std::string(raw);
  std::string out;
  raw = raw.substr(1, raw.size() - 2);
  for (size_t i = 0; i < raw.size(); ++i) {
    out += raw[i];
    if (raw[i] == '"' && i + 1 < raw.size() && raw[i + 1] == '"') ++i;
  }
  return out;
}

inline std::string quote_if_needed(const std::string& value) {
  if (value.find_first_of(",\"") == std::string::npos) return value;
  std::string out = "\"";
  for (char ch : value) out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
  return out + "\"";
}

// One extract file: its header line and its rows, fields as written.
struct CsvText {
  std::string name;                  // "referrals.csv"
  std::string header;                // the header line as written
  std::vector<std::string> columns;  // lower case, spaces and BOM off
  std::vector<std::vector<std::string>> rows;
};

// The header must be the first line (the generator and the samples write it
// so); blank lines are dropped, so data row k is physical line k + 2 of every
// text built from it.
inline CsvText parse_csv(const std::string& name, const std::string& text) {
  CsvText csv;
  csv.name = name;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    std::vector<std::string> fields = split_fields(line);
    if (csv.columns.empty()) {
      csv.header = line;
      for (std::string& f : fields) {
        std::string column = unquote(f);
        if (column.starts_with("\xEF\xBB\xBF")) column.erase(0, 3);
        std::string lower;
        for (char ch : column)
          if (ch != ' ') lower += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        csv.columns.push_back(lower);
      }
      continue;
    }
    if (fields.size() != csv.columns.size())
      FAIL(name << ": a row with " << fields.size() << " fields: " << line);
    csv.rows.push_back(std::move(fields));
  }
  REQUIRE_MESSAGE(!csv.columns.empty(), name << ": no header");
  return csv;
}

// Every *.csv of a folder, in byte order of names (as load_extracts reads them).
inline std::vector<CsvText> read_folder(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.is_regular_file() && entry.path().extension() == ".csv")
      names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  std::vector<CsvText> files;
  for (const std::string& name : names) {
    std::ifstream in(dir + "/" + name, std::ios::binary);
    REQUIRE_MESSAGE(in, "cannot read " << dir << "/" << name);
    std::stringstream text;
    text << in.rdbuf();
    files.push_back(parse_csv(name, text.str()));
  }
  return files;
}

// --- hand-made histories ---

// Children with histories the generator never writes (it gives a child at
// most one care episode): re-entries into care, a placement change, two
// episodes on one day, overlapping CP and CiN plans with visits that name no
// plan, two referrals on one day, an ICPC that names no S47, a review that
// names only its episode. They are put before every other row, so their ids
// are interned first and they come first in every index sorted by child; the
// children who had left care and came back (H-01, H-02) come before those who
// leave late (H-04, H-09, H-10), so that nothing about another child can hide
// their return, until a copy of one of those or of a sample child who left
// care lands before them.
struct History {
  std::string_view file;
  std::string_view header;
  std::vector<std::string_view> rows;
};

inline const std::vector<History>& histories() {
  static const std::vector<History> table = {
      {"assessments.csv",
       "assessment_id,child_id,referral_id,start_date,authorised_date,outcome,child_seen,"
       "date_of_birth,team,worker",
       {"HA011,H-01,HR011,2023-04-20,2023-05-30,cin,Y,2012-03-01,Children in Care,W101",
        "HA021,H-02,HR021,2023-11-06,2023-12-20,cin,Y,2016-07-15,Children in Care,W102",
        "HA031,H-03,,2024-08-01,2024-08-28,other,Y,2019-01-10,Children in Care,W103",
        "HA041,H-04,HR041,2023-04-12,2023-04-18,cin,Y,2008-09-30,Children in Care,W104",
        "HA051,H-05,HR051,2023-06-02,2023-08-04,cin,Y,2015-02-28,Safeguarding West,W105",
        "HA052,H-05,,2023-11-14,,,,2015-02-28,Safeguarding West,W105",
        "HA053,H-05,HR054,2024-12-03,2024-12-03,nfa,Y,2015-02-28,Safeguarding West,W105",
        "HA061,H-06,,2023-06-02,2023-07-31,cin,Y,2017-05-05,Safeguarding West,W105",
        "HA071,H-07,HR071,2023-07-10,2023-07-28,cin,Y,2010-10-10,Safeguarding East,W107",
        "HA081,H-08,,2024-05-10,2024-07-15,cin,Y,2020-12-25,Assessment South,W108",
        "HA082,H-08,HR082,2024-09-04,2024-11-20,nfa,N,2020-12-25,Assessment South,W108",
        "HA083,H-08,HR082,2024-09-20,2024-10-01,other,Y,2020-12-25,Assessment South,W108",
        "HA091,H-09,,2023-08-14,2023-09-01,cin,Y,2009-06-06,Children in Care,W109",
        "HA101,H-10,,2024-01-15,2024-02-02,cin,Y,2013-12-12,Children in Care,W110"}},
      {"cin_plans.csv",
       "plan_id,child_id,start_date,end_date,last_seen_date,date_of_birth,team,worker",
       {"HN071,H-07,2023-08-01,2024-06-30,2024-06-20,2010-10-10,Safeguarding East,W107",
        "HN072,H-07,2024-04-02,,2025-03-10,2010-10-10,Safeguarding East,W107",
        "HN081,H-08,2024-11-25,,,2020-12-25,Assessment South,W108"}},
      {"cla_episodes.csv",
       "episode_id,child_id,start_date,end_date,placement_start,iha_date,last_visit_date,"
       "date_of_birth,team,worker",
       {"HE011,H-01,2023-05-02,2023-08-31,,2023-05-25,2023-08-20,2012-03-01,Children in Care,W101",
        "HE012,H-01,2023-10-02,2023-12-29,2023-11-06,2023-10-20,2023-12-18,2012-03-01,"
        "Children in Care,W101",
        "HE021,H-02,2024-01-08,2024-03-28,,,2024-03-15,2016-07-15,Children in Care,W102",
        "HE022,H-02,2024-06-03,2024-11-15,,2024-06-25,2024-11-01,2016-07-15,Children in Care,W102",
        "HE023,H-02,2024-11-15,,2024-11-15,,2025-03-14,2016-07-15,Children in Care,W102",
        "HE031,H-03,2024-09-02,,,2024-10-15,2025-03-03,2019-01-10,Children in Care,W103",
        "HE032,H-03,2024-09-02,2024-09-20,,2024-09-27,,2019-01-10,Children in Care,W103",
        "HE041,H-04,2023-04-20,2025-03-14,,2023-05-10,2025-03-01,2008-09-30,Children in Care,W104",
        "HE042,H-04,2023-04-25,2023-06-30,,,2023-06-01,2008-09-30,Children in Care,W104",
        "HE091,H-09,2023-09-04,2025-02-28,,2023-09-29,2025-02-10,2009-06-06,Children in Care,W109",
        "HE101,H-10,2024-02-05,2025-03-21,,2024-03-01,2025-03-07,2013-12-12,"
        "Children in Care,W110"}},
      {"cla_reviews.csv",
       "child_id,cla_id,review_date,participation",
       {"H-01,HE011,2023-05-22,PN1", ",HE012,2023-10-23,PN7", "H-02,HE022,2024-06-24,PN0",
        "H-03,HE031,2024-09-23,"}},
      {"contacts.csv",
       "child_id,contact_date,contact_source",
       {"H-05,2023-05-30,Police", "H-05,2023-05-30,Police", "H-07,2023-07-03,School",
        "H-08,2024-05-02,Individual"}},
      {"cp_plans.csv",
       "plan_id,child_id,start_date,end_date,previous_plans,initial_category,date_of_birth,"
       "last_visit_date,team,worker",
       {"HP051,H-05,2023-07-03,2024-01-31,,Neglect,2015-02-28,2024-01-25,Safeguarding West,W105",
        "HP052,H-05,2023-12-04,,1,Multiple,2015-02-28,2025-03-20,Safeguarding West,W105",
        "HP053,H-05,2023-12-04,2024-02-15,0,Neglect,2015-02-28,,Safeguarding West,W105",
        "HP071,H-07,2023-04-03,,,Emotional abuse,2010-10-10,2025-03-05,Safeguarding East,W107"}},
      {"cp_reviews.csv",
       "review_id,child_id,plan_id,review_date",
       {// H-05: on the deadline day; no plan_id while two plans start the same day
        // (the one open on the date); no child_id (the plan's). H-07: a day late,
        // then none: overdue.
        "HCR051,H-05,HP051,2023-10-03", "HCR052,H-05,,2024-03-04", "HCR053,,HP052,2024-09-05",
        "HCR071,H-07,HP071,2023-07-04"}},
      {"early_help.csv",
       "child_id,start_date,end_date,organisation",
       {"H-07,2023-04-03,2023-07-06,School", "H-07,2024-08-01,,Health visitor",
        "H-08,2023-10-01,2025-01-15,Early Help Hub"}},
      {"icpcs.csv",
       "icpc_id,s47_id,child_id,icpc_date,result_cp_plan,transfer_in,team,worker",
       {"HI051,,H-05,2023-07-03,,N,Safeguarding West,W105",
        "HI052,HS052,H-05,2023-12-04,,N,Safeguarding West,W105",
        "HI071,,H-07,2024-03-20,N,N,Safeguarding East,W107",
        "HI072,,H-07,2024-03-01,N,Y,Safeguarding East,W107"}},
      {"referrals.csv",
       "referral_id,child_id,referral_date,referral_source,nfa,date_of_birth,team,worker,"
       "previous_referrals_12m",
       {"HR011,H-01,2023-04-18,Police,N,2012-03-01,Children in Care,W101,",
        "HR021,H-02,2023-11-03,School,N,2016-07-15,Children in Care,W102,1",
        "HR041,H-04,2023-04-11,Health,N,2008-09-30,Children in Care,W104,2",
        "HR051,H-05,2023-06-01,Police,N,2015-02-28,Safeguarding West,W105,",
        ",H-05,2023-06-01,Police,Y,2015-02-28,Safeguarding West,W105,",
        "HR053,H-05,2023-11-10,School,N,2015-02-28,Safeguarding West,W105,",
        "HR054,H-05,2024-11-29,Health,N,2015-02-28,Safeguarding West,W105,0",
        "HR055,H-05,2024-12-02,Health,N,2015-02-28,Safeguarding West,W105,",
        "HR061,H-06,2023-06-01,Police,N,2017-05-05,Safeguarding West,W105,",
        "HR071,H-07,2023-07-07,Other,N,2010-10-10,Safeguarding East,W107,",
        "HR081,H-08,2024-05-03,Individual,N,2020-12-25,Assessment South,W108,",
        "HR082,H-08,2024-09-02,Individual,N,2020-12-25,Assessment South,W108,",
        "HR083,H-08,2025-03-31,Individual,N,2020-12-25,Assessment South,W108,"}},
      {"s47_enquiries.csv",
       "s47_id,child_id,start_date,end_date,icpc_not_required,icpc_date,icpc_result_cp_plan,"
       "outcome,date_of_birth,team,worker",
       {"HS051,H-05,2023-06-12,2023-07-10,,,,cp,2015-02-28,Safeguarding West,W105",
        "HS052,H-05,2023-11-13,2023-12-01,,2023-12-04,Y,cp,2015-02-28,Safeguarding West,W105",
        "HS061,H-06,2023-06-13,2023-07-20,Y,,,child in need,2017-05-05,Safeguarding West,W105",
        ",H-07,2024-03-05,2024-03-28,,,,cin plan,2010-10-10,Safeguarding East,W107"}},
      {"strategy_discussions.csv",
       "discussion_id,child_id,discussion_date,social_care,police,health,education,other_agency,"
       "s47_initiated,team,worker",
       {"HD051,H-05,2023-06-12,Y,,Y,N,N,Y,Safeguarding West,W105",
        "HD051,H-06,2023-06-13,Y,Y,Y,N,,Y,Safeguarding West,W105",
        "HD052,H-05,2023-11-13,Y,Y,N,N,N,Y,Safeguarding West,W105"}},
      {"visits.csv",
       "visit_id,child_id,visit_date,visit_type,plan_id,seen,seen_alone,team,worker",
       {// CP: blank plan_id while one, then three plans are open; named outside its plan; same day
        "HV001,H-05,2023-07-12,cp,HP051,Y,Y,Safeguarding West,W105",
        "HV002,H-05,2023-07-26,cp,,Y,N,Safeguarding West,W105",
        "HV003,H-05,2023-08-09,cp,,N,,Safeguarding West,W105",
        "HV004,H-05,2023-12-11,cp,,Y,Y,Safeguarding West,W105",
        "HV005,H-05,2024-02-20,cp,,Y,Y,Safeguarding West,W105",
        "HV006,H-05,2024-03-05,cp,HP051,Y,Y,Safeguarding West,W105",
        "HV007,H-05,2024-03-05,cp,HP052,Y,Y,Safeguarding West,W105",
        "HV008,H-05,2024-03-05,cp,HP052,Y,N,Safeguarding West,W105",
        // CiN: before both plans, in one, in both, named after its end; a child's only plan
        "HV011,H-07,2023-07-20,cin,,Y,Y,Safeguarding East,W107",
        "HV012,H-07,2023-09-01,cin,,Y,Y,Safeguarding East,W107",
        "HV013,H-07,2024-05-15,cin,,Y,N,Safeguarding East,W107",
        "HV014,H-07,2024-07-20,cin,HN071,Y,Y,Safeguarding East,W107",
        "HV015,H-08,2024-11-20,cin,,Y,Y,Assessment South,W108",
        "HV016,H-08,2025-01-06,cin,,Y,Y,Assessment South,W108",
        // CLA: blank plan_id; the placement restart; the day one episode ends and the next starts
        "HV021,H-01,2023-05-08,cla,,Y,Y,Children in Care,W101",
        "HV022,H-01,2023-06-20,cla,HE011,Y,N,Children in Care,W101",
        "HV023,H-01,2023-11-10,cla,,Y,Y,Children in Care,W101",
        "HV024,H-02,2024-11-18,cla,,Y,Y,Children in Care,W102",
        "HV025,H-02,2024-11-15,cla,,Y,Y,Children in Care,W102",
        "HV026,H-03,2024-09-05,cla,HE032,Y,Y,Children in Care,W103",
        "HV027,H-04,2023-05-01,cla,,Y,Y,Children in Care,W104"}},
  };
  return table;
}

// Puts the histories before the rows of the files that have their header
// (the samples' and gen_authority's short names); returns the rows added.
inline int add_histories(std::vector<CsvText>& files) {
  int added = 0;
  for (const History& history : histories()) {
    for (CsvText& csv : files) {
      if (csv.name != history.file || csv.header != history.header) continue;
      std::vector<std::vector<std::string>> rows;
      for (std::string_view row : history.rows) rows.push_back(split_fields(row));
      csv.rows.insert(csv.rows.begin(), rows.begin(), rows.end());
      added += static_cast<int>(rows.size());
    }
  }
  return added;
}

// --- the base: columns, components, date ranges ---

inline bool recorded(const std::string& raw) { return !is_not_recorded(unquote(raw)); }

// YYYY-MM-DD only: the one format the copies are written in.
inline std::optional<Date> iso_date(const std::string& raw) {
  std::string value = unquote(raw);
  if (value.size() != 10 || value[4] != '-' || value[7] != '-') return std::nullopt;
  return parse_date(value);
}

struct FileColumns {
  std::vector<int> ids;    // columns named *_id
  std::vector<int> dates;  // columns whose every recorded value is a YYYY-MM-DD date
  std::map<int, std::pair<Date, Date>> range;  // date column -> min, max
};

// The extracts the property is checked on, with what copying needs to know.
struct Base {
  std::vector<CsvText> files;
  std::vector<FileColumns> columns;
  // component[f][r]: the component of row r of file f (rows linked by ids).
  std::vector<std::vector<int>> component;
  // rows[c]: the (file, row) of component c, in file then row order.
  std::vector<std::vector<std::pair<int, int>>> rows;
  // The months every date but dates of birth falls in.
  date::year_month first_month{date::year{2000}, date::January}, last_month = first_month;
};

inline Base make_base(std::vector<CsvText> files) {
  Base base;
  base.files = std::move(files);
  // Columns.
  MaybeDate first, last;
  for (const CsvText& csv : base.files) {
    FileColumns fc;
    for (int col = 0; col < static_cast<int>(csv.columns.size()); ++col) {
      if (csv.columns[col].ends_with("_id")) {
        fc.ids.push_back(col);
        continue;
      }
      bool any = false, all = true;
      Date lo{}, hi{};
      for (const auto& row : csv.rows) {
        if (!recorded(row[col])) continue;
        auto d = iso_date(row[col]);
        if (!d) {
          all = false;
          break;
        }
        lo = any ? std::min(lo, *d) : *d;
        hi = any ? std::max(hi, *d) : *d;
        any = true;
      }
      if (!any || !all) continue;
      fc.dates.push_back(col);
      fc.range[col] = {lo, hi};
      if (csv.columns[col] == "date_of_birth") continue;
      first = first ? std::min(*first, lo) : lo;
      last = last ? std::max(*last, hi) : hi;
    }
    base.columns.push_back(fc);
  }
  REQUIRE_MESSAGE(first, "no dates in the extracts");
  date::year_month_day a{*first}, b{*last};
  base.first_month = a.year() / a.month();
  base.last_month = b.year() / b.month();

  // Components: union-find over id values; a row joins every id it holds.
  std::unordered_map<std::string, int> token;
  std::vector<int> parent;
  auto find = [&](int t) {
    while (parent[t] != t) t = parent[t] = parent[parent[t]];
    return t;
  };
  std::vector<std::vector<int>> row_token(base.files.size());
  for (size_t f = 0; f < base.files.size(); ++f) {
    for (const auto& row : base.files[f].rows) {
      int first_token = -1;
      for (int col : base.columns[f].ids) {
        if (!recorded(row[col])) continue;
        auto [it, added] = token.try_emplace(unquote(row[col]), static_cast<int>(parent.size()));
        if (added) parent.push_back(it->second);
        if (first_token < 0) first_token = it->second;
        else parent[find(it->second)] = find(first_token);
      }
      if (first_token < 0) FAIL(base.files[f].name << ": a row without any id");
      row_token[f].push_back(first_token);
    }
  }
  std::unordered_map<int, int> number;  // root token -> component
  base.component.resize(base.files.size());
  for (size_t f = 0; f < base.files.size(); ++f) {
    for (size_t r = 0; r < row_token[f].size(); ++r) {
      auto [it, added] =
          number.try_emplace(find(row_token[f][r]), static_cast<int>(base.rows.size()));
      if (added) base.rows.emplace_back();
      base.component[f].push_back(it->second);
      base.rows[static_cast<size_t>(it->second)].emplace_back(static_cast<int>(f),
                                                              static_cast<int>(r));
    }
  }
  return base;
}

// --- copies ---

enum class Place { before, after, interleaved };

struct Clone {
  int component = 0;
  std::string prefix;  // "Z3a-": every id value of the copy starts with it
  int shift = 0;       // days added to every date of the copy
  Place place = Place::interleaved;
};

// Which components a seed copies, how, and where. About four in ten are copied,
// some twice; a third keep their dates (they must then get the cases of their
// original, id for id).
inline std::vector<Clone> plan_clones(const Base& base, std::uint64_t seed) {
  Random random(seed);
  std::vector<Clone> clones;
  for (int c = 0; c < static_cast<int>(base.rows.size()); ++c) {
    int roll = random.between(0, 99);
    int copies = roll < 30 ? 1 : roll < 40 ? 2 : 0;
    for (int k = 0; k < copies; ++k) {
      Clone clone;
      clone.component = c;
      clone.prefix = fmt::format("Z{}{}-", seed, static_cast<char>('a' + k));
      // The shifts that keep every date of the copy inside its column's range.
      int lo = -40, hi = 40;
      for (auto [f, r] : base.rows[static_cast<size_t>(c)]) {
        const FileColumns& fc = base.columns[static_cast<size_t>(f)];
        for (int col : fc.dates) {
          const std::string& raw =
              base.files[static_cast<size_t>(f)].rows[static_cast<size_t>(r)][col];
          if (!recorded(raw)) continue;
          Date d = *iso_date(raw);
          auto [min, max] = fc.range.at(col);
          lo = std::max(lo, static_cast<int>((min - d).count()));
          hi = std::min(hi, static_cast<int>((max - d).count()));
        }
      }
      clone.shift = random.chance(35) ? 0 : std::clamp(random.between(-40, 40), lo, hi);
      int place = random.between(0, 3);
      clone.place = place == 0 ? Place::before : place == 1 ? Place::after : Place::interleaved;
      clones.push_back(clone);
    }
  }
  return clones;
}

// Where a row of a built text came from.
struct RowSource {
  int clone = -1;  // index into the clones, or -1: the base row itself
  int base_row = 0;
};

// One text of a run: a base file with copies among its rows, or the copies of
// one kind in a file of their own (several files of one kind are read as one).
struct BuiltText {
  std::string name;  // as read: "referrals.csv", "referrals_copies.csv"
  std::string text;
  int base_file = 0;  // the base file its rows come from
  std::vector<RowSource> sources;  // per data row (physical line - 2)
};

// The texts of one run, in reading order: the base rows in their order, the
// copies at their places (a copy keeps the relative order of its own rows).
struct Built {
  std::vector<BuiltText> texts;
};

inline std::vector<std::string> copy_row(const Base& base, int f, int r, const Clone& clone) {
  std::vector<std::string> row = base.files[static_cast<size_t>(f)].rows[static_cast<size_t>(r)];
  const FileColumns& fc = base.columns[static_cast<size_t>(f)];
  for (int col : fc.ids)
    if (recorded(row[col])) row[col] = quote_if_needed(clone.prefix + unquote(row[col]));
  if (clone.shift != 0)
    for (int col : fc.dates)
      if (recorded(row[col])) row[col] = format_date(*iso_date(row[col]) + date::days{clone.shift});
  return row;
}

// Each file's copies go among its rows (at their clone's place), or, one time
// in four each, all into a file of their own read just before or just after it.
inline Built build(const Base& base, const std::vector<Clone>& clones, std::uint64_t seed) {
  Random random(seed ^ 0xfeedULL);
  Built built;
  for (size_t f = 0; f < base.files.size(); ++f) {
    const CsvText& csv = base.files[f];
    const int n = static_cast<int>(csv.rows.size());
    const int own_file = clones.empty() ? 2 : random.between(0, 3);  // 0 before, 1 after
    struct Placed {
      int slot;  // before base row `slot` (n: after every base row)
      std::vector<std::string> fields;
      RowSource source;
    };
    std::vector<Placed> placed;
    for (int k = 0; k < static_cast<int>(clones.size()); ++k) {
      const Clone& clone = clones[static_cast<size_t>(k)];
      std::vector<int> own;  // the component's rows in this file
      for (auto [rf, r] : base.rows[static_cast<size_t>(clone.component)])
        if (rf == static_cast<int>(f)) own.push_back(r);
      std::vector<int> slots;
      for (size_t i = 0; i < own.size(); ++i)
        slots.push_back(own_file < 2 || clone.place == Place::before ? 0
                        : clone.place == Place::after               ? n
                                                                    : random.between(0, n));
      std::sort(slots.begin(), slots.end());
      for (size_t i = 0; i < own.size(); ++i)
        placed.push_back(
            {slots[i], copy_row(base, static_cast<int>(f), own[i], clone), {k, own[i]}});
    }
    std::stable_sort(placed.begin(), placed.end(),
                     [](const Placed& a, const Placed& b) { return a.slot < b.slot; });
    auto start = [&](std::string name) {
      return BuiltText{std::move(name), csv.header + "\n", static_cast<int>(f), {}};
    };
    auto emit = [](BuiltText& out, const std::vector<std::string>& fields, RowSource source) {
      for (size_t i = 0; i < fields.size(); ++i) out.text += (i ? "," : "") + fields[i];
      out.text += "\n";
      out.sources.push_back(source);
    };
    BuiltText text = start(csv.name);
    if (own_file < 2) {
      BuiltText copies = start(csv.name.substr(0, csv.name.size() - 4) + "_copies.csv");
      for (const Placed& p : placed) emit(copies, p.fields, p.source);
      for (int r = 0; r < n; ++r) emit(text, csv.rows[static_cast<size_t>(r)], {-1, r});
      if (own_file == 0) built.texts.push_back(std::move(copies));
      built.texts.push_back(std::move(text));
      if (own_file == 1) built.texts.push_back(std::move(copies));
      continue;
    }
    size_t next = 0;
    for (int slot = 0; slot <= n; ++slot) {
      for (; next < placed.size() && placed[next].slot == slot; ++next)
        emit(text, placed[next].fields, placed[next].source);
      if (slot < n) emit(text, csv.rows[static_cast<size_t>(slot)], {-1, slot});
    }
    built.texts.push_back(std::move(text));
  }
  return built;
}

// Reads the texts through the public API, as one run of a folder.
inline Extracts load(const Built& built) {
  Extracts x;
  for (const BuiltText& t : built.texts) {
    std::istringstream in(t.text);
    read_extract(in, t.name, std::nullopt, {}, x);
  }
  finish_extracts(x);
  return x;
}

// --- cases that compare across runs ---

// A case without its run's handles: strings for ids, the base row for the
// line it was read at (inserted rows move lines), the original's ids for a copy.
struct CaseKey {
  std::string_view family;
  int sub = 0;
  int period = 0;
  std::string child, team, worker;
  std::optional<int> from, to, days;  // dates as days since 1970
  bool numerator = false, denominator = false, partial_history = false;
  int age = 0;
  std::string_view reason, finding;
  int file = 0;  // index into Base::files
  int base_row = 0;
  auto operator<=>(const CaseKey&) const = default;
};

inline std::optional<int> days_of(const MaybeDate& d) {
  if (!d) return std::nullopt;
  return static_cast<int>(d->time_since_epoch().count());
}

// The cases of one family's run, split into those of base rows and those of
// each copy (ids without the copy's prefix).
struct Split {
  std::vector<CaseKey> base;
  std::map<int, std::vector<CaseKey>> clones;
};

inline Split split_cases(const Family& family, const Aggregator& result, const Extracts& x,
                         const Built& built, const std::vector<Clone>& clones) {
  std::unordered_map<std::string, const BuiltText*> text_of;
  for (const BuiltText& t : built.texts) text_of[t.name] = &t;
  Split out;
  for (const Case& c : result.cases()) {
    // Every case comes from a row of a built text (checked without an
    // assertion per case: there are tens of thousands).
    auto it = text_of.find(x.files[c.origin.file].file);
    if (it == text_of.end() || c.origin.line < 2 || c.origin.line - 2 >= it->second->sources.size())
      FAIL(family.id << ": a case from " << x.where(c.origin) << ", no row of the texts built");
    RowSource source = it->second->sources[c.origin.line - 2];
    CaseKey key{family.id, c.sub, c.period, std::string(x.strings.str(c.child)),
                std::string(x.strings.str(c.team)), std::string(x.strings.str(c.worker)),
                days_of(c.from), days_of(c.to), c.days, c.numerator, c.denominator,
                c.partial_history, static_cast<int>(c.age), c.reason, c.finding,
                it->second->base_file, source.base_row};
    if (source.clone < 0) {
      out.base.push_back(std::move(key));
      continue;
    }
    const std::string& prefix = clones[static_cast<size_t>(source.clone)].prefix;
    // A copy's case names the copy, never an original child.
    if (key.child.starts_with(prefix))
      key.child.erase(0, prefix.size());
    else if (!key.child.empty())
      FAIL_CHECK(family.id << ": a case of a copied row names '" << key.child << "'");
    out.clones[source.clone].push_back(std::move(key));
  }
  std::sort(out.base.begin(), out.base.end());
  for (auto& [k, keys] : out.clones) std::sort(keys.begin(), keys.end());
  return out;
}

inline std::string describe(const CaseKey& k, const Base& base, const Periods& periods) {
  const Family* family = find_indicator(k.family)->family;
  date::year_month month = periods.month(k.period);
  auto day = [](const std::optional<int>& d) {
    return d ? format_date(Date{date::days{*d}}) : std::string("-");
  };
  return fmt::format("{} {}-{:02} child '{}' {}:{}: {} (numerator {}, denominator {}, {} to {}, "
                     "days {}{}{})",
                     sub_id(*family, k.sub), static_cast<int>(month.year()),
                     static_cast<unsigned>(month.month()), k.child,
                     base.files[static_cast<size_t>(k.file)].name, k.base_row + 2, k.reason,
                     k.numerator, k.denominator, day(k.from), day(k.to),
                     k.days ? std::to_string(*k.days) : std::string("-"),
                     k.partial_history ? ", partial history" : "",
                     k.finding.empty() ? "" : fmt::format(", finding '{}'", k.finding));
}

// "" when equal, else the first few cases only one side has.
inline std::string difference(const std::vector<CaseKey>& expected,
                              const std::vector<CaseKey>& actual, const Base& base,
                              const Periods& periods) {
  if (expected == actual) return "";
  std::vector<CaseKey> lost, gained;
  std::set_difference(expected.begin(), expected.end(), actual.begin(), actual.end(),
                      std::back_inserter(lost));
  std::set_difference(actual.begin(), actual.end(), expected.begin(), expected.end(),
                      std::back_inserter(gained));
  std::string text = fmt::format("{} cases lost, {} gained", lost.size(), gained.size());
  for (size_t i = 0; i < lost.size() && i < 6; ++i)
    text += "\n  lost:   " + describe(lost[i], base, periods);
  for (size_t i = 0; i < gained.size() && i < 6; ++i)
    text += "\n  gained: " + describe(gained[i], base, periods);
  return text;
}

}  // namespace kpi::independence
