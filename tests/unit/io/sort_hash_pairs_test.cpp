// The bucketed sort of (hash, index) pairs gives exactly std::sort's order.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <vector>

#include "io/sort_hash_pairs.hpp"

using Pairs = std::vector<std::pair<std::uint64_t, std::uint32_t>>;

namespace {

void check_as_std_sort(Pairs pairs) {
  Pairs expected = pairs;
  std::sort(expected.begin(), expected.end());
  reticulist::io::sort_hash_pairs(pairs.data(), pairs.size());
  CHECK(pairs == expected);
}

}  // namespace

TEST_CASE("Hash pairs sort as std::sort does: empty, one, equal hashes, one bucket", "[io][sort_hash_pairs]") {
  check_as_std_sort({});
  check_as_std_sort({{42, 0}});
  // Equal hashes end up next to each other, ordered by index (what the shared-pseudonym check needs).
  check_as_std_sort({{7, 3}, {7, 1}, {~std::uint64_t{0}, 0}, {7, 2}, {0, 9}});
  // All in one bucket (same top 16 bits): the bucket's own sort does all the work.
  Pairs same_top;
  for (std::uint32_t i = 0; i < 100; ++i) same_top.push_back({(std::uint64_t{0xABCD} << 48) | ((i * 7919u) % 101u), i});
  check_as_std_sort(same_top);
}

TEST_CASE("Hash pairs sort as std::sort does on random hashes with repeats", "[io][sort_hash_pairs]") {
  std::mt19937_64 rng(3);
  Pairs pairs;
  for (std::uint32_t i = 0; i < 200'000; ++i) {
    const std::uint64_t hash = i % 10 == 0 && !pairs.empty() ? pairs[rng() % pairs.size()].first : rng();
    pairs.push_back({hash, i});
  }
  std::shuffle(pairs.begin(), pairs.end(), rng);
  check_as_std_sort(pairs);
}
