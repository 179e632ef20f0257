// Messy inputs found while fuzzing the CSV readers (tests/fuzz/fuzz_extract.cpp)
// and trying the executable on messy files: each either reads with every row
// accounted for, or fails with a "file:line: ..." / "file: ..." InputError.
#include "extract_test_helpers.h"
#include "kpi/suggest.h"

#include <fmt/format.h>

#include <string>
#include <vector>

using namespace extract_test;

TEST_SUITE("extract_fuzz") {

TEST_CASE("lines ending with CR only are an error, not a header that reads no rows") {
  // Old Mac "CSV" ends lines with CR only, so fccp sees one line. Its fields
  // are child_id, contact_date, "contact_source<CR>C1", "2017-11-01", ...: the
  // header fitted contacts and the file read as 0 rows, losing both.
  const std::string message =
      ":1: carriage return (CR) inside the line: the lines seem to end with CR only, as in old "
      "Mac files; save it as 'CSV UTF-8 (Comma delimited)'";
  CHECK(read_error("child_id,contact_date,contact_source\rC1,2017-11-01,Police\rC2,2017-11-02,"
                   "School\r",
                   "mac.csv") == "mac.csv" + message);
  // Not recognisable at all ("contact_date<CR>C1" is no column): the same
  // message rather than "no recognisable header (columns found: ...)".
  CHECK(read_error("child_id,contact_date\rC1,2017-11-01\rC2,2017-11-02\r", "mac.csv") ==
        "mac.csv" + message);
  // Nor does naming the kind make it readable.
  CHECK(read_error("child_id,contact_date,contact_source\rC1,2017-11-01,x\r", "mac.csv",
                   kpi::Kind::contacts) == "mac.csv" + message);
}

// Tests of speed and of hangs are in the test suite "scale": ctest runs them
// as unit_scale, whose time limit is the assertion (CMakeLists.txt).
TEST_CASE("a file over 48 MB without a final line break reads every row once, and ends" *
          doctest::test_suite("scale")) {
  // fccp's LineReader decided where an unterminated last line ends by the
  // byte one past its data: in a file over three 16 MB blocks that is a stale
  // byte of an earlier block. When it was '\n', the reader handed out stale
  // lines as new rows and then waited forever for a read-ahead (found by the
  // fuzzer with small blocks; `csc-kpi check` hung on such a 50 MB file).
  // The chunked reader that replaced the LineReader (issue 12) must read it too.
  constexpr std::size_t block = std::size_t{1} << 24;
  std::string csv = "child_id,contact_date\n";
  const std::string row = "C0000000000000000,2017-11-01\n";  // 29 bytes
  long rows = 0;
  while (csv.size() < 3 * block + 1000) {
    csv += row;
    ++rows;
  }
  // The last row, unterminated, is padded until the byte one block before the
  // end of the file is a '\n': the stale byte the reader looked at.
  std::string last = "CLAST,2017-11-01";
  for (std::size_t pad = 1; csv[csv.size() + last.size() - block] != '\n'; ++pad)
    last = fmt::format("C{}LAST,2017-11-01", std::string(pad, 'X'));
  csv += last;
  ++rows;
  // A hang never returns: ctest's time limit for unit_scale ends it, failed.
  kpi::Extracts x = read(csv, "big.csv");
  CHECK(x.files[0].rows == rows);
  CHECK(x.files[0].used == rows);
  REQUIRE(x.contacts.size() == static_cast<std::size_t>(rows));
  CHECK(x.strings.str(x.contacts.back().child) == last.substr(0, last.find(',')));
}

TEST_CASE("CR CR LF line ends (a file converted twice) read as ordinary lines") {
  auto x = read("child_id,contact_date,contact_source\r\r\nC1,2017-11-01,Police\r\r\n\r\r\n"
                "C2,2017-11-02,School\r\r\n",
                "contacts.csv");
  // 2 rows: the line of only CRs is blank, not a row.
  CHECK(x.files[0].rows == 2);
  CHECK(x.files[0].used == 2);
  REQUIRE(x.contacts.size() == 2);
  // The last field has no CR left in it (it would make "School\r" another source).
  CHECK(x.strings.str(x.contacts[1].source) == "School");
}

TEST_CASE("a UTF-16 file read with --encoding windows-1252 still says it is UTF-16") {
  kpi::LoadOptions cp1252;
  cp1252.windows_1252 = true;
  // Transcoded as Windows-1252, FF FE became "ÿþ" and the NULs cut every line:
  // the error was "no recognisable header (columns found: ÿþc)".
  CHECK(read_error(std::string("\xFF\xFE" "c\0h\0i\0l\0d\0\n\0", 14), "u16.csv", std::nullopt,
                   cp1252) ==
        "u16.csv:1: the file is UTF-16 (Excel's 'Unicode Text'); save it as 'CSV UTF-8 (Comma "
        "delimited)'");
  CHECK(read_error(std::string("\xFE\xFF\0c\0h\0i\0l\0d\0\n", 14), "u16.csv", std::nullopt,
                   cp1252)
            .starts_with("u16.csv:1: the file is UTF-16"));
}

TEST_CASE("a huge field in a header that lacks a column is not measured for suggestions" *
          doctest::test_suite("scale")) {
  // Suggesting "is 'x' meant to be 'contact_date'?" ran an edit distance
  // against every field: O(field length x name length) per field, per missing
  // column, for each of the 20 lines searched for a header. 20 lines of one
  // 4 MB field named as contacts took 2.5 s (release build), 16 MB lines ten
  // times that per missing column. A field too long (or short) to be close
  // enough is skipped now.
  std::string line = "child_id," + std::string(1 << 20, 'x') + "\n";
  std::string csv;
  for (int i = 0; i < 20; ++i) csv += line;
  CHECK(read_error(csv, "c.csv", kpi::Kind::contacts)
            .starts_with("c.csv: missing required column 'contact_date' for contacts (columns "
                         "found: child_id, xxx"));
  // Each call measured the 16 MB field: about 0.5 s each before, so these 100
  // calls took 50 s, past unit_scale's time limit; now they take microseconds.
  const std::string field(16 << 20, 'x');
  std::vector<std::string_view> fields = {field, "referal_date", "nfa"};
  int found = 0;
  for (int i = 0; i < 100; ++i) found += kpi::closest_name("referral_date", fields) == "referal_date";
  CHECK(found == 100);
  // The suggestions themselves are as before: a prefix of any length, nothing
  // for a name too far off.
  CHECK(kpi::closest_name("assess", {"assessment_start_date_of_the_continuous_assessment"}) ==
        "assessment_start_date_of_the_continuous_assessment");
  CHECK(kpi::closest_name("worker", {"w", "allocated worker name"}) == "");
  CHECK(kpi::closest_name("worker", {"wroker", "allocated worker name"}) == "wroker");
}

}  // TEST_SUITE
