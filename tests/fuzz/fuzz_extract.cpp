// A libFuzzer harness for the extract readers (CSV, and by their content CIN
// census XML and workbooks): arbitrary bytes must either read
// (every FileReport reconciles: rows = used + sum(excluded), and the used rows
// are the rows kept) or fail with a kpi::InputError naming the file. A crash, a
// hang, a sanitizer report, any other exception or a broken reconciliation is
// a bug.
//
// Each input is read
//  - as one file, for recognition (kind = nullopt) and for each of the twelve
//    kinds, in UTF-8 and Windows-1252 (when a byte is not ASCII), strict off
//    and on (on only when off excluded a row: else they read alike), then
//    finished; each of those readings is made twice, whole (one chunk, one
//    thread) and cut into small chunks on two threads, and both must give the
//    same rows, reports and messages (tests/extract_canonical.h) or the same
//    error text. The chunk size, 1 to 17 bytes chosen from the input plus one
//    byte per KiB of input, puts chunk boundaries inside lines, quotes and
//    multibyte characters, and cuts no input into more than about a thousand;
//  - as an Excel workbook (src/extract/xlsx/) when it is a zip or an OLE file,
//    also as if found in a folder, and, when it starts with '<', as the sheet
//    of a workbook made around it and as the shared strings and styles of
//    another: every sheet's report must reconcile, every error and message
//    start with the workbook's name (and its sheet's, "book.xlsx[Sheet]");
//  - when it holds the byte 0x1E (ASCII record separator), as up to 8 files
//    (the parts between 0x1E bytes) in a folder through load_extracts with
//    keep_going (as `check` does), so that linking across kinds, duplicate ids
//    and the roll-back of an unusable file are exercised too.
//
// Fuzz (clang with its runtime, from the repository root; the seeds are
// samples/, tests/e2e/fixtures/ and tests/fuzz/seeds/):
//   bash tests/fuzz/run.sh [SECONDS] [MAX_LEN]           e.g. 600 4096
// The script compiles this file with -DKPI_FUZZ and
// -fsanitize=fuzzer,address,undefined, runs one job, one worker (-jobs=1
// -workers=1), and keeps its corpus, log (fuzz-0.log) and crashes
// (fuzz-artifacts/) in build-fuzz/. Replay a crash with
// `build-fuzz/fuzz_extract FILE`. Lines are read by src/extract/lines.cpp in
// chunks of LoadOptions::chunk_bytes, which the chunked readings above make
// tiny; fccp (<libfccp/csv.h>) only chops a line into fields.
//
// Without KPI_FUZZ (the CMake target `fuzz_extract`, built with the rest and
// with the sanitizers of a KPI_SANITIZE build) this is a replay tool:
// `fuzz_extract FILE_OR_FOLDER...` runs each file (a
// folder: each file under it, by path) through the same checks. ctest's
// fuzz_replay replays the committed corpus (samples/, tests/e2e/fixtures/,
// tests/fuzz/seeds/) that way, so every build checks the harness's invariants.
#include "../extract_canonical.h"
#include "extract/byte_source.h"
#include "extract/reading.h"
#include "kpi/error.h"
#include "kpi/extract.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>
#include <unistd.h>
#include <zip.h>

namespace {

[[noreturn]] void fail(const std::string& what) {
  std::fprintf(stderr, "fuzz_extract: invariant violated: %s\n", what.c_str());
  std::fflush(stderr);
  std::abort();
}

// Sum of `used` over the files of each kind, against the rows kept.
void check_rows_kept(const kpi::Extracts& x) {
  long used[kpi::kind_count] = {};
  long persons = 0;
  for (const kpi::FileReport& f : x.files) {
    if (f.kind) used[static_cast<int>(*f.kind)] += f.used;
    else if (f.used_for) persons += f.used;
  }
  const std::size_t kept[kpi::kind_count] = {
      x.contacts.size(),     x.referrals.size(),   x.assessments.size(), x.strategy_rows.size(),
      x.s47_enquiries.size(), x.icpcs.size(),      x.cp_plans.size(),    x.cin_plans.size(),
      x.cla_episodes.size(), x.visits.size(),      x.early_help.size(),  x.cla_reviews.size(),
      x.cp_reviews.size(),
  };
  for (int k = 0; k < kpi::kind_count; ++k)
    if (static_cast<std::size_t>(used[k]) != kept[k])
      fail(fmt::format("{}: files say {} used, {} rows kept",
                       kpi::kind_name(static_cast<kpi::Kind>(k)), used[k], kept[k]));
  if (static_cast<std::size_t>(persons) != x.person_dates_of_birth.size())
    fail(fmt::format("persons: files say {} used, {} kept", persons, x.person_dates_of_birth.size()));
}

void check_reports(const kpi::Extracts& x) {
  for (const kpi::FileReport& f : x.files) {
    long sum = f.used;
    for (const auto& [reason, n] : f.excluded) {
      if (n <= 0) fail(fmt::format("{}: excluded '{}' = {}", f.file, reason, n));
      sum += n;
    }
    if (f.used < 0 || f.rows != sum)
      fail(fmt::format("{}: rows {} != used {} + excluded {}", f.file, f.rows, f.used,
                       sum - f.used));
    if (f.first_date && f.last_date && *f.first_date > *f.last_date)
      fail(fmt::format("{}: first date after last date", f.file));
    if (f.first_date.has_value() != f.last_date.has_value())
      fail(fmt::format("{}: only one of first/last date", f.file));
  }
  check_rows_kept(x);
}

// Whether m[i] starts the place part of an error: ": ", ":line: " or, in a
// census, ":line:col: ".
bool place_at(std::string_view m, std::size_t i) {
  if (i + 1 >= m.size() || m[i] != ':') return false;
  if (m[++i] == ' ') return true;
  for (int numbers = 0; numbers < 2; ++numbers) {
    const std::size_t digits = i;
    while (i < m.size() && m[i] >= '0' && m[i] <= '9') ++i;
    if (i == digits || i + 1 >= m.size() || m[i] != ':') return false;
    if (m[++i] == ' ') return true;
  }
  return false;
}

// An error must name the file: "name: ...", "name:line: ...", or for a
// workbook's sheet "name[Sheet]: ..." and "name[Sheet]:line: ..." (a fuzzed
// sheet name may hold "]:", so every ']' is tried).
void check_error(const std::string& message, const std::string& name) {
  std::string_view m = message;
  if (m.substr(0, name.size()) != name || m.size() < name.size() + 3)
    fail(fmt::format("error does not start with '{}:': {}", name, message));
  if (place_at(m, name.size())) return;
  if (m[name.size()] == '[')
    for (auto p = m.find(']', name.size()); p != std::string_view::npos; p = m.find(']', p + 1))
      if (place_at(m, p + 1)) return;
  fail(fmt::format("error is not 'file:line: ...': {}", message));
}

// Reading `text` in small chunks on two threads must give `whole`, the
// canonical text (or "error: ...") of reading it whole.
void check_chunked(const std::string& text, std::optional<kpi::Kind> kind,
                   kpi::LoadOptions options, const std::string& whole) {
  const std::size_t seed = text.empty() ? 0 : static_cast<unsigned char>(text[0]) + text.size();
  options.chunk_bytes = 1 + seed % 17 + text.size() / 1024;
  options.threads = 2;
  std::string chunked;
  try {
    chunked = extract_canonical::read_canonical({{"fuzz.csv", text}}, options, kind);
  } catch (const std::exception& e) {
    fail(fmt::format("chunked reading threw: {}", e.what()));
  }
  if (chunked != whole)
    fail(fmt::format("reading in chunks of {} bytes differs from reading whole (kind {}, "
                     "windows-1252 {}, strict {}):\n--- whole\n{}\n--- chunked\n{}",
                     options.chunk_bytes, kind ? kpi::kind_name(*kind) : "recognised",
                     options.windows_1252, options.strict, whole, chunked));
}

// Returns whether a row was excluded (only then can strict reading differ).
bool read_one(const std::string& text, std::optional<kpi::Kind> kind, bool windows_1252,
              bool strict) {
  static const std::string name = "fuzz.csv";
  kpi::Extracts x;
  kpi::LoadOptions options;
  options.windows_1252 = windows_1252;
  options.strict = strict;
  options.chunk_bytes = std::size_t{1} << 30;  // whole: one chunk, one thread
  options.threads = 1;
  std::istringstream in(text);
  try {
    kpi::read_extract(in, name, kind, options, x);
  } catch (const kpi::InputError& e) {
    check_error(e.what(), name);
    check_chunked(text, kind, options, std::string("error: ") + e.what());
    return false;
  } catch (const std::exception& e) {
    fail(fmt::format("not an InputError: {}", e.what()));
  }
  // A CSV makes one report, a CIN census one per kind it holds.
  if (x.files.empty()) fail("read_extract added no FileReport");
  bool excluded = false;
  for (const kpi::FileReport& f : x.files) {
    if (!f.kind && !f.skipped && !f.used_for) fail("a file read without a kind");
    excluded = excluded || !f.excluded.empty();
  }
  for (const std::string& message : x.messages) check_error(message, name);
  try {
    kpi::finish_extracts(x);
  } catch (const std::exception& e) {
    fail(fmt::format("finish_extracts threw: {}", e.what()));
  }
  check_reports(x);
  check_chunked(text, kind, options, extract_canonical::canonical(x));
  return excluded;
}

// The parts between 0x1E bytes as files of one folder, read as `check` does.
void read_folder(const std::string& text) {
  namespace fs = std::filesystem;
  static const fs::path folder = [] {
    fs::path p = fs::temp_directory_path() / fmt::format("fuzz_extract.{}", ::getpid());
    fs::create_directories(p);
    std::atexit([] {
      std::error_code ignored;
      fs::remove_all(fs::temp_directory_path() / fmt::format("fuzz_extract.{}", ::getpid()), ignored);
    });
    return p;
  }();
  for (const auto& entry : fs::directory_iterator(folder)) fs::remove(entry.path());
  std::size_t begin = 0;
  for (int part = 0; part < 8 && begin <= text.size(); ++part) {
    std::size_t end = text.find('\x1e', begin);
    if (end == std::string::npos || part == 7) end = text.size();
    // Names hint at kinds, for the tie-break between kinds by file name.
    std::string name = fmt::format("{}_{}.csv", kpi::kind_name(static_cast<kpi::Kind>(part % 12)), part);
    std::ofstream(folder / name, std::ios::binary) << text.substr(begin, end - begin);
    begin = end + 1;
  }
  for (bool windows_1252 : {false, true}) {
    kpi::LoadOptions options;
    options.keep_going = true;
    options.windows_1252 = windows_1252;
    kpi::Extracts x;
    try {
      x = kpi::load_extracts({{folder.string(), std::nullopt}}, options);
    } catch (const kpi::InputError& e) {
      fail(fmt::format("load_extracts with keep_going threw: {}", e.what()));
    } catch (const std::exception& e) {
      fail(fmt::format("not an InputError: {}", e.what()));
    }
    for (const kpi::FileReport& f : x.files)
      if (f.error) check_error(*f.error, f.file);
    check_reports(x);
  }
}

// A workbook as if found in a folder (sheets that are no extract skipped),
// recognised and with a kind forced; read_one reads it as named explicitly.
void read_book(const std::string& bytes) {
  static const std::string name = "fuzz.xlsx";
  for (std::optional<kpi::Kind> kind : {std::optional<kpi::Kind>(), std::optional(kpi::Kind::contacts)}) {
    kpi::Extracts x;
    std::istringstream in(bytes);
    auto source = kpi::extract::ByteSource::of_stream(in, name);
    try {
      kpi::extract::read_workbook(*source, name, kind, {}, x, true);
    } catch (const kpi::InputError& e) {
      check_error(e.what(), name);
      continue;  // load_extracts takes back what the workbook added
    } catch (const std::exception& e) {
      fail(fmt::format("workbook: not an InputError: {}", e.what()));
    }
    for (const std::string& message : x.messages) check_error(message, name);
    try {
      kpi::finish_extracts(x);
    } catch (const std::exception& e) {
      fail(fmt::format("finish_extracts threw: {}", e.what()));
    }
    check_reports(x);
  }
}

// The bytes of a zip of `parts`, made in memory.
std::string zip_of(const std::vector<std::pair<std::string, std::string>>& parts) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (!buffer) fail("zip_source_buffer_create");
  zip_source_keep(buffer);
  zip_t* zip = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (!zip) fail("zip_open_from_source");
  for (const auto& [name, text] : parts)
    if (zip_file_add(zip, name.c_str(), zip_source_buffer(zip, text.data(), text.size(), 0),
                     ZIP_FL_OVERWRITE) < 0)
      fail("zip_file_add");
  if (zip_close(zip) != 0) fail("zip_close");
  std::string bytes;
  if (zip_source_open(buffer) == 0) {
    char chunk[4096];
    for (zip_int64_t got; (got = zip_source_read(buffer, chunk, sizeof chunk)) > 0;)
      bytes.append(chunk, static_cast<std::size_t>(got));
    zip_source_close(buffer);
  }
  zip_source_free(buffer);
  zip_error_fini(&error);
  return bytes;
}

// An XML input as the parts of workbooks: its one sheet, and its shared
// strings and styles under a sheet that uses them.
void read_xml_as_book(const std::string& xml) {
  const std::string workbook =
      "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
      "<sheets><sheet name=\"contacts\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
  const std::string uses =
      "<worksheet><sheetData><row><c t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c></row>"
      "<row><c t=\"s\"><v>2</v></c><c s=\"1\"><v>43040</v></c><c s=\"2\"><v>3.5</v></c></row>"
      "</sheetData></worksheet>";
  read_book(zip_of({{"xl/workbook.xml", workbook}, {"xl/worksheets/sheet1.xml", xml}}));
  read_book(zip_of({{"xl/workbook.xml", workbook},
                    {"xl/worksheets/sheet1.xml", uses},
                    {"xl/sharedStrings.xml", xml},
                    {"xl/styles.xml", xml}}));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  // Windows-1252 reads the same as UTF-8 when every byte is ASCII.
  bool high = false;
  for (unsigned char c : text) high = high || c >= 0x80;
  for (int k = -1; k < kpi::kind_count; ++k) {
    std::optional<kpi::Kind> kind;
    if (k >= 0) kind = static_cast<kpi::Kind>(k);
    for (bool windows_1252 : {false, true}) {
      if (windows_1252 && !high) continue;
      if (read_one(text, kind, windows_1252, false)) read_one(text, kind, windows_1252, true);
    }
  }
  if (text.find('\x1e') != std::string::npos) read_folder(text);
  if (text.starts_with("PK") || text.starts_with("\xD0\xCF\x11\xE0")) read_book(text);
  if (text.starts_with("<")) read_xml_as_book(text);
  return 0;
}

#ifndef KPI_FUZZ
namespace {

// Runs the checks on the file at `path`; false when it cannot be read.
bool replay(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "fuzz_extract: cannot open %s\n", path.c_str());
    return false;
  }
  std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(data.data()), data.size());
  std::printf("%s: ok\n", path.c_str());
  return true;
}

}  // namespace

// Replay: runs the checks on each file named, and on each file under each folder.
int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  if (argc < 2) {
    std::fprintf(stderr, "usage: fuzz_extract FILE_OR_FOLDER...\n");
    return 2;
  }
  int replayed = 0;
  for (int i = 1; i < argc; ++i) {
    std::vector<fs::path> files;
    std::error_code error;
    if (fs::is_directory(argv[i], error)) {
      for (const auto& entry : fs::recursive_directory_iterator(argv[i]))
        if (entry.is_regular_file()) files.push_back(entry.path());
      std::sort(files.begin(), files.end());
      if (files.empty()) {
        std::fprintf(stderr, "fuzz_extract: no files in %s\n", argv[i]);
        return 2;
      }
    } else {
      files.push_back(argv[i]);
    }
    for (const fs::path& file : files) {
      if (!replay(file)) return 2;
      ++replayed;
    }
  }
  std::printf("%d inputs replayed\n", replayed);
  return 0;
}
#endif
