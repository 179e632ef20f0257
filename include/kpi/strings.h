// Interned strings: identifiers, teams and workers are stored once and rows hold
// a 32-bit handle, so millions of rows stay compact and compare ids in O(1).
//
// A region's visits extract has millions of unique visit ids, so the pool is
// built for that: the text lives back to back in one character buffer, and the
// lookup is an open-addressing table of (hash, id) pairs. A std::unordered_map
// of std::string cost about 100 bytes and a heap node per string, and made
// interning, not CSV parsing, the bottleneck of reading (bench/bench_read).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace kpi {

// A handle into a StringPool. 0 is "not recorded".
using Id = std::uint32_t;
inline constexpr Id no_id = 0;

class StringPool {
 public:
  StringPool();

  // The handle of `text`, adding it when new. Empty text gives no_id.
  Id intern(std::string_view text);
  // The handle of `text` if it was interned, else no_id. Never adds.
  Id find(std::string_view text) const;
  // Starts loading the table slot where `text` is or would go, so that work
  // done before the intern() or find() of `text` overlaps the cache miss.
  void prefetch(std::string_view text) const {
    __builtin_prefetch(&slots_[hash(text) & (slots_.size() - 1)]);
  }
  // The text of a handle; "" for no_id. Valid until the next intern().
  std::string_view str(Id id) const {
    return {chars_.data() + offsets_[id], offsets_[id + 1] - offsets_[id]};
  }
  // The number of handles, no_id included.
  std::size_t size() const { return offsets_.size() - 1; }

 private:
  // A slot of the table: the upper 32 bits hold the hash, the lower the id
  // (0: empty). Comparing hashes first avoids touching the text of most misses.
  using Slot = std::uint64_t;

  static std::uint32_t hash(std::string_view text);
  // The slot holding `text`, or the empty slot where it would go.
  std::size_t probe(std::string_view text, std::uint32_t hash) const;
  void grow();

  std::vector<char> chars_;            // every string back to back
  std::vector<std::size_t> offsets_;   // string id spans [offsets_[id], offsets_[id + 1])
  std::vector<Slot> slots_;            // power-of-two size, at most half full
};

}  // namespace kpi
