#include "extract/lines.h"

#include "core/utf8.h"
#include "kpi/error.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>

namespace kpi::extract {
namespace {

// Windows-1252 bytes 0x80..0x9F; the five undefined ones map to the C1 control
// of the same value, as browsers do.
constexpr char16_t cp1252_high[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

// Each byte maps on its own, so a block cut at line breaks transcodes alone.
Bytes from_windows_1252(const char* data, std::size_t size) {
  std::string out;
  out.reserve(size + size / 8 + 1);
  for (std::size_t i = 0; i < size; ++i) {
    unsigned char c = static_cast<unsigned char>(data[i]);
    if (c < 0x80) out += static_cast<char>(c);
    else if (c < 0xA0) utf8::append(out, cp1252_high[c - 0x80]);
    else utf8::append(out, c);  // 0xA0..0xFF are U+00A0..U+00FF
  }
  return Bytes(out.begin(), out.end());
}

std::uint32_t count_breaks(const char* data, std::size_t size) {
  std::uint32_t n = 0;
  for (std::size_t i = 0; i < size; ++i) n += data[i] == '\n';
  return n;
}

// The first byte of `line` that is not part of well-formed UTF-8, or nullptr.
// Also drops carriage returns at its end, and tells whether the line holds only
// spaces, tabs and commas. Every line of every file passes here, and most are
// plain ASCII: those are checked eight bytes at a time.
const unsigned char* check_line(char* line, std::size_t& length, bool& blank) {
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

}  // namespace

Encoding file_encoding(const ByteSource& source, bool windows_1252) {
  unsigned char head[3] = {};
  std::size_t got = source.read_at(0, reinterpret_cast<char*>(head), 3);
  const bool utf8_bom = got == 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF;
  const bool utf16_bom = got >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) ||
                                      (head[0] == 0xFE && head[1] == 0xFF));
  return {utf8_bom ? 3u : 0u, windows_1252 && !utf8_bom && !utf16_bom};
}

LineBlock read_lines(const ByteSource& source, const Encoding& encoding, std::uint64_t from,
                     std::uint64_t to) {
  LineBlock block;
  const std::uint64_t size = source.size();
  from = std::max(from, encoding.start);
  to = std::min(to, size);
  auto finish_empty = [&] {
    block.bytes.assign(1, '\0');
    return std::move(block);
  };
  if (from >= to) return finish_empty();
  // One byte before `from` tells whether a line starts at `from`. The last
  // line usually ends within a few hundred bytes past `to`: read some way past
  // it at once, and a spare byte for the final NUL.
  const std::uint64_t low = from > encoding.start ? from - 1 : from;
  constexpr std::uint64_t read_past = 1 << 16;
  Bytes raw(std::min(to + read_past, size) - low + 1);
  raw.resize(source.read_at(low, raw.data(), raw.size() - 1));
  std::size_t begin = 0;
  if (from > encoding.start) {
    const void* br = std::memchr(raw.data(), '\n', raw.size());
    if (!br) return finish_empty();
    begin = static_cast<std::size_t>(static_cast<const char*>(br) - raw.data()) + 1;
  }
  if (low + begin >= to) return finish_empty();
  // The block ends after the first line break at or after to - 1, reading on
  // past `to` for the rest of its last line.
  std::size_t search = static_cast<std::size_t>(to - 1 - low), end = 0;
  for (;;) {
    if (search < raw.size()) {
      if (const void* br = std::memchr(raw.data() + search, '\n', raw.size() - search)) {
        end = static_cast<std::size_t>(static_cast<const char*>(br) - raw.data()) + 1;
        break;
      }
    }
    if (low + raw.size() >= size) {  // the last line, without a line break
      end = raw.size();
      break;
    }
    const char* last_break = static_cast<const char*>(
        memrchr(raw.data() + begin, '\n', std::min(search, raw.size()) - begin));
    std::size_t last_start =
        last_break ? static_cast<std::size_t>(last_break - raw.data()) + 1 : begin;
    if (raw.size() - last_start > max_line_bytes) {
      block.cut = true;
      end = raw.size();
      break;
    }
    const std::size_t had = raw.size();
    search = had;
    raw.resize(had + std::max<std::size_t>(had, 1 << 16) + 1);
    raw.resize(had + source.read_at(low + had, raw.data() + had, raw.size() - had - 1));
    if (raw.size() == had) {  // the file shrank while being read
      end = had;
      break;
    }
  }
  block.end = low + end;
  block.breaks = count_breaks(raw.data() + begin, end - begin);
  if (encoding.from_windows_1252) {
    block.bytes = from_windows_1252(raw.data() + begin, end - begin);
    block.size = block.bytes.size();
  } else {
    raw.resize(end);  // within capacity: the spare byte is still there
    block.bytes = std::move(raw);
    block.start = begin;
    block.size = end - begin;
  }
  block.bytes.push_back('\0');
  return block;
}

LineCursor::LineCursor(LineBlock& block, std::string_view name, unsigned first_line,
                       bool file_start)
    : next_(block.bytes.data() + block.start),
      end_(block.bytes.data() + block.start + block.size),
      cut_(block.cut),
      name_(name),
      line_(first_line - 1),
      file_start_(file_start) {}

char* LineCursor::next_line(bool& blank) {
  if (next_ >= end_) return nullptr;
  char* line = next_;
  char* br = static_cast<char*>(std::memchr(line, '\n', static_cast<std::size_t>(end_ - line)));
  char* stop = br ? br : end_;
  ++line_;
  std::size_t length = static_cast<std::size_t>(stop - line);
  if ((!br && cut_) || length > max_line_bytes)
    throw InputError(
        fmt::format("{}:{}: line longer than 16 MB (is this a CSV file?)", name_, line_));
  *stop = '\0';  // the block's spare byte when the last line has no line break
  next_ = br ? br + 1 : end_;
  if (file_start_ && line_ == 1) {
    if (std::strncmp(line, "PK\x03\x04", 4) == 0)
      throw InputError(fmt::format(
          "{}: this is an Excel workbook, not a CSV file; save each sheet as 'CSV UTF-8 (Comma "
          "delimited)'",
          name_));
    const auto first = static_cast<unsigned char>(line[0]);
    if (length > 0 && (first == 0xFF || first == 0xFE))
      throw InputError(fmt::format(
          "{}:1: the file is UTF-16 (Excel's 'Unicode Text'); save it as 'CSV UTF-8 (Comma "
          "delimited)'",
          name_));
  }
  if (std::memchr(line, '\0', length))
    throw InputError(fmt::format(
        "{}:{}: NUL byte in the line (is this a binary file? save it as 'CSV UTF-8 (Comma "
        "delimited)')",
        name_, line_));
  if (const unsigned char* bad = check_line(line, length, blank))
    throw InputError(fmt::format(
        "{}:{}: invalid UTF-8 byte 0x{:02X} (if the file was saved by Excel as 'CSV (Comma "
        "delimited)', try --encoding windows-1252)",
        name_, line_, *bad));
  length_ = length;
  return line;
}

}  // namespace kpi::extract
