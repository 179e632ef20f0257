// Loading files and folders, keep_going (check), and the check report.
#include "extract_test_helpers.h"
#include "kpi/report.h"

#include <fmt/format.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

using namespace extract_test;
namespace fs = std::filesystem;

namespace {

// A fresh folder under the system temp directory, removed at the end. The
// process id keeps two test runs at once (two builds, two checkouts) apart.
struct TempFolder {
  fs::path path;
  explicit TempFolder(const std::string& name)
      : path(fs::temp_directory_path() / fmt::format("{}-{}", name, ::getpid())) {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempFolder() { fs::remove_all(path); }
  std::string write(const std::string& name, const std::string& text) const {
    std::ofstream(path / name, std::ios::binary) << text;
    return (path / name).string();
  }
};

}  // namespace

TEST_SUITE("extract") {

TEST_CASE("a folder: every *.csv in byte order of names; unrecognised and unused files skipped") {
  TempFolder dir("csc_kpi_extract_load_test");
  dir.write("b_referrals.csv", "referral_id,child_id,referral_date\nR1,C1,2017-11-02\n");
  dir.write("A_referrals.CSV", "referral_id,child_id,referral_date\nR1,C1,2017-11-01\n");
  dir.write("notes.csv", "what,when\nmeeting,today\n");
  dir.write("list_9.csv", "Child Unique ID,Eligibility Category,LA In Touch \n");
  dir.write("readme.txt", "not a csv");
  kpi::Extracts x = kpi::load_extracts({{dir.path.string(), std::nullopt}}, {});
  REQUIRE(x.files.size() == 4);
  // Byte order: 'A' (0x41) before 'b' (0x62) before 'l' before 'n'.
  CHECK(fs::path(x.files[0].file).filename() == "A_referrals.CSV");
  CHECK(fs::path(x.files[1].file).filename() == "b_referrals.csv");
  CHECK(x.files[2].skipped == "Annex A List 9 (care leavers) is not used");
  CHECK(x.files[3].skipped == "no recognisable header (columns found: what, when)");
  // R1 of b_referrals.csv (read later) wins.
  REQUIRE(x.referrals.size() == 1);
  CHECK(day(x.referrals[0].date) == "2017-11-02");
  CHECK(x.files[0].excluded.at("duplicate id") == 1);
  bool notice = false;
  for (const auto& m : x.messages)
    notice = notice || m == (dir.path / "notes.csv").string() +
                                ": skipped: no recognisable header (columns found: what, when)";
  CHECK(notice);
}

TEST_CASE("a file named explicitly that cannot be recognised is an error") {
  TempFolder dir("csc_kpi_extract_load_test2");
  std::string notes = dir.write("notes.csv", "what,when\n");
  CHECK_THROWS_WITH_AS(kpi::load_extracts({{notes, std::nullopt}}, {}),
                       (notes + ": no recognisable header (columns found: what, when)\n"
                        "a file could not be read: nothing was reported (fix it, or give "
                        "--skip-bad-files to report without it)").c_str(),
                       kpi::InputError);
  // A forced kind reads a folder's files as that kind.
  std::string a = dir.write("a.csv", "child_id,start_date\nC1,2017-01-01\n");
  kpi::Extracts x = kpi::load_extracts({{a, kpi::Kind::early_help}}, {});
  CHECK(x.early_help.size() == 1);
}

TEST_CASE("keep_going records a file's error, takes its rows back out, and goes on") {
  TempFolder dir("csc_kpi_extract_load_test3");
  std::string good = dir.write("a.csv", "referral_id,child_id,referral_date\nR1,C1,2017-11-01\n");
  std::string bad = dir.write("b.csv", "referral_id,child_id,referral_date\nR2,C2,2017-11-01\nR3,C3\n");
  kpi::LoadOptions options;
  options.keep_going = true;
  kpi::Extracts x = kpi::load_extracts(
      {{good, std::nullopt}, {bad, std::nullopt}, {dir.path.string() + "/missing.csv", std::nullopt}},
      options);
  REQUIRE(x.files.size() == 3);
  CHECK(x.referrals.size() == 1);  // b.csv's R2 was taken back out
  CHECK(x.files[1].kind == kpi::Kind::referrals);
  CHECK(x.files[1].error == bad + ":3: ragged row: 2 fields where the header has 3");
  CHECK(x.files[1].rows == 0);
  CHECK(x.files[2].error ==
        dir.path.string() + "/missing.csv: cannot open the file (no such file or directory)");
  // A file named twice is read once.
  kpi::Extracts twice = kpi::load_extracts({{good, std::nullopt}, {good, std::nullopt}}, {});
  CHECK(twice.referrals.size() == 1);
  CHECK(twice.files[1].skipped == "the same file was already read");
  // Nor does it leave its columns behind: b2.csv's nfa column was in no file read.
  std::string bad_nfa =
      dir.write("b2.csv", "referral_id,child_id,referral_date,nfa\nR4,C4,2017-11-01,N\nR5\n");
  kpi::Extracts columns = kpi::load_extracts({{good, std::nullopt}, {bad_nfa, std::nullopt}}, options);
  CHECK(columns.has_column(kpi::Kind::referrals, "referral_date"));
  CHECK_FALSE(columns.has_column(kpi::Kind::referrals, "nfa"));
  // Without keep_going the first unusable file stops the run.
  CHECK_THROWS_AS(kpi::load_extracts({{good, std::nullopt}, {bad, std::nullopt}}, {}), kpi::InputError);
}

TEST_CASE("the check report: JSON as SPEC section 5, and the table") {
  kpi::Extracts x;
  std::istringstream a("referral_id,child_id,referral_date\nR1,C1,2017-11-01\nR2,C2,31/02/2017\n");
  kpi::read_extract(a, "extracts/referrals.csv", std::nullopt, {}, x);
  kpi::FileReport skipped;
  skipped.file = "extracts/List_9.csv";
  skipped.matched = kpi::HeaderFamily::annex_a;
  skipped.skipped = "Annex A List 9 (care leavers) is not used";
  x.files.push_back(skipped);
  kpi::finish_extracts(x);
  CHECK(kpi::render_check_json(x.files) ==
        R"({
  "files": [
    {
      "file": "extracts/referrals.csv",
      "kind": "referrals",
      "matched": "short",
      "rows": 2,
      "used": 1,
      "excluded": {"invalid referral_date": 1},
      "findings": {},
      "first_date": "2017-11-01",
      "last_date": "2017-11-01",
      "coverage_end": "2017-11-01",
      "error": null,
      "skipped": null
    },
    {
      "file": "extracts/List_9.csv",
      "kind": null,
      "matched": "annex-a",
      "rows": 0,
      "used": 0,
      "excluded": {},
      "findings": {},
      "first_date": null,
      "last_date": null,
      "coverage_end": null,
      "error": null,
      "skipped": "Annex A List 9 (care leavers) is not used"
    }
  ]
}
)");
  std::string table = kpi::render_check_table(x.files);
  CHECK(table.find("extracts/referrals.csv  referrals             short            2          1"
                   "         1         0  2017-11-01  2017-11-01\n") != std::string::npos);
  CHECK(table.find("2 files (1 read, 1 skipped, 0 unusable): 2 rows, 1 used, 1 excluded; 0 findings") !=
        std::string::npos);
  CHECK(table.find("extracts/referrals.csv: excluded: 1 invalid referral_date") != std::string::npos);
  CHECK(table.find("extracts/List_9.csv: skipped: Annex A List 9 (care leavers) is not used") !=
        std::string::npos);
}

}  // TEST_SUITE
