// A hash map from nonzero 64-bit keys (ids, pairs of ids) to small values, by
// open addressing in two flat arrays: de-duplicating and linking millions of
// rows without a heap node per row (std::unordered_map made linking a third of
// a region's run; issue 12).
#pragma once

#include <cassert>
#include <cstdint>
#include <utility>
#include <vector>

namespace kpi {

template <class Value>
class FlatMap {
 public:
  // Room for `expected` keys before the first growth.
  explicit FlatMap(std::size_t expected = 0) { resize(capacity_for(expected)); }

  // The value of `key`, set to `value` when the key is new; second: it was new.
  std::pair<Value*, bool> try_emplace(std::uint64_t key, Value value) {
    assert(key != 0);
    std::size_t i = slot(key);
    if (keys_[i] == key) return {&values_[i], false};
    if (2 * (size_ + 1) > keys_.size()) {
      grow();
      i = slot(key);
    }
    keys_[i] = key;
    values_[i] = std::move(value);
    ++size_;
    return {&values_[i], true};
  }
  // The value of `key`, default-made when new (as std::unordered_map's []).
  Value& operator[](std::uint64_t key) { return *try_emplace(key, Value{}).first; }
  // The value of `key`, or nullptr.
  const Value* find(std::uint64_t key) const {
    if (key == 0) return nullptr;
    std::size_t i = slot(key);
    return keys_[i] == key ? &values_[i] : nullptr;
  }
  std::size_t size() const { return size_; }

 private:
  static std::size_t capacity_for(std::size_t n) {
    std::size_t c = 16;
    while (c < 2 * n) c *= 2;
    return c;
  }
  void resize(std::size_t capacity) {
    keys_.assign(capacity, 0);
    values_.assign(capacity, Value{});
    shift_ = 64;
    for (std::size_t c = capacity; c > 1; c /= 2) --shift_;
  }
  // Where `key` is, or the empty slot where it would go. Fibonacci hashing
  // spreads ids that differ in their low bits only.
  std::size_t slot(std::uint64_t key) const {
    const std::size_t mask = keys_.size() - 1;
    for (std::size_t i = (key * 0x9E3779B97F4A7C15ull) >> shift_;; i = (i + 1) & mask)
      if (keys_[i] == key || keys_[i] == 0) return i;
  }
  void grow() {
    std::vector<std::uint64_t> keys = std::move(keys_);
    std::vector<Value> values = std::move(values_);
    resize(keys.size() * 2);
    for (std::size_t i = 0; i < keys.size(); ++i)
      if (keys[i] != 0) {
        std::size_t j = slot(keys[i]);
        keys_[j] = keys[i];
        values_[j] = std::move(values[i]);
      }
  }

  std::vector<std::uint64_t> keys_;
  std::vector<Value> values_;
  std::size_t size_ = 0;
  int shift_ = 64;
};

}  // namespace kpi
