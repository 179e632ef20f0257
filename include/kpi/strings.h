// Interned strings: identifiers, teams and workers are stored once and rows hold
// a 32-bit handle, so millions of rows stay compact and compare ids in O(1).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kpi {

// A handle into a StringPool. 0 is "not recorded".
using Id = std::uint32_t;
inline constexpr Id no_id = 0;

class StringPool {
 public:
  StringPool() { strings_.emplace_back(); }

  // The handle of `text`, adding it when new. Empty text gives no_id.
  Id intern(std::string_view text) {
    if (text.empty()) return no_id;
    if (auto it = index_.find(text); it != index_.end()) return it->second;
    Id id = static_cast<Id>(strings_.size());
    strings_.emplace_back(text);
    index_.emplace(strings_.back(), id);
    return id;
  }
  // The handle of `text` if it was interned, else no_id. Never adds.
  Id find(std::string_view text) const {
    auto it = index_.find(text);
    return it == index_.end() ? no_id : it->second;
  }
  const std::string& str(Id id) const { return strings_[id]; }
  std::size_t size() const { return strings_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  // std::string in a vector may move on growth, so the map keys are copies, not views.
  std::vector<std::string> strings_;
  std::unordered_map<std::string, Id, Hash, std::equal_to<>> index_;
};

}  // namespace kpi
