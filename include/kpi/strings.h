// Interned strings: identifiers, teams and workers are stored once and rows hold
// a 32-bit handle, so millions of rows stay compact and compare ids in O(1).
//
// Most ids are a short prefix and a fixed number of digits ("C0001234",
// "V0000006", "123456"), as case-management systems write them. Those are not
// stored at all: their handle holds the number and the index of their format
// (prefix and digit count) in a small table, so a region's millions of unique
// visit ids cost no memory and no hash-table lookup (issue 12: interning was a
// third of reading). Every other text lives back to back in one character
// buffer, found through an open-addressing table of (hash, id) pairs.
//
// A text always gets the same handle within one pool: a format enters the table
// the first time it is seen, and stays. Handles are not ordered like the texts.
#pragma once

#include <cstdint>
#include <string>
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
  // intern() in two steps, for callers with a cache in front of the second:
  // the handle of a prefix-and-digits text (cheaper than any cache), or no_id
  // for any other; then, for a text intern_number() refused, its stored handle.
  Id intern_number(std::string_view text);
  Id intern_text(std::string_view text);
  // The handle `text` has in this pool, never adding: for a prefix-and-digits
  // text whose format the pool knows, the handle it has or would have; for any
  // other text, its handle if it was interned, else no_id.
  Id find(std::string_view text) const;
  // Starts loading the table slot where `text` is or would go, so that work
  // done before the intern() of `text` overlaps the cache miss. Does nothing for
  // a prefix-and-digits text, which needs no table.
  void prefetch(std::string_view text) const;
  // The text of a handle; "" for no_id.
  std::string str(Id id) const;
  // A prefix-and-digits handle's other 31 bits are its format and its number:
  // a dense index for tables keyed by id (finish.cpp de-duplicates with bitmaps).
  static constexpr bool is_number(Id id) { return (id & numeric_bit) != 0; }
  static constexpr std::uint32_t number_index(Id id) { return id & ~numeric_bit; }
  // The number of stored texts (prefix-and-digits ones are not stored), no_id included.
  std::size_t size() const { return offsets_.size() - 1; }

  // Adds every text of `part` (a pool filled on its own, by one chunk of a
  // file) to this pool in the order `part` first saw them, and returns the
  // translation of part's handles into this pool's. Merging the parts of a run
  // in file order gives every text the same handle whatever the number of threads.
  class Translation {
   public:
    // Call in file order: a text the part held by its format, when this pool's
    // table of formats is full, is stored here on first translation.
    Id operator()(Id id);

   private:
    friend class StringPool;
    std::vector<Id> stored_;             // part's stored handle -> this pool's
    std::vector<std::int16_t> formats_;  // part's format -> this pool's, -1: stored instead
    const StringPool* part_ = nullptr;
    StringPool* into_ = nullptr;
  };
  Translation absorb(const StringPool& part);

 private:
  // Prefix-and-digits handles: the top bit set, then the format's index, then
  // the number. A text whose number does not fit, or whose format finds the
  // table full, is stored like any other.
  static constexpr Id numeric_bit = 0x80000000u;
  static constexpr int number_bits = 24;
  static constexpr Id number_mask = (Id{1} << number_bits) - 1;
  static constexpr std::size_t max_formats = 128;
  // A format: prefix bytes (at most 6) packed with the prefix length and the digit count.
  using Format = std::uint64_t;
  struct Numeric {
    Format format;
    std::uint32_t number;
  };
  static bool numeric_form(std::string_view text, Numeric& out);
  int format_index(Format format) const;  // -1 when unknown
  int add_format(Format format);          // -1 when the table is full
  static std::string format_text(Format format, std::uint32_t number);

  // A slot of the table: the upper 32 bits hold the hash, the lower the id
  // (0: empty). Comparing hashes first avoids touching the text of most misses.
  using Slot = std::uint64_t;

  static std::uint32_t hash(std::string_view text);
  std::string_view stored(Id id) const {
    return {chars_.data() + offsets_[id], offsets_[id + 1] - offsets_[id]};
  }
  // The slot holding `text`, or the empty slot where it would go.
  std::size_t probe(std::string_view text, std::uint32_t hash) const;
  void grow();

  std::vector<char> chars_;            // every stored string back to back
  std::vector<std::size_t> offsets_;   // string id spans [offsets_[id], offsets_[id + 1])
  std::vector<Slot> slots_;            // power-of-two size, at most half full
  std::vector<Format> formats_;        // prefix-and-digits formats, in order of first sight
  int last_format_ = -1;               // the format interned last: a column's ids share one
};

}  // namespace kpi
