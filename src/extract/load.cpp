// Reading a run's inputs: files and folders (every CSV, census XML and
// workbook, in byte order of names), in command-line order, then
// de-duplication and linking. A file that cannot be used is recorded with its error, its rows are taken
// back out, and the other files are still read so that every problem is
// reported at once; the run then fails unless LoadOptions::keep_going (check)
// or skip_bad_files (--skip-bad-files) says to go on without it.
#include "extract/reading.h"
#include "kpi/error.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cctype>
#include <filesystem>
#include <set>
#include <system_error>

namespace kpi {
namespace {

namespace fs = std::filesystem;

// The files a folder offers as inputs: CSV extracts, census XML, workbooks
// (an old .xls too, to say that it cannot be read). Excel's lock files
// ("~$book.xlsx", left while a workbook is open) are not workbooks.
bool is_input(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (path.filename().string().starts_with("~$")) return false;
  return ext == ".csv" || ext == ".xml" || ext == ".xlsx" || ext == ".xlsm" || ext == ".xls";
}

std::vector<std::string> input_files_in(const std::string& folder) {
  std::vector<std::string> files;
  std::error_code error;
  for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
    std::error_code ignored;
    if (it->is_regular_file(ignored) && is_input(it->path())) files.push_back(it->path().string());
  }
  if (error)
    throw InputError(fmt::format("{}: cannot read the folder ({})", folder, error.message()));
  // Byte order of the names (std::string compares bytes), so runs are repeatable.
  std::sort(files.begin(), files.end());
  return files;
}

// The sizes of everything a file appends to, to take a failed file back out.
// (Strings it interned stay in the pool, unused.)
struct Mark {
  std::size_t rows[kind_count];
  std::size_t messages;
  std::size_t persons;
  bool has[kind_count];
  std::uint16_t columns[kind_count];
};

Mark mark(const Extracts& x) {
  Mark m{{}, x.messages.size(), x.person_dates_of_birth.size(), {}};
  for (int k = 0; k < kind_count; ++k)
    extract::with_rows(x, static_cast<Kind>(k), [&](const auto& rows) { m.rows[k] = rows.size(); });
  std::copy(std::begin(x.has), std::end(x.has), m.has);
  std::copy(std::begin(x.columns), std::end(x.columns), m.columns);
  return m;
}

void roll_back(Extracts& x, const Mark& m) {
  for (int k = 0; k < kind_count; ++k)
    extract::with_rows(x, static_cast<Kind>(k), [&](auto& rows) { rows.resize(m.rows[k]); });
  x.messages.resize(m.messages);
  x.person_dates_of_birth.resize(m.persons);
  std::copy(std::begin(m.has), std::end(m.has), x.has);
  std::copy(std::begin(m.columns), std::end(m.columns), x.columns);
}

// A file named twice (or in a folder and by name) is read once: Annex A rows
// have no ids, so a second reading would count every row twice.
bool already_read(const std::string& path, std::set<fs::path>& seen, Extracts& x) {
  std::error_code error;
  fs::path canonical = fs::weakly_canonical(path, error);
  if (error || seen.insert(canonical).second) return false;
  FileReport report;
  report.file = path;
  report.skipped = "the same file was already read";
  x.messages.push_back(fmt::format("{}: skipped: {}", path, *report.skipped));
  x.files.push_back(std::move(report));
  return true;
}

void read_file(const std::string& path, std::optional<Kind> kind, bool in_folder,
               const LoadOptions& options, Extracts& x, std::set<fs::path>& seen) {
  if (already_read(path, seen, x)) return;
  const std::size_t file = x.files.size();
  const Mark before = mark(x);
  try {
    auto source = extract::ByteSource::open_file(path);
    extract::read_input(*source, path, kind, options, x, in_folder && !kind);
  } catch (const InputError& e) {
    roll_back(x, before);
    // A census or a workbook makes a report per element kind or sheet: the
    // file's error goes in one report named by the file, which keeps the kind
    // of the part that failed (the last one read), and the others go.
    if (x.files.size() > file + 1) {
      x.files[file] = std::move(x.files.back());
      x.files.resize(file + 1);
    }
    if (x.files.size() == file) {  // it could not even be opened
      x.files.push_back(FileReport{});
    }
    FileReport& report = x.files[file];
    report.file = path;
    // A census fails as a whole: no one of its kinds is the one that failed.
    if (report.matched == HeaderFamily::census) report.kind.reset();
    report.skipped.reset();
    report.rows = report.used = 0;
    report.excluded.clear();
    report.findings.clear();
    report.error = e.what();
  }
}

}  // namespace

Extracts load_extracts(const std::vector<InputSpec>& inputs, const LoadOptions& options) {
  using Clock = std::chrono::steady_clock;
  auto seconds_since = [](Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
  };
  const auto start = Clock::now();
  Extracts x;
  std::set<fs::path> seen;
  for (const InputSpec& input : inputs) {
    std::error_code error;
    if (fs::is_directory(input.path, error)) {
      std::vector<std::string> files;
      try {
        files = input_files_in(input.path);
        if (files.empty())
          throw InputError(
              fmt::format("{}: no .csv, .xml or .xlsx files in the folder", input.path));
      } catch (const InputError& e) {
        x.files.push_back(FileReport{});
        x.files.back().file = input.path;
        x.files.back().error = e.what();
        continue;
      }
      for (const std::string& path : files) read_file(path, input.kind, true, options, x, seen);
    } else {
      read_file(input.path, input.kind, false, options, x, seen);
    }
  }
  if (!options.keep_going && !options.skip_bad_files) {
    std::string problems;
    int failed = 0;
    for (const FileReport& report : x.files)
      if (report.error) {
        problems += *report.error + "\n";
        ++failed;
      }
    if (failed > 0)
      throw InputError(fmt::format(
          "{}{} could not be read: nothing was reported (fix {}, or give --skip-bad-files to "
          "report without {})",
          problems, failed == 1 ? "a file" : fmt::format("{} files", failed),
          failed == 1 ? "it" : "them", failed == 1 ? "it" : "them"));
  }
  const auto link_start = Clock::now();
  finish_extracts(x);
  if (options.timings) {
    options.timings->read = std::chrono::duration<double>(link_start - start).count();
    options.timings->link = seconds_since(link_start);
  }
  return x;
}

}  // namespace kpi
