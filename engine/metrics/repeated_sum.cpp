// Why the shortcut gives the loop's bits. Let h lie in the binade [2^(E-1), 2^E), where doubles
// are the multiples of u = 2^(E-53), so h = H u with H an integer in [2^52, 2^53); let t = step / u
// (exact: a power-of-two scaling). While the exact sum h + step stays below 2^E, its nearest double
// is a multiple of u (2^E included), so fl(h + step) = (H + rne(t)) u, where rne(t) = D is t rounded
// to the nearest integer, the same for every h of the binade unless t is a half-integer (a tie,
// broken by the parity of H: then one step is taken as the loop does). So j additions from h give
// (H + j D) u exactly, for as long as every one starts below the binade's top: with t = T0 + phi
// (T0 integer, 0 <= phi < 1), addition j' (from 0) does when H + j' D + T0 + phi < 2^53, that is
// j' D <= 2^53 - H - 1 - T0, integers both sides. The addition that leaves the binade, and any made
// while h < step (small h, where t would not fit), are made as the loop makes them. Each pass of
// the outer loop either takes every addition left in the binade or one addition, so the passes are
// about twice the binades crossed (plus log2 count while h < step). Checked bit for bit against
// the loop on random and boundary cases (tests/unit/metrics/repeated_sum_test.cpp).
#include "engine/metrics/repeated_sum.hpp"

#include <algorithm>
#include <cmath>

namespace reticulist::metrics {

double add_repeatedly(double h, double step, std::uint64_t count) {
  constexpr std::uint64_t kTop = std::uint64_t{1} << 53;  // 2^E in units of u
  while (count > 0) {
    if (h < step) {  // also h = 0
      h += step;
      --count;
      continue;
    }
    int E = 0;
    std::frexp(h, &E);                             // h in [2^(E-1), 2^E)
    const double t = std::ldexp(step, 53 - E);     // step / u, below 2^53 since step <= h
    const double t0 = std::floor(t);
    const auto H = static_cast<std::uint64_t>(std::ldexp(h, 53 - E));  // h / u
    const auto T0 = static_cast<std::uint64_t>(t0);
    const std::uint64_t room = kTop - H;           // from h to the binade's top, in units of u
    if (t - t0 == 0.5 || T0 >= room) {             // a tie, or this addition leaves the binade
      h += step;
      --count;
      continue;
    }
    const std::uint64_t D = T0 + (t - t0 > 0.5 ? 1 : 0);  // rne(t): each addition adds D u
    if (D == 0) return h;                          // each addition rounds back to h
    const std::uint64_t j = std::min(count, (room - 1 - T0) / D + 1);
    h = std::ldexp(static_cast<double>(H + j * D), E - 53);
    count -= j;
  }
  return h;
}

}  // namespace reticulist::metrics
