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
  Id a = pool.intern("Carol");
  Id b = pool.intern("Carl");
  CHECK(a != no_id);
  CHECK(b != no_id);
  CHECK(a != b);
  CHECK(pool.intern("Carol") == a);
  CHECK(pool.intern(std::string("Car") + "l") == b);  // by content, not by address
  CHECK(pool.size() == 3);
  // Case and spacing make different texts: the pool does not normalise.
  CHECK(pool.intern("carol") != a);
  CHECK(pool.intern("Carol ") != a);
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
  CHECK(pool.find("North") == no_id);
  CHECK(pool.size() == 1);
  Id north = pool.intern("North");
  CHECK(pool.find("North") == north);
  CHECK(pool.find("South") == no_id);
  CHECK(pool.find("Nort") == no_id);    // a prefix of an interned text
  CHECK(pool.find("Northe") == no_id);  // an extension of one
  CHECK(pool.size() == 2);
}

TEST_CASE("strings: prefix-and-digits ids are held as numbers, and read back byte for byte") {
  StringPool pool;
  const std::vector<std::string> texts = {"C0000001", "C0000002", "V0000006", "123456", "0",
                                          "007",      "7",        "ABCDEF1",  "x-9",    "C1"};
  std::vector<Id> ids;
  for (const std::string& text : texts) ids.push_back(pool.intern(text));
  CHECK(pool.size() == 1);  // none of them is stored as text
  for (std::size_t i = 0; i < texts.size(); ++i) {
    CHECK(pool.str(ids[i]) == texts[i]);
    CHECK(pool.intern(texts[i]) == ids[i]);
    CHECK(pool.find(texts[i]) == ids[i]);
    for (std::size_t j = 0; j < i; ++j) CHECK(ids[i] != ids[j]);  // "007" and "7" differ
  }
  // Not prefix and digits, or too big for a handle: stored as text.
  for (std::string text : {"C12a", "ABCDEFG1", "C0000000000001", "C99999999", "1.5", "C 1 "}) {
    Id id = pool.intern(text);
    CHECK(pool.str(id) == text);
    CHECK(pool.intern(text) == id);
  }
  CHECK(pool.size() == 7);
  // A prefix with bytes that are not letters, and the largest number that fits.
  Id big = pool.intern("#16777215");
  CHECK(pool.str(big) == "#16777215");
  Id over = pool.intern("#16777216");
  CHECK(pool.str(over) == "#16777216");
  CHECK(pool.size() == 8);  // only the one over the limit
}

TEST_CASE("strings: a full table of formats stores new formats as text, the same text always alike") {
  StringPool pool;
  // 128 formats fill the table: prefixes P0..P9 do not count (a digit ends a
  // prefix), so use letters and widths.
  std::vector<std::string> firsts;
  for (int f = 0; f < 128; ++f)
    firsts.push_back(std::string(1, static_cast<char>('A' + f % 26)) + std::string(1 + f / 26, '0'));
  for (const std::string& text : firsts) pool.intern(text);
  CHECK(pool.size() == 1);
  Id late = pool.intern("Z0000000000");  // a 129th format
  CHECK(pool.size() == 2);
  CHECK(pool.str(late) == "Z0000000000");
  CHECK(pool.intern("Z0000000000") == late);
  CHECK(pool.find("Z0000000000") == late);
  Id known = pool.intern("A5");  // a known format still needs no text
  CHECK(pool.size() == 2);
  CHECK(pool.str(known) == "A5");
}

TEST_CASE("strings: absorbing parts in order gives the ids of one pool fed in that order") {
  // Chunks of a file are read into pools of their own and absorbed in file
  // order: the result must not depend on where the file was cut.
  std::vector<std::string> texts;
  for (int i = 0; i < 3000; ++i) {
    texts.push_back(fmt::format("C{:04}", i % 700));
    texts.push_back(i % 3 ? "North" : fmt::format("team {}", i % 40));
    texts.push_back(fmt::format("R-{}", i));
    texts.push_back(fmt::format("{:06}", i * 7));
  }
  StringPool whole;
  std::vector<Id> expected;
  for (const std::string& text : texts) expected.push_back(whole.intern(text));
  for (std::size_t cut : {1u, 5u, 64u, 997u, 5000u}) {
    StringPool run;
    std::vector<Id> got;
    for (std::size_t from = 0; from < texts.size(); from += cut) {
      StringPool part;
      std::vector<Id> local;
      for (std::size_t i = from; i < std::min(texts.size(), from + cut); ++i)
        local.push_back(part.intern(texts[i]));
      StringPool::Translation t = run.absorb(part);
      for (Id id : local) got.push_back(t(id));
    }
    CHECK(got == expected);
    CHECK(run.size() == whole.size());
  }
}

TEST_CASE("strings: str() gives the text back; stored ids are dense, in order of first sight") {
  StringPool pool;
  std::vector<std::string> texts = {"North", "South", "Ann", "Bob", "Zoë", "team seven"};
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
  // take it through nine doublings. Ids that differ in a few digits only are
  // the common case (visit ids; these end in text, so they are stored).
  StringPool pool;
  const int n = 200000;
  std::vector<Id> ids(n);
  for (int i = 0; i < n; ++i) ids[i] = pool.intern(fmt::format("V{:07}-x", i));
  CHECK(pool.size() == static_cast<std::size_t>(n) + 1);
  int wrong_id = 0, wrong_text = 0, wrong_find = 0;
  for (int i = 0; i < n; ++i) {
    std::string text = fmt::format("V{:07}-x", i);
    wrong_id += ids[i] != static_cast<Id>(i + 1);
    wrong_text += pool.str(ids[i]) != text;
    wrong_find += pool.find(text) != ids[i];
  }
  CHECK(wrong_id == 0);
  CHECK(wrong_text == 0);
  CHECK(wrong_find == 0);
  // Interning them again adds nothing.
  int changed = 0;
  for (int i = 0; i < n; i += 7) changed += pool.intern(fmt::format("V{:07}-x", i)) != ids[i];
  CHECK(changed == 0);
  CHECK(pool.size() == static_cast<std::size_t>(n) + 1);
  CHECK(pool.find("V0200000-x") == no_id);
}

TEST_CASE("strings: two texts with the same 32-bit hash stay two") {
  // "C6936z" and "C71630z" hash alike (found by trying C0z to C2000000z
  // against the pool's hash; texts ending in a letter, as prefix-and-digits
  // texts are not hashed): the table must compare the text, not only the hash,
  // before and after it grows.
  StringPool pool;
  Id a = pool.intern("C6936z");
  Id b = pool.intern("C71630z");
  CHECK(a != b);
  CHECK(pool.find("C6936z") == a);
  CHECK(pool.find("C71630z") == b);
  for (int i = 0; i < 3000; ++i) pool.intern(fmt::format("filler {}", i));  // two doublings
  CHECK(pool.find("C6936z") == a);
  CHECK(pool.find("C71630z") == b);
  CHECK(pool.intern("C71630z") == b);
  CHECK(pool.str(a) == "C6936z");
  CHECK(pool.str(b) == "C71630z");
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
