#include "kpi/strings.h"

#include <cassert>
#include <cstring>

namespace kpi {

StringPool::StringPool() : offsets_{0, 0}, slots_(1024, 0) {}

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
    if (static_cast<std::uint32_t>(slot >> 32) == h && str(id) == text) return i;
  }
}

Id StringPool::find(std::string_view text) const {
  if (text.empty()) return no_id;
  return static_cast<Id>(slots_[probe(text, hash(text))]);
}

Id StringPool::intern(std::string_view text) {
  if (text.empty()) return no_id;
  std::uint32_t h = hash(text);
  std::size_t at = probe(text, h);
  if (Id id = static_cast<Id>(slots_[at]); id != no_id) return id;

  Id id = static_cast<Id>(size());
  assert(id != 0 && size() < 0xffffffffu);
  chars_.insert(chars_.end(), text.begin(), text.end());
  offsets_.push_back(chars_.size());
  slots_[at] = (static_cast<Slot>(h) << 32) | id;
  if (2 * size() > slots_.size()) grow();
  return id;
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

}  // namespace kpi
