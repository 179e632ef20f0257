// The only code that includes fast-cpp-csv-parser. Its exceptions are turned
// into InputError "file:line: ..." here.
#include "extract/csv_source.h"

#include "core/utf8.h"
#include "kpi/error.h"

// fccp copies file names with strncpy into fixed buffers (it terminates them
// itself); g++ 12 warns about that after inlining.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wstringop-truncation"
#include <libfccp/csv.h>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace kpi::extract {
namespace {

using Quote = io::double_quote_escape<',', '"'>;
using Trim = io::trim_chars<' ', '\t'>;

// Windows-1252 bytes 0x80..0x9F; the five undefined ones map to the C1 control
// of the same value, as browsers do.
constexpr char16_t cp1252_high[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

// A byte source that reads Windows-1252 and hands fccp UTF-8. It fills every
// request completely until the end of the input, as fccp's LineReader expects.
// A file that starts with a UTF-8 byte order mark is UTF-8 whatever the option
// says, and passes through unchanged; so does one starting with a UTF-16 byte
// order mark, to get the UTF-16 message rather than a header of "ÿþc".
class Windows1252Source : public io::ByteSourceBase {
 public:
  explicit Windows1252Source(std::unique_ptr<io::ByteSourceBase> inner)
      : inner_(std::move(inner)), in_(1 << 16) {}

  int read(char* buffer, int size) override {
    int n = 0;
    while (n < size) {
      if (pos_ == out_.size()) {
        if (eof_) break;
        out_.clear();
        pos_ = 0;
        int got = inner_->read(in_.data(), static_cast<int>(in_.size()));
        if (got <= 0) {
          eof_ = true;
          break;
        }
        transcode(in_.data(), got);
      }
      std::size_t take = std::min<std::size_t>(static_cast<std::size_t>(size - n), out_.size() - pos_);
      std::memcpy(buffer + n, out_.data() + pos_, take);
      n += static_cast<int>(take);
      pos_ += take;
    }
    return n;
  }

 private:
  void transcode(const char* data, int size) {
    if (first_) {
      first_ = false;
      passthrough_ = (size >= 3 && std::memcmp(data, "\xEF\xBB\xBF", 3) == 0) ||
                     (size >= 2 && (std::memcmp(data, "\xFF\xFE", 2) == 0 ||
                                    std::memcmp(data, "\xFE\xFF", 2) == 0));
    }
    if (passthrough_) {
      out_.append(data, static_cast<std::size_t>(size));
      return;
    }
    out_.reserve(static_cast<std::size_t>(size) * 2);
    for (int i = 0; i < size; ++i) {
      unsigned char c = static_cast<unsigned char>(data[i]);
      if (c < 0x80) out_ += static_cast<char>(c);
      else if (c < 0xA0) utf8::append(out_, cp1252_high[c - 0x80]);
      else utf8::append(out_, c);  // 0xA0..0xFF are U+00A0..U+00FF
    }
  }

  std::unique_ptr<io::ByteSourceBase> inner_;
  std::vector<char> in_;
  std::string out_;
  std::size_t pos_ = 0;
  bool eof_ = false, first_ = true, passthrough_ = false;
};

std::unique_ptr<io::ByteSourceBase> maybe_transcode(std::unique_ptr<io::ByteSourceBase> source,
                                                     bool windows_1252) {
  if (!windows_1252) return source;
  return std::make_unique<Windows1252Source>(std::move(source));
}

// The first byte of `line` that is not part of well-formed UTF-8, or nullptr.
// Also drops carriage returns at its end, and tells whether the line holds only
// spaces, tabs and commas, and its length.
// Every line of every file passes here, and most are plain ASCII: those are
// checked eight bytes at a time.
const unsigned char* check_line(char* line, bool& blank, std::size_t& length) {
  length = std::strlen(line);
  // fccp drops the CR of a CRLF line end; a file converted twice ends its
  // lines with CR CR LF.
  while (length > 0 && line[length - 1] == '\r') line[--length] = '\0';
  blank = std::strspn(line, " ,\t") == length;
  std::size_t i = 0;
  for (std::uint64_t word; i + 8 <= length; i += 8) {
    std::memcpy(&word, line + i, 8);
    if (word & 0x8080808080808080u) break;
  }
  while (i < length) {
    if (static_cast<unsigned char>(line[i]) < 0x80) {
      ++i;
      continue;
    }
    std::size_t n = utf8::sequence_length(std::string_view(line + i, length - i));
    if (n == 0) return reinterpret_cast<const unsigned char*>(line + i);
    i += n;
  }
  return nullptr;
}

// fccp's own file source ignores read errors, so a failing disk or share would
// read as a short file; this one reports them. Like fccp's, it leaves the
// buffering to fccp's LineReader. (An error met on fccp's read-ahead thread
// reaches the reader at its next line.)
class FileSource : public io::ByteSourceBase {
 public:
  FileSource(std::FILE* file, std::string path) : file_(file), path_(std::move(path)) {
    std::setvbuf(file_, nullptr, _IONBF, 0);
  }
  ~FileSource() override { std::fclose(file_); }
  FileSource(const FileSource&) = delete;
  FileSource& operator=(const FileSource&) = delete;

  int read(char* buffer, int size) override {
    std::size_t got = std::fread(buffer, 1, static_cast<std::size_t>(size), file_);
    if (got < static_cast<std::size_t>(size) && std::ferror(file_))
      throw InputError(fmt::format("{}: cannot read the file ({})", path_, errno_text(errno)));
    return static_cast<int>(got);
  }

 private:
  std::FILE* file_;
  std::string path_;
};

// fccp's LineReader hands out NUL-terminated lines, so a NUL byte would cut a
// line short without a word. This guard sees every byte first and makes a NUL
// an error at its line (UTF-16 files and workbooks, full of NULs, are left to
// the clearer messages of the first line's check).
class NulGuardSource : public io::ByteSourceBase {
 public:
  NulGuardSource(std::unique_ptr<io::ByteSourceBase> inner, std::string name)
      : inner_(std::move(inner)), name_(std::move(name)) {}

  int read(char* buffer, int size) override {
    int got = inner_->read(buffer, size);
    if (got <= 0) return got;
    const char* end = buffer + got;
    if (first_) {
      first_ = false;
      auto byte = [&](int i) { return got > i ? static_cast<unsigned char>(buffer[i]) : 0; };
      // UTF-16 and Excel workbooks (zip files) get their own messages later.
      skip_ = (byte(0) == 0xFF && byte(1) == 0xFE) || (byte(0) == 0xFE && byte(1) == 0xFF) ||
              (got >= 4 && std::memcmp(buffer, "PK\x03\x04", 4) == 0);
    }
    if (!skip_) {
      if (const char* nul = static_cast<const char*>(std::memchr(buffer, '\0', got))) {
        long line = line_ + std::count(static_cast<const char*>(buffer), nul, '\n');
        throw InputError(fmt::format(
            "{}:{}: NUL byte in the line (is this a binary file? save it as 'CSV UTF-8 (Comma "
            "delimited)')",
            name_, line));
      }
      line_ += std::count(static_cast<const char*>(buffer), end, '\n');
    }
    return got;
  }

 private:
  std::unique_ptr<io::ByteSourceBase> inner_;
  std::string name_;
  long line_ = 1;  // the line of the next byte
  bool first_ = true, skip_ = false;
};

// fccp's LineReader looks for a line's end one byte past the data it holds
// (`buffer[line_end] != '\n' && line_end != data_end`). When the file does not
// end with a line break, that byte decides where the last line ends: in a
// file over 48 MB it is a stale byte of the block read before, and when it is
// a '\n' the reader walks on through stale data, handing out old lines again
// as new rows, and then waits forever for a read-ahead that never comes. (Below
// 48 MB it is fresh memory, zero, unless the allocator reuses memory.) Ending
// every non-empty file with a line break keeps that byte from ever mattering:
// the last line ends at its own '\n'. An added line break adds no line.
class FinalNewlineSource : public io::ByteSourceBase {
 public:
  explicit FinalNewlineSource(std::unique_ptr<io::ByteSourceBase> inner)
      : inner_(std::move(inner)) {}

  int read(char* buffer, int size) override {
    if (done_ || size <= 0) return 0;
    int got = inner_->read(buffer, size);
    if (got > 0) line_ended_ = buffer[got - 1] == '\n';
    // A short read is the end (fccp asks for full blocks): add the line break
    // in this same read, as fccp takes a short first read as the whole file.
    if (got < size) {
      done_ = true;
      if (!line_ended_) buffer[got++] = '\n';
    }
    return got;
  }

 private:
  std::unique_ptr<io::ByteSourceBase> inner_;
  bool line_ended_ = true;  // the last byte read was '\n' (or none was read)
  bool done_ = false;
};

// The chain every file is read through, outermost last: NUL check, then
// transcoding, then the final line break.
std::unique_ptr<io::ByteSourceBase> wrap(std::unique_ptr<io::ByteSourceBase> source,
                                         const std::string& name, bool windows_1252) {
  source = std::make_unique<NulGuardSource>(std::move(source), name);
  source = maybe_transcode(std::move(source), windows_1252);
  return std::make_unique<FinalNewlineSource>(std::move(source));
}

}  // namespace

struct CsvSource::Impl {
  explicit Impl(std::unique_ptr<io::ByteSourceBase> source, const std::string& name)
      : reader(name, std::move(source)) {}
  io::LineReader reader;
};

CsvSource::CsvSource(std::istream& in, std::string name, bool windows_1252) : name_(std::move(name)) {
  std::unique_ptr<io::ByteSourceBase> source(new io::detail::NonOwningIStreamByteSource(in));
  impl_ = std::make_unique<Impl>(wrap(std::move(source), name_, windows_1252), name_);
}

CsvSource::CsvSource(const std::string& path, bool windows_1252) : name_(path) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (!file)
    throw InputError(fmt::format("{}: cannot open the file ({})", path, errno_text(errno)));
  impl_ = std::make_unique<Impl>(wrap(std::make_unique<FileSource>(file, path), name_, windows_1252),
                                 name_);
}

CsvSource::~CsvSource() = default;

unsigned CsvSource::line() const { return impl_->reader.get_file_line(); }

char* CsvSource::next_line(bool& blank) {
  char* line;
  try {
    line = impl_->reader.next_line();
  } catch (const io::error::line_length_limit_exceeded&) {
    throw InputError(fmt::format("{}:{}: line longer than 16 MB (is this a CSV file?)", name_,
                                 impl_->reader.get_file_line()));
  }
  if (!line) return nullptr;
  if (impl_->reader.get_file_line() == 1 && std::strncmp(line, "PK\x03\x04", 4) == 0)
    throw InputError(fmt::format(
        "{}: this is an Excel workbook, not a CSV file; save each sheet as 'CSV UTF-8 (Comma "
        "delimited)'",
        name_));
  std::size_t length = 0;
  if (const unsigned char* bad = check_line(line, blank, length)) {
    unsigned number = impl_->reader.get_file_line();
    if (number == 1 && bad == reinterpret_cast<unsigned char*>(line) && (bad[0] == 0xFF || bad[0] == 0xFE))
      throw InputError(fmt::format(
          "{}:1: the file is UTF-16 (Excel's 'Unicode Text'); save it as 'CSV UTF-8 (Comma delimited)'",
          name_));
    throw InputError(fmt::format(
        "{}:{}: invalid UTF-8 byte 0x{:02X} (if the file was saved by Excel as 'CSV (Comma "
        "delimited)', try --encoding windows-1252)",
        name_, number, *bad));
  }
  bytes_ += length + 1;
  return line;
}

bool CsvSource::split_all(char* line, std::vector<std::string>& fields) {
  fields.clear();
  try {
    while (line) {
      char *begin, *end;
      io::detail::chop_next_column<Quote>(line, begin, end);
      Trim::trim(begin, end);
      Quote::unescape(begin, end);
      fields.emplace_back(begin, end);
    }
  } catch (const io::error::escaped_string_not_closed&) {
    return false;
  }
  return true;
}

int CsvSource::split_row(char* line, const std::vector<std::array<std::int8_t, 2>>& field_columns,
                         std::string_view* columns) {
  const int header = static_cast<int>(field_columns.size());
  int count = 0;
  try {
    while (line) {
      char *begin, *end;
      io::detail::chop_next_column<Quote>(line, begin, end);
      if (count < header) {
        const auto& slots = field_columns[count];
        if (slots[0] >= 0) {
          Trim::trim(begin, end);
          Quote::unescape(begin, end);
          std::string_view value(begin, static_cast<std::size_t>(end - begin));
          columns[slots[0]] = value;
          if (slots[1] >= 0) columns[slots[1]] = value;
        }
      }
      ++count;
    }
  } catch (const io::error::escaped_string_not_closed&) {
    throw InputError(fmt::format("{}:{}: line break inside a quoted field (or an unclosed quote)",
                                 name_, this->line()));
  }
  return count;
}

}  // namespace kpi::extract

#pragma GCC diagnostic pop
