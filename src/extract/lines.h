// The lines of a CSV file, read in blocks of whole lines so that a large file
// can be read as chunks on several threads.
//
// Every line break ends a row (the SPEC makes a line break inside a quoted
// field an error), so a file can be cut after any '\n' and each part read on
// its own: a chunk owns the lines that start in its byte range, reads on past
// the range's end to finish its last line, and numbers its lines from the
// count of line breaks before it. An unclosed quote is then seen within its own
// line, at its own line number, whichever chunk holds it.
#pragma once

#include "extract/byte_source.h"
#include "kpi/large_alloc.h"

#include <cstdint>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kpi::extract {

// Lines longer than this are an error ("is this a CSV file?").
inline constexpr std::size_t max_line_bytes = std::size_t{1} << 24;

// How a file's bytes become UTF-8: as they are, or from Windows-1252. A file
// that starts with a UTF-8 byte order mark (skipped) or a UTF-16 one (refused
// at its first line) is read as it is whatever --encoding says.
struct Encoding {
  std::uint64_t start = 0;  // the first byte after a UTF-8 byte order mark
  bool from_windows_1252 = false;
};
Encoding file_encoding(const ByteSource& source, bool windows_1252);

// An allocator that leaves new chars uninitialised: a block's bytes are read
// over at once, and zeroing 4 MB per chunk first was a measurable cost.
template <class T>
struct Uninitialised : LargeAllocator<T> {
  template <class U>
  struct rebind {
    using other = Uninitialised<U>;
  };
  Uninitialised() = default;
  template <class U>
  Uninitialised(const Uninitialised<U>&) noexcept {}
  template <class U>
  void construct(U* p) noexcept {
    ::new (static_cast<void*>(p)) U;
  }
  template <class U, class... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
};
using Bytes = std::vector<char, Uninitialised<char>>;

// Whole lines of a source, in memory, terminated for the parser.
struct LineBlock {
  Bytes bytes;               // the lines (UTF-8) from `start`, then one spare byte for a final NUL
  std::size_t start = 0;     // where the first line starts in `bytes`
  std::size_t size = 0;      // bytes of lines
  std::uint64_t end = 0;     // source offset just past the block's last line
  std::uint32_t breaks = 0;  // line breaks in it: the next block's lines start this many lines on
  bool cut = false;          // its last line is longer than max_line_bytes and is cut short
};

// Reads the lines of `source` that start in [from, to), whole; a line starts at
// `encoding.start` or after a '\n'. Empty when none does.
LineBlock read_lines(const ByteSource& source, const Encoding& encoding, std::uint64_t from,
                     std::uint64_t to);

// Hands out the lines of a block one by one, checked: valid UTF-8, no NUL
// byte, not too long; the first line of a file also not a workbook or UTF-16.
// Errors are InputError "name:line: ...".
class LineCursor {
 public:
  // `first_line`: the number of the block's first line; `file_start`: the block
  // holds the file's first line.
  LineCursor(LineBlock& block, std::string_view name, unsigned first_line, bool file_start);

  // The next line, NUL-terminated, without its line end (CRs before it
  // dropped), or nullptr after the last. `blank`: only spaces, tabs and commas
  // (Excel's empty rows).
  char* next_line(bool& blank);
  unsigned line() const { return line_; }  // of the line last returned
  std::size_t length() const { return length_; }  // its length
  // Bytes of the block not yet handed out.
  std::size_t remaining() const { return static_cast<std::size_t>(end_ - next_); }

 private:
  char* next_;
  char* end_;
  bool cut_;
  std::string_view name_;
  unsigned line_;
  std::size_t length_ = 0;
  bool file_start_;
};

}  // namespace kpi::extract
