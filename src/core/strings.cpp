#include "kpi/strings.h"

#include <cassert>
#include <cstring>

namespace kpi {
namespace {

constexpr std::size_t max_prefix = 6;
constexpr std::size_t max_digits = 12;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

StringPool::StringPool() : offsets_{0, 0}, slots_(1024, 0) {}

// A format packs its prefix's bytes (low 48 bits), the prefix length (3 bits)
// and the digit count (4 bits).
bool StringPool::numeric_form(std::string_view text, Numeric& out) {
  // Most texts that are not ids (teams, names, sources) end in a letter.
  if (text.empty() || !is_digit(text.back())) return false;
  std::size_t digits_at = 0;
  Format format = 0;
  while (!is_digit(text[digits_at])) {
    if (digits_at == max_prefix) return false;
    format |= static_cast<Format>(static_cast<unsigned char>(text[digits_at])) << (8 * digits_at);
    ++digits_at;
  }
  const std::size_t digits = text.size() - digits_at;
  if (digits > max_digits) return false;
  std::uint64_t number = 0;
  for (std::size_t i = digits_at; i < text.size(); ++i) {
    const unsigned digit = static_cast<unsigned char>(text[i]) - unsigned{'0'};
    if (digit > 9) return false;
    number = number * 10 + digit;
  }
  if (number > number_mask) return false;
  format |= static_cast<Format>(digits_at) << 48 | static_cast<Format>(digits) << 51;
  out = {format, static_cast<std::uint32_t>(number)};
  return true;
}

std::string StringPool::format_text(Format format, std::uint32_t number) {
  const auto prefix = static_cast<std::size_t>(format >> 48 & 7);
  const auto digits = static_cast<std::size_t>(format >> 51 & 15);
  std::string text(prefix + digits, '0');
  for (std::size_t i = 0; i < prefix; ++i) text[i] = static_cast<char>(format >> (8 * i) & 0xff);
  for (std::size_t i = text.size(); number > 0; number /= 10)
    text[--i] = static_cast<char>('0' + number % 10);
  return text;
}

int StringPool::format_index(Format format) const {
  for (std::size_t i = 0; i < formats_.size(); ++i)
    if (formats_[i] == format) return static_cast<int>(i);
  return -1;
}

int StringPool::add_format(Format format) {
  if (formats_.size() == max_formats) return -1;
  formats_.push_back(format);
  return static_cast<int>(formats_.size() - 1);
}

// FNV-1a, then a final mix so that ids differing only in their last digits
// spread over the table's low bits.
std::uint32_t StringPool::hash(std::string_view text) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : text) h = (h ^ c) * 0x100000001b3ULL;
  h ^= h >> 32;
  h *= 0xd6e8feb86659fd93ULL;
  h ^= h >> 32;
  return static_cast<std::uint32_t>(h);
}

std::size_t StringPool::probe(std::string_view text, std::uint32_t h) const {
  std::size_t mask = slots_.size() - 1;
  for (std::size_t i = h & mask;; i = (i + 1) & mask) {
    Slot slot = slots_[i];
    Id id = static_cast<Id>(slot);
    if (id == no_id) return i;
    if (static_cast<std::uint32_t>(slot >> 32) == h && stored(id) == text) return i;
  }
}

void StringPool::prefetch(std::string_view text) const {
  Numeric numeric;
  if (!numeric_form(text, numeric)) __builtin_prefetch(&slots_[hash(text) & (slots_.size() - 1)]);
}

Id StringPool::find(std::string_view text) const {
  if (text.empty()) return no_id;
  if (Numeric n; numeric_form(text, n)) {
    if (int f = format_index(n.format); f >= 0)
      return numeric_bit | static_cast<Id>(f) << number_bits | n.number;
  }
  return static_cast<Id>(slots_[probe(text, hash(text))]);
}

Id StringPool::intern_number(std::string_view text) {
  Numeric n;
  if (!numeric_form(text, n)) return no_id;
  int f = last_format_ >= 0 && formats_[last_format_] == n.format ? last_format_
                                                                  : format_index(n.format);
  if (f < 0) f = add_format(n.format);
  if (f < 0) return no_id;
  last_format_ = f;
  return numeric_bit | static_cast<Id>(f) << number_bits | n.number;
}

Id StringPool::intern(std::string_view text) {
  if (text.empty()) return no_id;
  if (Id id = intern_number(text); id != no_id) return id;
  return intern_text(text);
}

Id StringPool::intern_text(std::string_view text) {
  if (text.empty()) return no_id;
  std::uint32_t h = hash(text);
  std::size_t at = probe(text, h);
  if (Id id = static_cast<Id>(slots_[at]); id != no_id) return id;

  Id id = static_cast<Id>(size());
  assert(id != 0 && size() < numeric_bit);
  chars_.insert(chars_.end(), text.begin(), text.end());
  offsets_.push_back(chars_.size());
  slots_[at] = (static_cast<Slot>(h) << 32) | id;
  if (2 * size() > slots_.size()) grow();
  return id;
}

std::string StringPool::str(Id id) const {
  if (id & numeric_bit)
    return format_text(formats_[(id & ~numeric_bit) >> number_bits], id & number_mask);
  return std::string(stored(id));
}

void StringPool::grow() {
  std::vector<Slot> old(slots_.size() * 2, 0);
  old.swap(slots_);
  std::size_t mask = slots_.size() - 1;
  for (Slot slot : old) {
    if (static_cast<Id>(slot) == no_id) continue;
    std::size_t i = static_cast<std::uint32_t>(slot >> 32) & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

StringPool::Translation StringPool::absorb(const StringPool& part) {
  Translation t;
  t.part_ = &part;
  t.into_ = this;
  t.stored_.resize(part.size());
  for (Id id = 1; id < part.size(); ++id) t.stored_[id] = intern(part.stored(id));
  for (Format format : part.formats_) {
    int f = format_index(format);
    if (f < 0) f = add_format(format);
    t.formats_.push_back(static_cast<std::int16_t>(f));
  }
  return t;
}

Id StringPool::Translation::operator()(Id id) {
  if (!(id & numeric_bit)) return stored_[id];
  const Id format = (id & ~numeric_bit) >> number_bits;
  const Id number = id & number_mask;
  if (int f = formats_[format]; f >= 0)
    return numeric_bit | static_cast<Id>(f) << number_bits | number;
  return into_->intern_text(format_text(part_->formats_[format], number));
}

}  // namespace kpi
