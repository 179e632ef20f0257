// Reading a file in chunks (src/extract/chunked_rows.cpp) gives what reading it
// whole gives: the same rows with the same fields and line numbers, the same
// reconciliation, the same messages, and the same first error at the same
// `file:line:`. Each input is read whole (one chunk, one thread), then cut into
// chunks of every size in `chunk_sizes` on 1, 2 and 3 threads; 1-byte chunks
// put a chunk boundary between every two bytes (between a CR and its LF, inside
// quotes, inside a multibyte character), the other sizes shift the boundaries
// against each other. The comparison is of extract_canonical.h's text of
// everything read, after finish_extracts.
#include "extract/row_reader.h"
#include "extract_canonical.h"
#include "extract_test_helpers.h"

#include <fmt/format.h>

using namespace extract_test;
using namespace std::string_literals;
using extract_canonical::read_canonical;

namespace {

constexpr std::size_t chunk_sizes[] = {1, 2, 3, 4, 5, 7, 8, 13, 16, 31, 64};

using Files = std::vector<std::pair<std::string, std::string>>;

// Reads `files` whole, then in chunks of every size on 1 to 3 threads, and
// checks that every reading gives the same text. Returns the whole reading's.
std::string same_in_chunks(const Files& files, kpi::LoadOptions options = {},
                           std::optional<kpi::Kind> kind = std::nullopt) {
  options.chunk_bytes = std::size_t{1} << 30;
  options.threads = 1;
  const std::string whole = read_canonical(files, options, kind);
  for (std::size_t chunk_bytes : chunk_sizes)
    for (unsigned threads = 1; threads <= 3; ++threads) {
      CAPTURE(chunk_bytes);
      CAPTURE(threads);
      options.chunk_bytes = chunk_bytes;
      options.threads = threads;
      const std::string chunked = read_canonical(files, options, kind);
      CHECK(chunked == whole);
      if (chunked != whole) return whole;  // one readable difference is enough
    }
  return whole;
}

std::string same_in_chunks(const std::string& csv, const std::string& name,
                           kpi::LoadOptions options = {},
                           std::optional<kpi::Kind> kind = std::nullopt) {
  return same_in_chunks(Files{{name, csv}}, options, kind);
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

const std::string visits_header =
    "visit_id,child_id,visit_date,visit_type,plan_id,seen,seen_alone,team,worker";

// Visits, lines 2 to 12, with messages (invalid seen flags) at lines 3 and 7;
// `bad` replaces line `bad_line` when given.
std::string visits(int bad_line = 0, const std::string& bad = "") {
  std::string csv = visits_header + "\n";
  for (int line = 2; line <= 12; ++line) {
    if (line == bad_line) {
      csv += bad + "\n";
      continue;
    }
    csv += fmt::format("V{:07},C{:07},2024-01-{:02},cp,P0000001,{},N,East,W001\n", line,
                       line % 4, line, line == 3 || line == 7 ? "perhaps" : "Y");
  }
  return csv;
}

}  // namespace

TEST_SUITE("extract") {

TEST_CASE("chunks: CRLF and CR CR LF line ends") {
  const std::string csv = visits_header + "\r\n"
      "V0000001,C0000001,2024-01-02,cp,P0000001,Y,N,East,W001\r\n"      // 2
      "V0000002,C0000002,2024-01-03,cin,N0000002,N,,West,W002\r\r\n"    // 3
      "\r\n"                                                            // 4
      "V0000003,C0000001,03/01/2024,cla,L0000003,Y,Y,East,W001\r\n"     // 5
      "V0000004,C0000003,2024-01-05,cp,,,,North,\r\n";                  // 6
  REQUIRE(read(csv, "visits.csv").visits.size() == 4);
  const std::string whole = same_in_chunks(csv, "visits.csv");
  CHECK(has(whole, "visits[2] at=visits.csv:5 id='V0000003'"));
  CHECK(has(whole, "visits[3] at=visits.csv:6 id='V0000004' child='C0000003' date=2024-01-05 "
                   "type=0 plan_id='' seen=? seen_alone=? team='North' worker=''"));
}

TEST_CASE("chunks: quoted fields with commas and doubled quotes") {
  const std::string csv =
      "child_id,contact_date,contact_source\n"
      "C1,2017-11-01,\"a, \"\"b\"\"\"\n"
      "C2,2017-11-02,\"x,y,,z\"\n"
      "\"C3\",\"2017-11-03\",\" spaced , \"\"q\"\" \"\n"
      "C4,2017-11-04,\"\"\"\"\n"
      "C5,2017-11-05,\"\"\n";
  REQUIRE(read(csv, "contacts.csv").contacts.size() == 5);
  const std::string whole = same_in_chunks(csv, "contacts.csv");
  CHECK(has(whole, "contacts[0] at=contacts.csv:2 id='' child='C1' date=2017-11-01 "
                   "source='a, \"b\"'\n"));
  CHECK(has(whole, "contacts[1] at=contacts.csv:3 id='' child='C2' date=2017-11-02 "
                   "source='x,y,,z'\n"));
  CHECK(has(whole, "source='\"'\n"));
}

TEST_CASE("chunks: a UTF-8 byte order mark, and the last line without a line break") {
  const std::string rows = "child_id,contact_date,contact_source\n"
                           "C1,2017-11-01,Police\n"
                           "C2,2017-11-02,Health";
  const std::string bom = "\xEF\xBB\xBF";
  REQUIRE(read(bom + rows, "contacts.csv").contacts.size() == 2);
  const std::string whole = same_in_chunks(bom + rows, "contacts.csv");
  CHECK(has(whole, "contacts[1] at=contacts.csv:3 id='' child='C2' date=2017-11-02 "
                   "source='Health'\n"));
  // The same without the mark, and ending in a lone CR, in an Excel empty row
  // or in a blank line.
  CHECK(same_in_chunks(rows, "contacts.csv") == whole);
  CHECK(same_in_chunks(rows + "\r", "contacts.csv") == whole);
  CHECK(same_in_chunks(rows + "\n,,", "contacts.csv") == whole);
  CHECK(same_in_chunks(rows + "\r\n\r\n", "contacts.csv") == whole);
  // Only a header, with and without its line break.
  CHECK(has(same_in_chunks(bom + "child_id,contact_date\n", "c.csv"), "rows=0 used=0"));
  CHECK(has(same_in_chunks("child_id,contact_date", "c.csv"), "rows=0 used=0"));
}

TEST_CASE("chunks: blank lines, Excel empty rows and a title above the header") {
  const std::string csv =
      "\n"                                                                  // 1
      "List 1: Contacts,,,,,,\n"                                            // 2
      ",,,,,,\n"                                                            // 3
      "Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Date of Contact,"
      "Contact Source\n"                                                    // 4
      "A1,a) Male,WBRI,01/01/2010,7,03-Nov-2017,\"School, primary\"\n"      // 5
      ",,,,,,\n"                                                            // 6
      "\n"                                                                  // 7
      " \t , \n"                                                            // 8
      "A2,b) Female,WBRI,02/02/2011,6,04/11/2017,Police\n"                  // 9
      ",,,,,,\r\n"                                                          // 10
      "A3,b) Female,WBRI,,,05/11/2017,\n"                                   // 11
      ",,,,,,";                                                             // 12
  REQUIRE(read(csv, "List_1.csv").contacts.size() == 3);
  const std::string whole = same_in_chunks(csv, "List_1.csv");
  CHECK(has(whole, "contacts[0] at=List_1.csv:5 "));
  CHECK(has(whole, "contacts[1] at=List_1.csv:9 "));
  CHECK(has(whole, "contacts[2] at=List_1.csv:11 "));
  CHECK(has(whole, "rows=3 used=3"));
}

TEST_CASE("chunks: multibyte UTF-8 names") {
  std::string csv = "referral_id,child_id,referral_date,referral_source,nfa,team,worker\n";
  // Zoë Café, Ünal, Polícia and an emoji (four bytes), on lines 2 to 9.
  for (int i = 0; i < 8; ++i)
    csv += fmt::format("R{},C{},2017-11-0{},Pol\xC3\xAD" "cia,N,Zo\xC3\xAB Caf\xC3\xA9,"
                       "\xC3\x9Cnal \xF0\x9F\x98\x80\n",
                       i, i % 3, i + 1);
  REQUIRE(read(csv, "referrals.csv").referrals.size() == 8);
  const std::string whole = same_in_chunks(csv, "referrals.csv");
  CHECK(has(whole, "referrals[7] at=referrals.csv:9 id='R7' child='C1' date=2017-11-08 "
                   "source='Pol\xC3\xAD" "cia' nfa=N previous_referrals_12m=-1 date_of_birth=none "
                   "team='Zo\xC3\xAB Caf\xC3\xA9' worker='\xC3\x9Cnal \xF0\x9F\x98\x80'\n"));
}

TEST_CASE("chunks: Windows-1252") {
  kpi::LoadOptions cp1252;
  cp1252.windows_1252 = true;
  // 0xE9 é, 0x92 ’, 0x80 €, 0x81 (undefined: U+0081), 0xA0 no-break space.
  const std::string csv = "child_id,contact_date,contact_source\n"
                          "C1,2017-11-01,Caf\xE9\n"
                          "C2,2017-11-02,O\x92Neil \x80\n"
                          "C\xE9\x81,2017-11-03,\xA0x\xA0\n"
                          "C4,2017-11-04,\xE9\xE9\xE9\xE9";
  REQUIRE(read(csv, "contacts.csv", std::nullopt, cp1252).contacts.size() == 4);
  const std::string whole = same_in_chunks(csv, "contacts.csv", cp1252);
  CHECK(has(whole, "contacts[0] at=contacts.csv:2 id='' child='C1' date=2017-11-01 "
                   "source='Caf\xC3\xA9'\n"));
  CHECK(has(whole, "source='O\xE2\x80\x99Neil \xE2\x82\xAC'\n"));
  CHECK(has(whole, "contacts[3] at=contacts.csv:5 "));
  // A UTF-8 byte order mark makes the file UTF-8 whatever --encoding says.
  const std::string utf8 = "\xEF\xBB\xBF" "child_id,contact_date,contact_source\n"
                           "C1,2017-11-01,Caf\xC3\xA9\nC2,2017-11-02,\xE2\x82\xAC\n";
  REQUIRE(read(utf8, "contacts.csv", std::nullopt, cp1252).contacts.size() == 2);
  CHECK(has(same_in_chunks(utf8, "contacts.csv", cp1252),
            "contacts[1] at=contacts.csv:3 id='' child='C2' date=2017-11-02 "
            "source='\xE2\x82\xAC'\n"));
}

TEST_CASE("chunks: an error in a later chunk has the same message and line") {
  const std::string fields = "V0000009,C0000004,2024-01-09,cp,P0000009,Y,N";
  struct Case {
    std::string name, bad, error;
  };
  const Case cases[] = {
      {"unclosed quote", fields + ",\"East,W001",
       "visits.csv:9: line break inside a quoted field (or an unclosed quote)"},
      {"quote closed only on the next line", fields + ",\"East\nWest\",W001",
       "visits.csv:9: line break inside a quoted field (or an unclosed quote)"},
      {"ragged row, too few", fields + ",East",
       "visits.csv:9: ragged row: 8 fields where the header has 9"},
      {"ragged row, too many", fields + ",East,W001,,",
       "visits.csv:9: ragged row: 11 fields where the header has 9"},
      {"ragged row, one field", "V0000009", "visits.csv:9: ragged row: 1 field where the header has 9"},
      {"invalid UTF-8", fields + ",East,W\xFF",
       "visits.csv:9: invalid UTF-8 byte 0xFF (if the file was saved by Excel as 'CSV (Comma "
       "delimited)', try --encoding windows-1252)"},
      {"truncated UTF-8 sequence", fields + ",Zo\xC3,W001",
       "visits.csv:9: invalid UTF-8 byte 0xC3 (if the file was saved by Excel as 'CSV (Comma "
       "delimited)', try --encoding windows-1252)"},
      {"NUL byte", fields + ",Ea\0st,W001"s,
       "visits.csv:9: NUL byte in the line (is this a binary file? save it as 'CSV UTF-8 (Comma "
       "delimited)')"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    const std::string whole = same_in_chunks(visits(9, c.bad), "visits.csv");
    CHECK(whole == "error: " + c.error);
  }
  // The same errors on the last line, without a line break.
  for (const Case& c : cases) {
    CAPTURE(c.name);
    std::string csv = visits();
    csv.pop_back();
    csv += "\n" + c.bad;
    std::string error = c.error;
    error.replace(error.find(":9:"), 3, ":13:");
    CHECK(same_in_chunks(csv, "visits.csv") == "error: " + error);
  }
  // On the first data line, in the first chunk.
  CHECK(same_in_chunks(visits(2, "V1,C1"), "visits.csv") ==
        "error: visits.csv:2: ragged row: 2 fields where the header has 9");
  // Two errors: the first in file order is reported, whichever chunk is read first.
  auto quote_line_10 = [](std::string csv) {
    return csv.replace(csv.find("\nV0000010,"), 1, "\n\"");
  };
  REQUIRE(read_error(quote_line_10(visits()), "visits.csv") ==
          "visits.csv:10: line break inside a quoted field (or an unclosed quote)");
  const std::string two = quote_line_10(visits(5, "V5,C5"));
  CHECK(same_in_chunks(two, "visits.csv") ==
        "error: visits.csv:5: ragged row: 2 fields where the header has 9");
}

TEST_CASE("chunks: an unclosed quote is reported at its own line, whatever the chunks") {
  const std::string csv = "child_id,contact_date,contact_source\n"   // 1
                          "C1,2017-11-01,Police\n"                   // 2
                          "C2,2017-11-02,\"Health, \"\"GP\"\"\"\n"   // 3
                          "\n"                                       // 4
                          "C3,2017-11-03,\"School\n"                 // 5
                          "C4,2017-11-04,\"Police\"\n";              // 6
  const std::string expected = "t.csv:5: line break inside a quoted field (or an unclosed quote)";
  REQUIRE(read_error(csv, "t.csv") == expected);
  for (std::size_t chunk_bytes : chunk_sizes) {
    CAPTURE(chunk_bytes);
    kpi::LoadOptions options;
    options.chunk_bytes = chunk_bytes;
    options.threads = 2;
    CHECK(read_error(csv, "t.csv", std::nullopt, options) == expected);
  }
}

TEST_CASE("chunks: --strict, a bad date in a later chunk") {
  kpi::LoadOptions strict;
  strict.strict = true;
  std::string csv = "referral_id,child_id,referral_date,nfa\n";
  for (int line = 2; line <= 12; ++line)
    csv += line == 8 ? "R8,C8,31/02/2017,N\n"
                     : fmt::format("R{},C{},2017-11-{:02},{}\n", line, line, line,
                                   line == 4 ? "maybe" : "Y");  // a finding, not an error
  const std::string error =
      "referrals.csv:8: column 'referral_date': invalid date '31/02/2017' (expected YYYY-MM-DD, "
      "DD/MM/YYYY or DD-Mon-YYYY)";
  REQUIRE(read_error(csv, "referrals.csv", std::nullopt, strict) == error);
  CHECK(same_in_chunks(csv, "referrals.csv", strict) == "error: " + error);
  // Without --strict the row is excluded with the same message.
  const std::string whole = same_in_chunks(csv, "referrals.csv");
  CHECK(has(whole, "rows=11 used=10"));
  CHECK(has(whole, "excluded 'invalid referral_date' 1\n"));
  CHECK(has(whole, "finding 'invalid nfa' 1\n"));
  CHECK(has(whole, "message: " + error + "\n"));
}

TEST_CASE("chunks: more than 10000 messages: the same first 10000 and the same summary") {
  // Five invalid optional dates a row, two on the first: 2 + 2000 * 5 = 10002
  // messages, so the cap falls inside the last row's messages.
  std::string csv = "child_id,start_date,end_date,placement_start,iha_date,last_visit_date,"
                    "date_of_birth\n"
                    "C,2017-11-01,x,x,,,\n";
  for (int i = 0; i < 2000; ++i) csv += "C,2017-11-01,x,x,x,x,x\n";
  kpi::Extracts x = read(csv, "cla_episodes.csv");
  REQUIRE(x.cla_episodes.size() == 2001);
  REQUIRE(x.messages.size() == static_cast<std::size_t>(kpi::extract::max_messages_per_file) + 1);
  CHECK(x.messages.back() == "cla_episodes.csv: 2 more messages like these are not listed");
  CHECK(x.messages[9999].starts_with("cla_episodes.csv:2002: column 'iha_date': "));
  const std::string whole = same_in_chunks(csv, "cla_episodes.csv");
  CHECK(has(whole, "message: cla_episodes.csv: 2 more messages like these are not listed\n"));
  CHECK(has(whole, "finding 'invalid end_date' 2001\n"));
  CHECK(has(whole, "finding 'invalid date_of_birth' 2000\n"));
}

TEST_CASE("chunks: ids repeated across chunks, text ids and many id formats") {
  // Visit ids repeat far apart (the last read wins, the others are duplicates);
  // children and teams are text; plan ids come in 140 prefix-and-digit formats,
  // more than a pool's table of formats holds, so that some are stored as text
  // in one reading and held by their format in another.
  std::string csv = visits_header + "\n";
  auto prefix = [](int i) {
    return fmt::format("Q{}{}", static_cast<char>('a' + i / 26), static_cast<char>('a' + i % 26));
  };
  for (int i = 0; i < 300; ++i)
    csv += fmt::format("{},{},2024-01-{:02},cp,{}{:03},Y,N,{},W{}\n",
                       i % 7 == 0 ? "V0000001" : i % 5 == 0 ? "visit-five" : fmt::format("V{:07}", 1000 + i),
                       i % 2 ? "\"Smith, J\"" : "C12X", 1 + i % 28, prefix(i % 140), i % 11,
                       i % 3 ? "\"Team \"\"A\"\"\"" : "Zo\xC3\xAB Caf\xC3\xA9", i % 4);
  // A number too large for a handle's 24 bits is stored as text.
  csv += "V0000001,C123456789012,2024-02-01,cp,P99999999,Y,N,East,W1\n";
  REQUIRE(read(csv, "visits.csv").visits.size() == 301);
  const std::string whole = same_in_chunks(csv, "visits.csv");
  // 44 rows with V0000001 and 51 with visit-five: all but the last of each.
  CHECK(has(whole, "excluded 'duplicate id' 93\n"));
  CHECK(has(whole, "child='C123456789012'"));
  CHECK(has(whole, "plan_id='Qfj007'"));
  CHECK(has(whole, "team='Team \"A\"'"));
}

TEST_CASE("chunks: a run of several files, linked and de-duplicated across files") {
  const Files files = {
      {"cp_plans.csv",
       "plan_id,child_id,start_date,end_date,team\n"
       "P0000001,C0000001,2024-01-01,,East\n"
       "P0000002,C0000002,2024-01-01,2024-02-01,Zo\xC3\xAB Caf\xC3\xA9\n"
       "P0000001,C0000001,2024-01-02,,East\n"},
      {"visits.csv",
       visits_header + "\n"
       "V0000001,C0000001,2024-01-05,cp,P0000001,Y,N,East,W001\n"
       "V0000002,C0000002,2024-03-05,cp,P0000002,Y,N,East,W001\n"
       "V0000003,C0000009,2024-01-05,cp,,Y,N,East,W001\n"},
      {"ssd_person.csv",
       "pers_person_id,pers_dob\n2000301,2014-02-11 00:00:00.000\n2000302,NULL\n"},
      {"ssd_cp_visits.csv",
       "cppv_cp_visit_id,cppv_person_id,cppv_cp_plan_id,cppv_cp_visit_date\n"
       "9321,2000301,9311,2024-05-07 16:00:00.000\n"},
  };
  const std::string whole = same_in_chunks(files);
  REQUIRE(has(whole, "visits[0] at=visits.csv:2 "));
  CHECK(has(whole, "link=0 plan="));
  CHECK(has(whole, "person_dates_of_birth[0] child='2000301' date_of_birth=2014-02-11\n"));
  CHECK(has(whole, "excluded 'duplicate id' 1\n"));
}

TEST_CASE("chunks: 1-byte chunks give each row its physical line number") {
  const std::string csv =
      "\r\n"                                                  // 1
      "Contacts,,\r\n"                                        // 2  a title
      "child_id,contact_date,contact_source\r\n"              // 3
      "C1,2017-11-01,\"Police, \"\"local\"\"\"\r\n"           // 4
      ",,\r\n"                                                // 5
      "\r\n"                                                  // 6
      "C2,2017-11-02,Zo\xC3\xAB\r\n"                          // 7
      "C3,2017-11-03,\r\n"                                    // 8
      "\n"                                                    // 9
      "C4,2017-11-04,School";                                 // 10
  for (unsigned threads : {1u, 2u}) {
    CAPTURE(threads);
    kpi::LoadOptions options;
    options.chunk_bytes = 1;
    options.threads = threads;
    kpi::Extracts x = read(csv, "c.csv", std::nullopt, options);
    REQUIRE(x.contacts.size() == 4);
    CHECK(x.where(x.contacts[0].origin) == "c.csv:4");
    CHECK(x.where(x.contacts[1].origin) == "c.csv:7");
    CHECK(x.where(x.contacts[2].origin) == "c.csv:8");
    CHECK(x.where(x.contacts[3].origin) == "c.csv:10");
    CHECK(x.strings.str(x.contacts[0].source) == "Police, \"local\"");
    CHECK(x.strings.str(x.contacts[1].source) == "Zo\xC3\xAB");
    CHECK(x.strings.str(x.contacts[3].source) == "School");
    CHECK(x.files[0].rows == 4);
  }
}

}  // TEST_SUITE
