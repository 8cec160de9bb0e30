// StringInterner and its inline helpers (engine/model/string_interner.hpp): equal_bytes compares
// short strings with overlapping word loads, so every length up to past its longest path is
// checked against plain comparison, with a difference at every position.
#include "engine/model/string_interner.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace reticulist::model {
namespace {

TEST_CASE("equal_bytes agrees with plain comparison at every length and position", "[model][interner]") {
  for (std::size_t n = 0; n <= 40; ++n) {
    std::string a(n, 'x');
    for (std::size_t i = 0; i < n; ++i) a[i] = static_cast<char>('a' + (i * 7) % 26);
    const std::string same = a;
    CHECK(equal_bytes(a.data(), same.data(), n));
    CHECK(equal_bytes(std::string_view(a), std::string_view(same)));
    for (std::size_t at = 0; at < n; ++at) {
      std::string b = a;
      b[at] = static_cast<char>(b[at] ^ 0x20);
      INFO("length " << n << ", difference at " << at);
      CHECK_FALSE(equal_bytes(a.data(), b.data(), n));
    }
    if (n > 0) CHECK_FALSE(equal_bytes(std::string_view(a), std::string_view(a).substr(1)));  // sizes differ
  }
}

TEST_CASE("StringInterner numbers strings in order of first sight", "[model][interner]") {
  StringInterner interner;
  std::vector<std::string> values;
  for (int i = 0; i < 5000; ++i) values.push_back("person" + std::to_string(i) + "@glow.sch.uk");
  for (std::size_t i = 0; i < values.size(); ++i) CHECK(interner.intern(values[i]) == i);
  for (std::size_t i = 0; i < values.size(); ++i) {
    CHECK(interner.intern(values[i]) == i);
    CHECK(interner.find(values[i]) == i);
    CHECK(interner[static_cast<std::uint32_t>(i)] == values[i]);
  }
  CHECK(interner.size() == values.size());
  CHECK(interner.find("nobody@glow.sch.uk") == UINT32_MAX);
  CHECK(interner.intern("") == values.size());
  CHECK(interner.find("") == values.size());
}

TEST_CASE("hash_bytes depends on every byte and on the length", "[model][interner]") {
  const std::string base = "gw23870542@glow.sch.uk";
  for (std::size_t at = 0; at < base.size(); ++at) {
    std::string changed = base;
    changed[at] = static_cast<char>(changed[at] + 1);
    CHECK(hash_bytes(changed) != hash_bytes(base));
  }
  CHECK(hash_bytes(std::string_view("\0", 1)) != hash_bytes(std::string_view()));
}

}  // namespace
}  // namespace reticulist::model

namespace reticulist::model {

TEST_CASE("interning with the hash given, after asking for its slot, gives the same ids", "[model][interner]") {
  StringInterner plain;
  StringInterner hashed;
  for (int i = 0; i < 5000; ++i) {  // enough to grow the table several times
    const std::string value = "p" + std::to_string(i % 1700) + "@glow.sch.uk";
    const std::uint64_t h = hash_bytes(value);
    hashed.prefetch(h);
    REQUIRE(hashed.intern(value, h) == plain.intern(value));
  }
  CHECK(hashed.size() == 1700);
  CHECK(hashed.find("p1699@glow.sch.uk") == 1699);
}

}  // namespace reticulist::model
