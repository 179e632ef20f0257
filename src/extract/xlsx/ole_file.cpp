#include "extract/xlsx/ole_file.h"

#include <fmt/format.h>

#include <cstring>
#include <vector>

namespace kpi::extract::xlsx {
namespace {

// A directory entry of a compound file is 128 bytes, 128-aligned in the file
// (sectors are 512 or 4096 bytes, after a 512-byte header), and starts with
// its name in UTF-16LE. Scanning every entry-sized slot for the name is
// simpler than walking the sector chains, and as sure: stream data that
// happened to hold the name at a slot's start would only make an .xls
// (unreadable anyway) be called encrypted.
bool has_entry_named(const ByteSource& source, std::u16string_view name) {
  std::string utf16;
  for (char16_t c : name) {
    utf16 += static_cast<char>(c & 0xFF);
    utf16 += static_cast<char>(c >> 8);
  }
  std::vector<char> block(std::size_t{1} << 20);
  for (std::uint64_t at = 512; at < source.size(); at += block.size()) {
    const std::size_t got = source.read_at(at, block.data(), block.size());
    for (std::size_t slot = 0; slot + utf16.size() <= got; slot += 128)
      if (std::memcmp(block.data() + slot, utf16.data(), utf16.size()) == 0) return true;
    if (got < block.size()) break;
  }
  return false;
}

}  // namespace

std::string ole_problem(const ByteSource& source, const std::string& name) {
  if (has_entry_named(source, u"EncryptedPackage"))
    return fmt::format("{}: the workbook is encrypted (password-protected): remove the password "
                       "in Excel (File > Info > Protect Workbook > Encrypt with Password) and save "
                       "it again",
                       name);
  return fmt::format("{}: an old Excel 97-2003 workbook (.xls), which cannot be read: open it in "
                     "Excel and save it as .xlsx (Excel Workbook)",
                     name);
}

}  // namespace kpi::extract::xlsx
