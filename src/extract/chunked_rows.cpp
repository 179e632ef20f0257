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
#include <memory>
#include <mutex>
#include <thread>

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
      int fields = split_row(line, in.header.field_columns, row.fields);
      if (fields < 0)
        throw InputError(fmt::format(
            "{}:{}: line break inside a quoted field (or an unclosed quote)", in.name, lines.line()));
      if (fields != header_fields)
        throw InputError(fmt::format("{}:{}: ragged row: {} field{} where the header has {}",
                                     in.name, lines.line(), fields, fields == 1 ? "" : "s",
                                     header_fields));
      row.begin_row(lines.line());
      if (in.kind)
        build_row(*in.kind, row);
      else
        build_person_row(row);
      ++part.report.rows;
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
    if (messages_ > max_messages_per_file)
      out_.messages.push_back(fmt::format("{}: {} more messages like these are not listed",
                                          in_.name, messages_ - max_messages_per_file));
  }

 private:
  const RowsToRead& in_;
  Extracts& out_;
  bool first_ = true;
  long kept_ = 0, messages_ = 0;
};

// Chunks are read, counted and parsed by worker threads and appended by the
// calling thread in order. A chunk's first line number is the count of line
// breaks in the chunks before it, so a worker parses a chunk once every chunk
// before it has been read (reading is claimed in order and never waits). At
// most `window` chunks are claimed but not yet appended, which bounds memory.
class ChunkPipeline {
 public:
  ChunkPipeline(const RowsToRead& in, const LoadOptions& options, std::size_t chunk_bytes,
                std::size_t chunks, unsigned threads)
      : in_(in), options_(options), chunk_bytes_(chunk_bytes), parts_(chunks),
        breaks_known_(0), first_lines_(chunks + 1), read_(chunks, 0),
        window_(2 * static_cast<std::size_t>(threads) + 2) {
    first_lines_[0] = in.first_line;
    for (unsigned t = 0; t < threads; ++t) workers_.emplace_back([this] { work(); });
  }
  ~ChunkPipeline() {
    {
      std::lock_guard lock(mutex_);
      stop_ = true;
    }
    changed_.notify_all();
    for (std::thread& worker : workers_) worker.join();
  }
  ChunkPipeline(const ChunkPipeline&) = delete;
  ChunkPipeline& operator=(const ChunkPipeline&) = delete;

  // The next chunk in order, once parsed.
  std::unique_ptr<Part> take(std::size_t chunk) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return parts_[chunk] != nullptr; });
    taken_ = chunk + 1;
    changed_.notify_all();
    return std::move(parts_[chunk]);
  }

 private:
  void work() {
    for (;;) {
      std::size_t chunk;
      {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] {
          return stop_ || next_ == parts_.size() || next_ < taken_ + window_;
        });
        if (stop_ || next_ == parts_.size()) return;
        chunk = next_++;
      }
      auto part = std::make_unique<Part>();
      const std::uint64_t from = in_.data_start + chunk * chunk_bytes_;
      try {
        part->block = read_lines(in_.source, in_.encoding, from, from + chunk_bytes_);
      } catch (...) {
        part->error = std::current_exception();
      }
      unsigned first_line;
      {
        std::unique_lock lock(mutex_);
        read_[chunk] = 1;
        breaks_[chunk] = part->block.breaks;
        while (breaks_known_ < parts_.size() && read_[breaks_known_]) {
          first_lines_[breaks_known_ + 1] = first_lines_[breaks_known_] + breaks_[breaks_known_];
          ++breaks_known_;
        }
        changed_.notify_all();
        changed_.wait(lock, [&] { return stop_ || breaks_known_ >= chunk; });
        if (stop_) return;
        first_line = first_lines_[chunk];
      }
      if (!part->error) parse_part(in_, options_, first_line, *part);
      {
        std::lock_guard lock(mutex_);
        parts_[chunk] = std::move(part);
      }
      changed_.notify_all();
    }
  }

  const RowsToRead& in_;
  const LoadOptions& options_;
  const std::size_t chunk_bytes_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<std::unique_ptr<Part>> parts_;  // parsed, not yet taken
  std::size_t breaks_known_;                  // chunks whose first line and breaks are known
  std::vector<unsigned> first_lines_;
  std::vector<std::uint32_t> breaks_ = std::vector<std::uint32_t>(parts_.size());
  std::vector<char> read_;
  std::size_t next_ = 0, taken_ = 0;
  const std::size_t window_;
  bool stop_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace

void read_rows(const RowsToRead& in, const LoadOptions& options, Extracts& out) {
  const std::uint64_t size = in.source.size();
  const std::uint64_t data_bytes = size > in.data_start ? size - in.data_start : 0;
  const std::size_t chunk_bytes = options.chunk_bytes > 0 ? options.chunk_bytes : default_chunk_bytes;
  const std::size_t chunks = static_cast<std::size_t>((data_bytes + chunk_bytes - 1) / chunk_bytes);
  const unsigned threads = static_cast<unsigned>(std::min<std::size_t>(thread_count(options.threads), chunks));
  Appender appender(in, out);
  if (threads <= 1) {
    unsigned first_line = in.first_line;
    for (std::size_t chunk = 0; chunk < chunks; ++chunk) {
      Part part;
      const std::uint64_t from = in.data_start + chunk * chunk_bytes;
      part.block = read_lines(in.source, in.encoding, from, from + chunk_bytes);
      const unsigned breaks = part.block.breaks;
      parse_part(in, options, first_line, part);
      first_line += breaks;
      appender.append(part, data_bytes, std::min<std::uint64_t>(chunk_bytes, data_bytes));
    }
  } else {
    ChunkPipeline pipeline(in, options, chunk_bytes, chunks, threads);
    for (std::size_t chunk = 0; chunk < chunks; ++chunk)
      appender.append(*pipeline.take(chunk), data_bytes,
                      std::min<std::uint64_t>(chunk_bytes, data_bytes));
  }
  appender.finish();
}

}  // namespace kpi::extract
