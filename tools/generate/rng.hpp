#pragma once
// The generator's own random numbers: xoshiro256** seeded through splitmix64 (Blackman and
// Vigna 2018). The standard library's engines are specified but its distributions are not,
// so every draw below is spelt out here and the output is the same on every machine.
#include <cstdint>

namespace reticulist::generate {

// splitmix64: seeds xoshiro and derives independent streams from (seed, stream id).
inline std::uint64_t splitmix64(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

class Rng {
 public:
  // One stream per (seed, stream): each stage of the generator draws from its own stream, so
  // changing how much one stage draws does not shift every later stage.
  Rng(std::uint64_t seed, std::uint64_t stream) {
    std::uint64_t sm = seed ^ (stream * 0xD1B54A32D192ED03ULL);
    for (auto& word : state_) word = splitmix64(sm);
  }

  std::uint64_t next() {
    const std::uint64_t result = rotl(state_[1] * 5, 7) * 9;
    const std::uint64_t t = state_[1] << 17;
    state_[2] ^= state_[0];
    state_[3] ^= state_[1];
    state_[1] ^= state_[2];
    state_[0] ^= state_[3];
    state_[2] ^= t;
    state_[3] = rotl(state_[3], 45);
    return result;
  }

  // [0, 1) from the top 53 bits: every value is an exact multiple of 2^-53.
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  // (0, 1): safe to take the logarithm of.
  double uniform_open() { return (static_cast<double>(next() >> 11) + 0.5) * 0x1.0p-53; }
  double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
  bool bernoulli(double p) { return uniform() < p; }

  // [0, n): the high word of a 64 x 64-bit product (Lemire); the bias, n / 2^64, is far
  // below anything visible.
  std::uint64_t below(std::uint64_t n) { return mul_high(next(), n); }
  // [lo, hi] inclusive.
  int between(int lo, int hi) {
    return lo + static_cast<int>(below(static_cast<std::uint64_t>(hi - lo) + 1));
  }

 private:
  static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  // Portable (no __int128): schoolbook multiplication on 32-bit halves.
  static std::uint64_t mul_high(std::uint64_t a, std::uint64_t b) {
    const std::uint64_t a_lo = a & 0xFFFFFFFFULL, a_hi = a >> 32;
    const std::uint64_t b_lo = b & 0xFFFFFFFFULL, b_hi = b >> 32;
    const std::uint64_t lo_lo = a_lo * b_lo, hi_lo = a_hi * b_lo, lo_hi = a_lo * b_hi, hi_hi = a_hi * b_hi;
    const std::uint64_t cross = (lo_lo >> 32) + (hi_lo & 0xFFFFFFFFULL) + lo_hi;
    return hi_hi + (hi_lo >> 32) + (cross >> 32);
  }
  std::uint64_t state_[4];
};

// Stream ids, one per stage.
enum class Stream : std::uint64_t {
  Authorities = 1,
  Establishments = 2,
  Networks = 3,
  Simulation = 4,
  Messiness = 5,
  Moves = 6,
};

inline Rng make_rng(std::uint64_t seed, Stream stream, std::uint64_t sub = 0) {
  return Rng(seed, static_cast<std::uint64_t>(stream) * 1000003ULL + sub);
}

}  // namespace reticulist::generate
