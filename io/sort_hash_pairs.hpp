#pragma once
// Sorting (64-bit hash, index) pairs, as std::sort orders them, about three times faster for
// hundreds of thousands of well-mixed hashes: a counting sort by the hash's top 16 bits, then each
// bucket (a handful of pairs) sorted. Ingest sorts the pseudonyms' hashes this way, on one thread,
// for the check that no two people share a pseudonym (0.007 s instead of 0.021 s for 293,000).
#include <cstddef>
#include <cstdint>
#include <utility>

namespace reticulist::io {

void sort_hash_pairs(std::pair<std::uint64_t, std::uint32_t>* pairs, std::size_t count);

}  // namespace reticulist::io
