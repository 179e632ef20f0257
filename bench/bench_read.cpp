// Reading speed and memory: generates a visits CSV (seeded, 5 million rows by
// default) in the temp folder, then reads it three ways in one run:
//   1. fccp's bare CSVReader, splitting every row into its 9 fields and
//      converting nothing: the floor set by the CSV parser;
//   2. kpi::read_extract: recognition, UTF-8 check, values, interning;
//   3. kpi::load_extracts: the same plus de-duplication and linking.
// It prints rows/s, MB/s and the peak resident memory after each step.
//   build: cmake --build build --target bench_read
//   run:   build/bench_read [ROWS]
#include "kpi/extract.h"

// fccp copies file names with strncpy into fixed buffers; g++ 12 warns after inlining.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wstringop-truncation"
#include <libfccp/csv.h>

#include <fmt/format.h>

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>

namespace {

double peak_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // Linux: kilobytes
}

// A realistic visits extract: 100,000 children, ids, dates over four years,
// three visit types, 20 teams and 400 workers; about one row in ten not seen.
std::uintmax_t generate(const std::string& path, long rows) {
  std::mt19937_64 random(20171130);
  std::FILE* out = std::fopen(path.c_str(), "wb");
  if (!out) throw std::runtime_error("cannot write " + path);
  std::string buffer = "visit_id,child_id,visit_date,visit_type,plan_id,seen,seen_alone,team,worker\n";
  static const char* types[] = {"cp", "cin", "cla"};
  for (long i = 0; i < rows; ++i) {
    unsigned long child = random() % 100000;
    unsigned day = 1 + static_cast<unsigned>(random() % 28), month = 1 + static_cast<unsigned>(random() % 12);
    unsigned year = 2015 + static_cast<unsigned>(random() % 4);
    fmt::format_to(std::back_inserter(buffer), "V{:08},C{:06},{}-{:02}-{:02},{},P{:06}-{},{},{},T{:02},W{:03}\n",
                   i, child, year, month, day, types[child % 3], child, random() % 3,
                   random() % 10 ? 'Y' : 'N', random() % 2 ? 'Y' : 'N', child % 20, child % 400);
    if (buffer.size() > (1 << 20)) {
      std::fwrite(buffer.data(), 1, buffer.size(), out);
      buffer.clear();
    }
  }
  std::fwrite(buffer.data(), 1, buffer.size(), out);
  std::fclose(out);
  return std::filesystem::file_size(path);
}

using Clock = std::chrono::steady_clock;

// A prototype of a flat string pool (for comparison only): the characters in
// one arena, and an open-addressing table of ids with a fragment of each hash,
// so a lookup is one or two cache lines instead of a chain of heap nodes.
class FlatPool {
 public:
  FlatPool() : starts_{0, 0}, slots_(1 << 16, 0) {}
  std::uint32_t intern(std::string_view text) {
    if (text.empty()) return 0;
    std::uint64_t hash = std::hash<std::string_view>{}(text);
    std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      std::uint64_t slot = slots_[i];
      if (slot == 0) break;
      auto id = static_cast<std::uint32_t>(slot);
      if ((slot >> 32) == (hash >> 32) && str(id) == text) return id;
    }
    auto id = static_cast<std::uint32_t>(starts_.size() - 1);
    arena_.append(text);
    starts_.push_back(arena_.size());
    if ((id + 1) * 2 > slots_.size()) grow();
    place(hash, id);
    return id;
  }
  std::string_view str(std::uint32_t id) const {
    return std::string_view(arena_).substr(starts_[id], starts_[id + 1] - starts_[id]);
  }

 private:
  void place(std::uint64_t hash, std::uint32_t id) {
    std::size_t mask = slots_.size() - 1;
    std::size_t i = hash & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = (hash >> 32 << 32) | id;
  }
  void grow() {
    std::vector<std::uint64_t> old(slots_.size() * 2, 0);
    old.swap(slots_);
    for (std::uint64_t slot : old)
      if (slot) {
        auto id = static_cast<std::uint32_t>(slot);
        place(std::hash<std::string_view>{}(str(id)), id);
      }
  }
  std::string arena_;
  std::vector<std::size_t> starts_;  // id -> start in arena_; id 0 is ""
  std::vector<std::uint64_t> slots_;
};

// Reads the file with fccp and interns its five identifier-like columns.
template <class Pool>
void intern_columns(const std::string& path, Pool& pool) {
  io::CSVReader<9, io::trim_chars<' ', '\t'>, io::double_quote_escape<',', '"'>> in(path);
  in.read_header(io::ignore_extra_column | io::ignore_missing_column, "visit_id", "child_id",
                 "visit_date", "visit_type", "plan_id", "seen", "seen_alone", "team", "worker");
  char* f[9] = {};
  std::uint64_t sum = 0;
  while (in.read_row(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]))
    sum += pool.intern(f[0]) + pool.intern(f[1]) + pool.intern(f[4]) + pool.intern(f[7]) +
           pool.intern(f[8]);
  if (sum == 0) fmt::print("nothing interned\n");
}

void report(const char* what, long rows, std::uintmax_t bytes, Clock::duration took) {
  double seconds = std::chrono::duration<double>(took).count();
  fmt::print("{:<44} {:7.2f} s  {:6.2f} M rows/s  {:7.1f} MB/s  peak RSS {:7.1f} MB\n", what,
             seconds, static_cast<double>(rows) / seconds / 1e6,
             static_cast<double>(bytes) / seconds / 1e6, peak_rss_mb());
}

}  // namespace

int main(int argc, char** argv) {
  long rows = argc > 1 ? std::stol(argv[1]) : 5'000'000;
  std::string path = (std::filesystem::temp_directory_path() / "csc_kpi_bench_visits.csv").string();
  auto start = Clock::now();
  std::uintmax_t bytes = generate(path, rows);
  fmt::print("generated {} rows, {:.1f} MB in {:.1f} s: {}\n", rows, static_cast<double>(bytes) / 1e6,
             std::chrono::duration<double>(Clock::now() - start).count(), path);

  {  // 1. The parser alone: every field located, unquoted, trimmed, not converted.
    start = Clock::now();
    io::CSVReader<9, io::trim_chars<' ', '\t'>, io::double_quote_escape<',', '"'>> in(path);
    in.read_header(io::ignore_extra_column | io::ignore_missing_column, "visit_id", "child_id",
                   "visit_date", "visit_type", "plan_id", "seen", "seen_alone", "team", "worker");
    char* f[9] = {};
    long n = 0;
    while (in.read_row(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8])) ++n;
    if (n != rows) fmt::print("bare reader saw {} rows!\n", n);
    report("fccp CSVReader, no conversion", rows, bytes, Clock::now() - start);
  }
  {  // 2. Our reader.
    start = Clock::now();
    kpi::Extracts x;
    std::ifstream in(path, std::ios::binary);
    kpi::read_extract(in, path, std::nullopt, {}, x);
    if (static_cast<long>(x.visits.size()) != rows) fmt::print("read {} visits!\n", x.visits.size());
    report("kpi::read_extract (values, interning)", rows, bytes, Clock::now() - start);
    fmt::print("  {} visits of {} bytes each, {} interned strings\n", x.visits.size(),
               sizeof(kpi::Visit), x.strings.size());
  }
  {  // 3. The whole load.
    start = Clock::now();
    kpi::Extracts x = kpi::load_extracts({{path, std::nullopt}}, {});
    report("kpi::load_extracts (+ duplicates, linking)", rows, bytes, Clock::now() - start);
    fmt::print("  used {}, findings {}\n", x.files[0].used, x.files[0].findings.size());
  }
  // Where the time goes: interning alone, with the project's pool and a flat one.
  {
    start = Clock::now();
    kpi::StringPool pool;
    intern_columns(path, pool);
    report("fccp + kpi::StringPool on 5 id columns", rows, bytes, Clock::now() - start);
  }
  {
    start = Clock::now();
    FlatPool pool;
    intern_columns(path, pool);
    report("fccp + flat pool prototype on 5 id columns", rows, bytes, Clock::now() - start);
  }
  std::filesystem::remove(path);
}

#pragma GCC diagnostic pop
