#pragma once
// The engine's seeded random numbers: xoshiro256** (Blackman & Vigna 2018, "Scrambled linear
// pseudorandom number generators"), its state filled by splitmix64 (Steele, Lea & Flood 2014)
// from a seed and a stream index. Stream i of a seed is a generator of its own, so work split
// into numbered units (repetitions, samples) draws the same numbers whatever the number of
// threads and whichever thread runs a unit. Identical on every platform, unlike the
// implementation-defined std:: distributions; never rand().
#include <bit>
#include <cstdint>
#include <span>
#include <utility>

namespace reticulist {

// splitmix64's output function (a bijection of 64-bit words).
inline std::uint64_t mix64(std::uint64_t z) {
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

// splitmix64: advances `state` and returns the next output.
inline std::uint64_t splitmix64(std::uint64_t& state) { return mix64(state += 0x9E3779B97F4A7C15ull); }

class Xoshiro256 {
 public:
  // The generator of stream `stream` under `seed`.
  Xoshiro256(std::uint64_t seed, std::uint64_t stream) {
    std::uint64_t state = seed;
    state = splitmix64(state) ^ (stream * 0xD1342543DE82EF95ull);
    for (auto& word : s_) word = splitmix64(state);
  }
  // The generator whose state is splitmix64's next four outputs from `key` (for callers that
  // derive one key per unit of work themselves).
  static Xoshiro256 from_key(std::uint64_t key) {
    Xoshiro256 rng;
    for (auto& word : rng.s_) word = splitmix64(key);
    return rng;
  }
  std::uint64_t next() {
    const std::uint64_t result = std::rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = std::rotl(s_[3], 45);
    return result;
  }
  // Uniform on [0, bound), bound > 0, without modulo bias (the 2^64 mod bound lowest outputs
  // are rejected).
  std::uint64_t below(std::uint64_t bound) {
    const std::uint64_t threshold = (0 - bound) % bound;
    for (;;) {
      const std::uint64_t x = next();
      if (x >= threshold) return x % bound;
    }
  }
  // Uniform on [0, bound), bound > 0, without bias, by Lemire's multiply-shift (Lemire 2019, "Fast
  // random integer generation in an interval"): fewer divisions than below(), other draws.
  std::uint64_t below_by_multiply(std::uint64_t bound) {
    __extension__ using U128 = unsigned __int128;
    U128 m = static_cast<U128>(next()) * bound;
    if (static_cast<std::uint64_t>(m) < bound) {
      const std::uint64_t threshold = (0 - bound) % bound;
      while (static_cast<std::uint64_t>(m) < threshold) m = static_cast<U128>(next()) * bound;
    }
    return static_cast<std::uint64_t>(m >> 64);
  }
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }  // [0, 1), 53 random bits

 private:
  Xoshiro256() = default;
  std::uint64_t s_[4];
};

// Partial Fisher-Yates: afterwards items[0, k) is a uniform sample without replacement of the
// items, in random order (k <= items.size()). O(k).
template <class T>
void sample_prefix(std::span<T> items, std::size_t k, Xoshiro256& rng) {
  for (std::size_t i = 0; i < k; ++i) {
    const std::size_t j = i + static_cast<std::size_t>(rng.below(items.size() - i));
    std::swap(items[i], items[j]);
  }
}

}  // namespace reticulist
