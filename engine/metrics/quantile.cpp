// Sample quantiles, Hyndman, R. J. & Fan, Y. (1996) "Sample quantiles in statistical packages",
// The American Statistician 50(4), 361-365, type 7 (R's default quantile, numpy's "linear"): with
// n values sorted y_0 <= ... <= y_{n-1} and h = (n - 1) p,
//   Q_p = y_floor(h) + (h - floor(h)) (y_floor(h)+1 - y_floor(h)),   Q_1 = y_{n-1}.
// NA for no value. quantile_without leaves one value out (an establishment is not its own peer):
// the same formula over the n - 1 others, indexed around the one left out, without a copy.
// Cost: O(1) each; median O(n log n) (it sorts).
#include "engine/metrics/quantile.hpp"

#include <algorithm>
#include <cmath>

namespace reticulist::metrics {

std::optional<double> quantile(std::span<const double> sorted, double p) {
  if (sorted.empty()) return std::nullopt;
  const double h = static_cast<double>(sorted.size() - 1) * p;
  const auto lo = static_cast<std::size_t>(std::floor(h));
  if (lo + 1 >= sorted.size()) return sorted.back();
  return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[lo + 1] - sorted[lo]);
}

std::optional<double> quantile_without(std::span<const double> sorted, std::size_t skip, double p) {
  if (sorted.size() <= 1) return std::nullopt;
  const std::size_t m = sorted.size() - 1;
  const auto y = [&](std::size_t k) { return sorted[k < skip ? k : k + 1]; };  // k-th of the rest
  const double h = static_cast<double>(m - 1) * p;
  const auto lo = static_cast<std::size_t>(std::floor(h));
  if (lo + 1 >= m) return y(m - 1);
  return y(lo) + (h - static_cast<double>(lo)) * (y(lo + 1) - y(lo));
}

std::optional<double> median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return quantile(values, 0.5);
}

}  // namespace reticulist::metrics
