// Type 7 quantiles (engine/metrics/quantile.hpp) by hand, and leave-one-out against a brute-force
// oracle that erases the element.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <vector>

#include "engine/metrics/quantile.hpp"

namespace mt = reticulist::metrics;

namespace {

// splitmix64 (Steele, Lea & Flood 2014): a seeded generator of our own for the oracle.
std::uint64_t splitmix64(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

}  // namespace

TEST_CASE("Type 7 quantiles, leave-one-out, by hand and against erasing the element", "[metrics][quantile]") {
  // {1,2,3,4,5}: h = 4 * 0.1 = 0.4 -> 1 + 0.4 (2 - 1) = 1.4; median 3; p = 1 -> 5; p = 0 -> 1.
  const std::vector<double> x{1, 2, 3, 4, 5};
  CHECK(*mt::quantile(x, 0.1) == Approx(1.4));
  CHECK(*mt::quantile(x, 0.5) == Approx(3.0));
  CHECK(*mt::quantile(x, 1.0) == 5.0);
  CHECK(*mt::quantile(x, 0.0) == 1.0);
  CHECK(*mt::quantile(std::vector<double>{7}, 0.1) == 7.0);
  CHECK(!mt::quantile(std::vector<double>{}, 0.1));
  // Without x[0]: {2,3,4,5}, h = 0.3 -> 2.3. Without x[4]: {1,2,3,4} -> 1.3. Without the only one: NA.
  CHECK(*mt::quantile_without(x, 0, 0.1) == Approx(2.3));
  CHECK(*mt::quantile_without(x, 4, 0.1) == Approx(1.3));
  CHECK(*mt::quantile_without(x, 2, 0.5) == Approx(3.0));  // {1,2,4,5}: h = 1.5 -> 3
  CHECK(!mt::quantile_without(std::vector<double>{7}, 0, 0.1));
  CHECK(*mt::median({4, 1, 3, 2}) == Approx(2.5));
  CHECK(!mt::median({}));

  // Oracle: the leave-one-out quantile is the quantile of the vector with that element erased.
  std::uint64_t state = 20240501;
  for (int round = 0; round < 200; ++round) {
    const std::size_t n = 2 + splitmix64(state) % 11;
    std::vector<double> v(n);
    for (auto& value : v) value = static_cast<double>(splitmix64(state) % 7);  // ties on purpose
    std::sort(v.begin(), v.end());
    const double p = static_cast<double>(splitmix64(state) % 101) / 100.0;
    for (std::size_t skip = 0; skip < n; ++skip) {
      std::vector<double> rest = v;
      rest.erase(rest.begin() + static_cast<std::ptrdiff_t>(skip));
      CHECK(*mt::quantile_without(v, skip, p) == Approx(*mt::quantile(rest, p)));
    }
  }
}

TEST_CASE("Type 7 quantiles at the baseline's 5th and 95th percentiles", "[metrics][quantile]") {
  // {1,2,3,4}: p = 0.05, h = 3 * 0.05 = 0.15 -> 1 + 0.15 (2 - 1) = 1.15;
  //            p = 0.95, h = 2.85 -> 3 + 0.85 (4 - 3) = 3.85. One value is every quantile.
  const std::vector<double> v{1, 2, 3, 4};
  CHECK(*mt::quantile(v, 0.05) == Approx(1.15));
  CHECK(*mt::quantile(v, 0.95) == Approx(3.85));
  CHECK(*mt::quantile(std::vector<double>{7}, 0.95) == 7);
  CHECK_FALSE(mt::quantile(std::vector<double>{}, 0.5).has_value());
}
