// Every bad-input case of SPEC section 2, with the exact message pinned.
#include "extract/byte_source.h"
#include "extract_test_helpers.h"

#include <filesystem>

using namespace extract_test;

TEST_SUITE("extract") {

TEST_CASE("an invalid required date excludes the row, with its file:line message") {
  auto x = read("referral_id,child_id,referral_date\nR1,C1,2017-11-01\nR2,C2,2017/11/02\n"
                "R3,C3,31/02/2017\nR4,C4,\nR5,,2017-11-05\n",
                "referrals.csv");
  CHECK(x.referrals.size() == 1);
  const kpi::FileReport& f = x.files[0];
  // 5 rows read = 1 used + 2 invalid + 1 missing date + 1 missing child.
  CHECK(f.rows == 5);
  CHECK(f.used == 1);
  CHECK(f.excluded.at("invalid referral_date") == 2);
  CHECK(f.excluded.at("missing referral_date") == 1);
  CHECK(f.excluded.at("missing child_id") == 1);
  REQUIRE(x.messages.size() == 4);
  CHECK(x.messages[0] ==
        "referrals.csv:3: column 'referral_date': invalid date '2017/11/02' (expected YYYY-MM-DD, "
        "DD/MM/YYYY or DD-Mon-YYYY)");
  // An impossible date is never guessed.
  CHECK(x.messages[1] ==
        "referrals.csv:4: column 'referral_date': invalid date '31/02/2017' (expected YYYY-MM-DD, "
        "DD/MM/YYYY or DD-Mon-YYYY)");
  CHECK(x.messages[2] == "referrals.csv:5: column 'referral_date': value missing");
  CHECK(x.messages[3] == "referrals.csv:6: column 'child_id': value missing");
}

TEST_CASE("messages name the column as the file writes it") {
  auto x = read("Child Unique ID,Continuous Assessment Start Date\nA1,31/02/2017\n", "List_4.csv");
  REQUIRE(x.messages.size() == 1);
  CHECK(x.messages[0] ==
        "List_4.csv:2: column 'Continuous Assessment Start Date': invalid date '31/02/2017' "
        "(expected YYYY-MM-DD, DD/MM/YYYY or DD-Mon-YYYY)");
  CHECK(x.files[0].excluded.at("invalid start_date") == 1);
}

TEST_CASE("--strict makes the first bad row an error") {
  kpi::LoadOptions strict;
  strict.strict = true;
  CHECK(read_error("referral_id,child_id,referral_date\nR1,C1,2017-11-01\nR3,C3,31/02/2017\n",
                   "referrals.csv", std::nullopt, strict) ==
        "referrals.csv:3: column 'referral_date': invalid date '31/02/2017' (expected YYYY-MM-DD, "
        "DD/MM/YYYY or DD-Mon-YYYY)");
  // Bad optional values are findings, not errors, even with --strict.
  CHECK(read_error("referral_id,child_id,referral_date,nfa\nR1,C1,2017-11-01,maybe\n", "r.csv",
                   std::nullopt, strict) == "");
}

TEST_CASE("an invalid optional value reads as not recorded and is a finding") {
  auto x = read("plan_id,child_id,start_date,end_date,previous_plans\n"
                "P1,C1,2017-11-01,2017-13-01,two\n",
                "cp_plans.csv");
  REQUIRE(x.cp_plans.size() == 1);
  CHECK_FALSE(x.cp_plans[0].end);
  CHECK(x.cp_plans[0].previous_plans == -1);
  CHECK(x.files[0].used == 1);
  CHECK(x.files[0].findings.at("invalid end_date") == 1);
  CHECK(x.files[0].findings.at("invalid previous_plans") == 1);
  REQUIRE(x.messages.size() == 2);
  CHECK(x.messages[0] ==
        "cp_plans.csv:2: column 'end_date': invalid date '2017-13-01' (expected YYYY-MM-DD, "
        "DD/MM/YYYY or DD-Mon-YYYY); read as not recorded");
  CHECK(x.messages[1] ==
        "cp_plans.csv:2: column 'previous_plans': invalid number 'two' (expected a whole number); "
        "read as not recorded");
  x = read("child_id,visit_date,visit_type,seen\nC1,2017-11-01,cp,perhaps\n", "v.csv");
  CHECK(x.visits.at(0).seen == kpi::Flag::unknown);
  CHECK(x.messages.at(0) ==
        "v.csv:2: column 'seen': invalid flag 'perhaps' (expected Y or N); read as not recorded");
}

TEST_CASE("a bad visit type excludes the visit") {
  auto x = read("child_id,visit_date,visit_type\nC1,2017-11-01,home\nC1,2017-11-01,\n", "v.csv");
  CHECK(x.visits.empty());
  CHECK(x.files[0].excluded.at("invalid visit_type") == 1);
  CHECK(x.files[0].excluded.at("missing visit_type") == 1);
  CHECK(x.messages.at(0) ==
        "v.csv:2: column 'visit_type': invalid visit type 'home' (expected cp, cin or cla)");
}

TEST_CASE("end before start is a finding; the row stays used") {
  auto x = read("plan_id,child_id,start_date,end_date\nP1,C1,2017-11-01,2017-10-01\n", "cp_plans.csv");
  CHECK(x.files[0].used == 1);
  CHECK(x.files[0].findings.at("end before start") == 1);
  CHECK(x.messages.at(0) == "cp_plans.csv:2: end_date 2017-10-01 is before start_date 2017-11-01");
}

TEST_CASE("invalid UTF-8 is an error at its line with the Windows-1252 hint") {
  // "Caf\xE9" is how Windows-1252 writes "Café".
  std::string csv = "child_id,contact_date,contact_source\nC1,2017-11-01,Police\nC2,2017-11-02,Caf\xE9\n";
  CHECK(read_error(csv, "contacts.csv") ==
        "contacts.csv:3: invalid UTF-8 byte 0xE9 (if the file was saved by Excel as 'CSV (Comma "
        "delimited)', try --encoding windows-1252)");
  CHECK(read_error("child_id,contact_date\nC1,2017-11-01 \x96 x\n", "c.csv") ==
        "c.csv:2: invalid UTF-8 byte 0x96 (if the file was saved by Excel as 'CSV (Comma "
        "delimited)', try --encoding windows-1252)");
  // Overlong forms and surrogates are not UTF-8 either.
  CHECK(read_error("child_id,contact_date\nC\xC0\xAF,2017-11-01\n", "c.csv").starts_with(
      "c.csv:2: invalid UTF-8 byte 0xC0"));
  CHECK(read_error("child_id,contact_date\nC\xED\xA0\x80,2017-11-01\n", "c.csv").starts_with(
      "c.csv:2: invalid UTF-8 byte 0xED"));
}

TEST_CASE("--encoding windows-1252 reads Excel's plain CSV") {
  kpi::LoadOptions cp1252;
  cp1252.windows_1252 = true;
  // 0xE9 = é, 0x92 = U+2019 (curly apostrophe in the Annex A header), 0xA0 = NBSP.
  std::string csv =
      "Child Unique ID,Continuous Assessment Start Date,Was the child assessed as requiring LA "
      "children\x92s social care support\xA0\nCaf\xE9,01/11/2017,Y\n";
  auto x = read(csv, "List_4.csv", std::nullopt, cp1252);
  REQUIRE(x.assessments.size() == 1);
  CHECK(x.strings.str(x.assessments[0].child) == "Caf\xC3\xA9");
  CHECK(x.assessments[0].outcome == kpi::AssessmentOutcome::cin);
  // A file with a UTF-8 byte order mark is UTF-8 whatever the option says.
  x = read("\xEF\xBB\xBF" "child_id,contact_date\nCaf\xC3\xA9,2017-11-01\n", "c.csv", std::nullopt,
           cp1252);
  CHECK(x.strings.str(x.contacts.at(0).child) == "Caf\xC3\xA9");
}

TEST_CASE("a ragged row is an error naming its fields and the header's") {
  CHECK(read_error("referral_id,child_id,referral_date\nR1,C1,2017-11-01\nR2,C2\n", "referrals.csv") ==
        "referrals.csv:3: ragged row: 2 fields where the header has 3");
  CHECK(read_error("referral_id,child_id,referral_date\nR1,C1,2017-11-01,x,y\n", "referrals.csv") ==
        "referrals.csv:2: ragged row: 5 fields where the header has 3");
  CHECK(read_error("referral_id,child_id,referral_date\nR1\n", "referrals.csv") ==
        "referrals.csv:2: ragged row: 1 field where the header has 3");
}

TEST_CASE("a line break inside a quoted field is an error at its line") {
  CHECK(read_error("child_id,contact_date,contact_source\nC1,2017-11-01,\"two\nlines\"\n",
                   "contacts.csv") ==
        "contacts.csv:2: line break inside a quoted field (or an unclosed quote)");
  CHECK(read_error("child_id,contact_date,contact_source\nC1,2017-11-01,ok\nC2,2017-11-01,\"open\n",
                   "contacts.csv") ==
        "contacts.csv:3: line break inside a quoted field (or an unclosed quote)");
}

TEST_CASE("files that are not CSV text say what they are") {
  CHECK(read_error(std::string("\xFF\xFE" "c\0h\0", 6), "u16.csv") ==
        "u16.csv:1: the file is UTF-16 (Excel's 'Unicode Text'); save it as 'CSV UTF-8 (Comma "
        "delimited)'");
  // A workbook is read as one whatever its name (tests/extract_xlsx_test.cpp).
  CHECK(read_error(std::string("PK\x03\x04\x14\0\x06\0", 8), "book.csv") ==
        "book.csv: the file is damaged or truncated: its zip directory (at the end of an .xlsx) "
        "is missing");
}

TEST_CASE("a NUL byte never cuts a line short in silence") {
  CHECK(read_error(std::string("child_id,contact_date,contact_source\nC1,2017-11-01,ok\n"
                               "C2,2017-11-01,bro\0ken\n", 76),
                   "contacts.csv") ==
        "contacts.csv:3: NUL byte in the line (is this a binary file? save it as 'CSV UTF-8 "
        "(Comma delimited)')");
}

TEST_CASE("an unreadable file is an error naming it") {
  CHECK_THROWS_WITH_AS(kpi::load_extracts({{"/nonexistent/referrals.csv", std::nullopt}}, {}),
                       "/nonexistent/referrals.csv: cannot open the file (no such file or directory)\na file could not be read: nothing was reported (fix it, or give --skip-bad-files to report without it)",
                       kpi::InputError);
  // A file that opens but cannot be read is not a short or empty file: on Linux
  // a folder opens for reading, and reading it fails with EISDIR.
  std::string folder = std::filesystem::temp_directory_path().string();
  CHECK_THROWS_WITH_AS(kpi::extract::ByteSource::open_file(folder),
                       (folder + ": cannot read the file (is a directory)").c_str(),
                       kpi::InputError);
}

}  // TEST_SUITE
