// add_repeatedly against the loop it replaces, bit for bit: by hand where the sums are exact, at
// binade boundaries, with steps whose rounding ties, and on random cases.
#include "engine/metrics/repeated_sum.hpp"

#include <catch2/catch.hpp>

#include <bit>
#include <cmath>
#include <random>

namespace m = reticulist::metrics;

namespace {

double loop(double h, double step, std::uint64_t count) {
  for (; count > 0; --count) h += step;
  return h;
}

// Same bits (a plain == would let -0.0 and 0.0 pass).
bool same(double a, double b) { return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b); }

}  // namespace

TEST_CASE("Repeated additions by hand", "[metrics][repeated_sum]") {
  // Whole and half steps are exact: 7 ones, then 5 halves, give 9.5; nothing added leaves h.
  CHECK(m::add_repeatedly(0.0, 1.0, 7) == 7.0);
  CHECK(m::add_repeatedly(7.0, 0.5, 5) == 9.5);
  CHECK(m::add_repeatedly(3.25, 1.0 / 3, 0) == 3.25);
  // Thirds are not: 3 of them from 0 make 1 and 30 make 10, but 300 make 100 - 24 x 2^-46
  // (0x1.8ffffffffffe8p+6: each sum rounds, 1/3 itself is below a third); the shortcut must agree
  // with the loop, not with 100.
  CHECK(m::add_repeatedly(0.0, 1.0 / 3, 3) == 1.0);
  CHECK(m::add_repeatedly(0.0, 1.0 / 3, 30) == 10.0);
  CHECK(same(m::add_repeatedly(0.0, 1.0 / 3, 300), 0x1.8ffffffffffe8p+6));
  // A step below half a unit of h is lost every time: 2^53 + 1 rounds back to 2^53.
  CHECK(m::add_repeatedly(9007199254740992.0, 1.0, 1000) == 9007199254740992.0);
}

TEST_CASE("Repeated additions match the loop bit for bit", "[metrics][repeated_sum][oracle]") {
  std::mt19937_64 rng(53);
  for (int trial = 0; trial < 30000; ++trial) {
    double h = 0;
    switch (rng() % 4) {
      case 0: break;                                                           // from 0
      case 1: h = static_cast<double>(rng() % 100000) + (rng() % 2 ? 0.5 : 0); break;  // whole and half sums
      case 2: {                                                                 // just below a power of 2
        const int e = static_cast<int>(rng() % 30);
        h = std::max(0.0, std::ldexp(1.0, e) - std::ldexp(static_cast<double>(rng() % 50), e - 52));
        break;
      }
      default: h = std::ldexp(static_cast<double>(rng() >> 11), -static_cast<int>(rng() % 60));
    }
    double step = 1.0 / static_cast<double>(1 + rng() % 70);  // 1/d, as harmonic sums add
    if (rng() % 3 == 0) {
      // a few significant bits at any scale: steps whose rounding ties against h's unit
      step = std::ldexp(static_cast<double>(1 + rng() % 7), -static_cast<int>(rng() % 60));
    }
    const std::uint64_t count = rng() % (h == 0 ? 20000 : 5000);
    const double got = m::add_repeatedly(h, step, count);
    const double want = loop(h, step, count);
    if (!same(got, want)) FAIL("h = " << h << ", step = " << step << ", count = " << count << ": " << got << " != " << want);
  }
}
