#include "io/sort_hash_pairs.hpp"

#include <algorithm>
#include <vector>

namespace reticulist::io {

void sort_hash_pairs(std::pair<std::uint64_t, std::uint32_t>* pairs, std::size_t count) {
  constexpr unsigned kBits = 16;
  const auto bucket = [](std::uint64_t hash) { return static_cast<std::size_t>(hash >> (64 - kBits)); };
  std::vector<std::size_t> start((std::size_t{1} << kBits) + 1, 0);
  for (std::size_t i = 0; i < count; ++i) ++start[bucket(pairs[i].first) + 1];
  for (std::size_t b = 1; b < start.size(); ++b) start[b] += start[b - 1];
  std::vector<std::pair<std::uint64_t, std::uint32_t>> sorted(count);
  std::vector<std::size_t> fill(start.begin(), start.end() - 1);
  for (std::size_t i = 0; i < count; ++i) sorted[fill[bucket(pairs[i].first)]++] = pairs[i];
  for (std::size_t b = 0; b + 1 < start.size(); ++b) {
    if (start[b + 1] - start[b] > 1) {
      std::sort(sorted.begin() + static_cast<std::ptrdiff_t>(start[b]),
                sorted.begin() + static_cast<std::ptrdiff_t>(start[b + 1]));
    }
  }
  std::copy(sorted.begin(), sorted.end(), pairs);
}

}  // namespace reticulist::io
