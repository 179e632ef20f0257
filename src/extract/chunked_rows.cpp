#include "extract/chunked_rows.h"

#include "core/parallel.h"
#include "extract/csv_fields.h"
#include "extract/merge_part.h"
#include "extract/reading.h"
#include "extract/row_reader.h"
#include "kpi/error.h"

#include <fmt/format.h>

#include <condition_variable>
#include <exception>
#include <mutex>

namespace kpi::extract {
namespace {

// One chunk read on its own.
struct Part {
  LineBlock block;
  Extracts rows;          // its rows, strings and messages (at most the per-file cap)
  FileReport report;      // rows, used, excluded, findings
  long messages = 0;      // messages made, those beyond the cap included
  std::exception_ptr error;
};

void parse_part(const RowsToRead& in, const LoadOptions& options, unsigned first_line, Part& part) {
  part.report.file = in.name;
  LineCursor lines(part.block, in.name, first_line, false);
  RowReader row(in.header, in.file, part.report, options, part.rows);
  const int header_fields = static_cast<int>(in.header.field_columns.size());
  bool blank = false;
  try {
    while (char* line = lines.next_line(blank)) {
      if (blank) continue;  // Excel's empty rows (",,,,") and blank lines are not rows
      int fields = split_row(line, lines.length(), in.header.field_columns, row.fields);
      if (fields < 0)
        throw InputError(fmt::format("{}:{}: line break inside a quoted field (or an unclosed quote)",
                                     in.name, lines.line()));
      if (fields != header_fields)
        throw InputError(fmt::format("{}:{}: ragged row: {} field{} where the header has {}",
                                     in.name, lines.line(), fields, fields == 1 ? "" : "s",
                                     header_fields));
      read_row(row, in.kind, lines.line());
    }
  } catch (...) {
    part.error = std::current_exception();
  }
  part.messages = row.messages();
  part.block = {};  // the text is no longer needed: rows hold ids and numbers
}

// Appends parts in file order, and keeps the file's message cap.
class Appender {
 public:
  Appender(const RowsToRead& in, Extracts& out) : in_(in), out_(out) {}

  void append(Part& part, std::uint64_t data_bytes, std::uint64_t part_bytes) {
    if (part.error) std::rethrow_exception(part.error);
    FileReport& report = out_.files[in_.file];
    if (first_ && in_.kind && part.report.rows > 0 && part_bytes > 0) {
      // Size the vector once from the first chunk's rows per byte, rather than doubling.
      auto more = static_cast<std::size_t>(static_cast<double>(part.report.rows) /
                                           static_cast<double>(part_bytes) *
                                           static_cast<double>(data_bytes) * 1.02);
      with_rows(out_, *in_.kind, [more](auto& all) { all.reserve(all.size() + more); });
    }
    first_ = false;
    append_part(out_, part.rows, in_.kind);
    report.rows += part.report.rows;
    report.used += part.report.used;
    for (const auto& [reason, n] : part.report.excluded) report.excluded[reason] += n;
    for (const auto& [reason, n] : part.report.findings) report.findings[reason] += n;
    for (std::string& message : part.rows.messages)
      if (kept_ < max_messages_per_file) {
        out_.messages.push_back(std::move(message));
        ++kept_;
      }
    messages_ += part.messages;
  }

  // The summary of the messages beyond the cap.
  void finish() {
    summarise_messages(out_, in_.name, messages_);
  }

 private:
  const RowsToRead& in_;
  Extracts& out_;
  bool first_ = true;
  long kept_ = 0, messages_ = 0;
};

// The first line number of every chunk: the count of line breaks in the
// chunks before it. Each chunk reports its count as soon as it is read, so a
// chunk can be parsed once every chunk before it has been read. Chunks are
// claimed in order and reading one never waits, so the wait always ends.
class FirstLines {
 public:
  FirstLines(std::size_t chunks, unsigned first_line)
      : breaks_(chunks), read_(chunks, 0), first_lines_(chunks + 1) {
    first_lines_[0] = first_line;
  }

  void read(std::size_t chunk, std::uint32_t breaks) {
    {
      std::lock_guard lock(mutex_);
      breaks_[chunk] = breaks;
      read_[chunk] = 1;
      while (known_ < read_.size() && read_[known_]) {
        first_lines_[known_ + 1] = first_lines_[known_] + breaks_[known_];
        ++known_;
      }
    }
    changed_.notify_all();
  }

  unsigned first_line(std::size_t chunk) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return known_ >= chunk; });
    return first_lines_[chunk];
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<std::uint32_t> breaks_;
  std::vector<char> read_;
  std::vector<unsigned> first_lines_;
  std::size_t known_ = 0;  // chunks whose breaks are known, from the first
};

}  // namespace

void read_rows(const RowsToRead& in, const LoadOptions& options, Extracts& out) {
  const std::uint64_t size = in.source.size();
  const std::uint64_t data_bytes = size > in.data_start ? size - in.data_start : 0;
  const std::size_t chunk_bytes =
      options.chunk_bytes > 0 ? options.chunk_bytes : default_chunk_bytes;
  const std::size_t chunks = static_cast<std::size_t>((data_bytes + chunk_bytes - 1) / chunk_bytes);
  FirstLines first_lines(chunks, in.first_line);
  auto read_chunk = [&](std::size_t chunk) {
    // The chunk's line breaks are published (0 when it could not be read) even
    // if something below throws: the chunks after it wait for them.
    struct Publish {
      FirstLines& lines;
      std::size_t chunk;
      std::uint32_t breaks = 0;
      bool done = false;
      void now() {
        if (!done) lines.read(chunk, breaks);
        done = true;
      }
      ~Publish() { now(); }
    } publish{first_lines, chunk};
    Part part;
    const std::uint64_t from = in.data_start + chunk * chunk_bytes;
    try {
      part.block = read_lines(in.source, in.encoding, from, from + chunk_bytes);
      publish.breaks = part.block.breaks;
    } catch (...) {
      part.error = std::current_exception();
    }
    publish.now();
    if (!part.error) parse_part(in, options, first_lines.first_line(chunk), part);
    return part;
  };
  Appender appender(in, out);
  for_each_ordered(chunks, options.threads, read_chunk, [&](std::size_t, Part part) {
    appender.append(part, data_bytes, std::min<std::uint64_t>(chunk_bytes, data_bytes));
  });
  appender.finish();
}

}  // namespace kpi::extract
