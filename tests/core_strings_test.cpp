// The string pool (src/core/strings.cpp): one id per distinct text, stable
// across the table's growth, and the text back byte for byte.
#include "kpi/strings.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>
#include <vector>

using kpi::Id;
using kpi::no_id;
using kpi::StringPool;

TEST_SUITE("core") {

TEST_CASE("strings: the same text gives the same id, another text another id") {
  StringPool pool;
  CHECK(pool.size() == 1);  // no_id only
  Id a = pool.intern("C1");
  Id b = pool.intern("C2");
  CHECK(a != no_id);
  CHECK(b != no_id);
  CHECK(a != b);
  CHECK(pool.intern("C1") == a);
  CHECK(pool.intern(std::string("C") + "2") == b);  // by content, not by address
  CHECK(pool.size() == 3);
  // Case and spacing make different texts: the pool does not normalise.
  CHECK(pool.intern("c1") != a);
  CHECK(pool.intern("C1 ") != a);
  CHECK(pool.size() == 5);
}

TEST_CASE("strings: empty text is no_id, which reads back as empty") {
  StringPool pool;
  CHECK(pool.intern("") == no_id);
  CHECK(pool.intern(std::string_view()) == no_id);
  CHECK(pool.find("") == no_id);
  CHECK(pool.str(no_id).empty());
  CHECK(pool.size() == 1);  // nothing added
  Id a = pool.intern("x");
  CHECK(pool.str(no_id).empty());  // still, with text in the pool
  CHECK(pool.intern("") == no_id);
  CHECK(pool.str(a) == "x");
}

TEST_CASE("strings: find never adds") {
  StringPool pool;
  CHECK(pool.find("R1") == no_id);
  CHECK(pool.size() == 1);
  Id r1 = pool.intern("R1");
  CHECK(pool.find("R1") == r1);
  CHECK(pool.find("R2") == no_id);
  CHECK(pool.find("R") == no_id);   // a prefix of an interned text
  CHECK(pool.find("R12") == no_id);  // an extension of one
  CHECK(pool.size() == 2);
}

TEST_CASE("strings: str() gives the text back; ids are dense, in order of first sight") {
  StringPool pool;
  std::vector<std::string> texts = {"North", "South", "Ann", "Bob", "Zoë", "team 7"};
  std::vector<Id> ids;
  for (const std::string& text : texts) ids.push_back(pool.intern(text));
  REQUIRE(ids.size() == texts.size());
  for (std::size_t i = 0; i < texts.size(); ++i) {
    CHECK(ids[i] == static_cast<Id>(i + 1));
    CHECK(pool.str(ids[i]) == texts[i]);
  }
}

TEST_CASE("strings: 200,000 texts through many rehashes keep their ids and text") {
  // The table starts with 1024 slots and doubles when half full: 200,000 ids
  // take it through nine doublings. Ids that differ in their last digits only
  // are the common case (visit ids).
  StringPool pool;
  const int n = 200000;
  std::vector<Id> ids(n);
  for (int i = 0; i < n; ++i) ids[i] = pool.intern(fmt::format("V{:07}", i));
  CHECK(pool.size() == static_cast<std::size_t>(n) + 1);
  int wrong_id = 0, wrong_text = 0, wrong_find = 0;
  for (int i = 0; i < n; ++i) {
    std::string text = fmt::format("V{:07}", i);
    wrong_id += ids[i] != static_cast<Id>(i + 1);
    wrong_text += pool.str(ids[i]) != text;
    wrong_find += pool.find(text) != ids[i];
  }
  CHECK(wrong_id == 0);
  CHECK(wrong_text == 0);
  CHECK(wrong_find == 0);
  // Interning them again adds nothing.
  int changed = 0;
  for (int i = 0; i < n; i += 7) changed += pool.intern(fmt::format("V{:07}", i)) != ids[i];
  CHECK(changed == 0);
  CHECK(pool.size() == static_cast<std::size_t>(n) + 1);
  CHECK(pool.find("V0200000") == no_id);
}

TEST_CASE("strings: two texts with the same 32-bit hash stay two") {
  // "C38936" and "C49162" hash alike (found by trying C0 to C2000000 against
  // the pool's hash): the table must compare the text, not only the hash,
  // before and after it grows.
  StringPool pool;
  Id a = pool.intern("C38936");
  Id b = pool.intern("C49162");
  CHECK(a != b);
  CHECK(pool.find("C38936") == a);
  CHECK(pool.find("C49162") == b);
  for (int i = 0; i < 3000; ++i) pool.intern(fmt::format("filler {}", i));  // two doublings
  CHECK(pool.find("C38936") == a);
  CHECK(pool.find("C49162") == b);
  CHECK(pool.intern("C49162") == b);
  CHECK(pool.str(a) == "C38936");
  CHECK(pool.str(b) == "C49162");
}

TEST_CASE("strings: an id outlives growth, though its characters may move") {
  // str() is valid until the next intern() only; the id stays good, which is
  // why rows keep ids, not views.
  StringPool pool;
  Id first = pool.intern("first");
  for (int i = 0; i < 5000; ++i) pool.intern(fmt::format("filler {}", i));
  CHECK(pool.str(first) == "first");
  CHECK(pool.find("first") == first);
}

TEST_CASE("strings: long texts, and texts that share a long prefix") {
  StringPool pool;
  const std::string big(1 << 20, 'x');
  Id a = pool.intern(big);
  Id b = pool.intern(big + "y");
  Id c = pool.intern(big.substr(1));
  CHECK(a != b);
  CHECK(a != c);
  CHECK(b != c);
  CHECK(pool.str(a) == big);
  CHECK(pool.str(b).size() == big.size() + 1);
  CHECK(pool.str(b).back() == 'y');
  CHECK(pool.str(c).size() == big.size() - 1);
  CHECK(pool.intern(big) == a);
}

TEST_CASE("strings: any bytes, NUL included, are text") {
  StringPool pool;
  const std::string nul_in_middle("a\0b", 3);
  const std::string nul_at_end("a\0", 2);
  const std::string only_nul("\0", 1);
  Id mid = pool.intern(nul_in_middle);
  Id end = pool.intern(nul_at_end);
  Id nul = pool.intern(only_nul);
  Id a = pool.intern("a");
  // A C-string view would cut all of these at the NUL: they must stay apart.
  CHECK(mid != end);
  CHECK(end != a);
  CHECK(nul != no_id);
  CHECK(nul != a);
  CHECK(pool.str(mid) == nul_in_middle);
  CHECK(pool.str(mid).size() == 3);
  CHECK(pool.str(end) == nul_at_end);
  CHECK(pool.str(nul) == only_nul);
  CHECK(pool.find(std::string("a\0b", 3)) == mid);
  // Bytes that are not valid UTF-8, and every byte value once.
  std::string all;
  for (int byte = 0; byte < 256; ++byte) all += static_cast<char>(byte);
  Id every = pool.intern(all);
  CHECK(pool.str(every) == all);
  Id bad = pool.intern("\xC3\x28");
  CHECK(pool.str(bad) == "\xC3\x28");
  CHECK(pool.intern("\xC3\x28") == bad);
}

}  // TEST_SUITE
