#include "distributions.hpp"

#include <algorithm>
#include <cmath>

#include "det_math.hpp"

namespace reticulist::generate {

double normal(Rng& rng) {
  for (;;) {
    const double u = 2.0 * rng.uniform() - 1.0;
    const double v = 2.0 * rng.uniform() - 1.0;
    const double s = u * u + v * v;
    if (s > 0.0 && s < 1.0) return u * std::sqrt(-2.0 * det_log(s) / s);
  }
}

double lognormal_median(Rng& rng, double median, double sigma) {
  return median * det_exp(sigma * normal(rng));
}

int poisson(Rng& rng, double mean) {
  if (mean <= 0.0) return 0;
  if (mean < 30.0) {
    const double limit = det_exp(-mean);
    int k = 0;
    double product = rng.uniform_open();
    while (product > limit) {
      ++k;
      product *= rng.uniform_open();
    }
    return k;
  }
  const double x = std::floor(normal(rng, mean, std::sqrt(mean)) + 0.5);
  return x < 0.0 ? 0 : static_cast<int>(x);
}

std::size_t weighted_index(Rng& rng, std::span<const double> weights) {
  double total = 0.0;
  for (double w : weights) total += w;
  double u = rng.uniform() * total;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    if (u < weights[i]) return i;
    u -= weights[i];
  }
  return weights.size() - 1;  // rounding at the very top
}

WeightedChooser::WeightedChooser(std::vector<std::uint32_t> items, std::span<const double> weights)
    : items_(std::move(items)) {
  cumulative_.reserve(items_.size());
  double sum = 0.0;
  for (std::size_t i = 0; i < items_.size(); ++i) {
    sum += weights[i];
    cumulative_.push_back(sum);
  }
}

std::uint32_t WeightedChooser::pick(Rng& rng) const {
  const double u = rng.uniform() * cumulative_.back();
  auto it = std::upper_bound(cumulative_.begin(), cumulative_.end(), u);
  if (it == cumulative_.end()) --it;
  return items_[static_cast<std::size_t>(it - cumulative_.begin())];
}

void weighted_sample(Rng& rng, std::span<const double> weights, std::size_t k,
                     std::vector<std::uint32_t>& out, std::vector<KeyedIndex>& scratch) {
  out.clear();
  const std::size_t n = weights.size();
  if (k >= n) {
    for (std::size_t i = 0; i < n; ++i) out.push_back(static_cast<std::uint32_t>(i));
    return;
  }
  if (k == 0) return;
  scratch.clear();
  for (std::size_t i = 0; i < n; ++i) {
    scratch.push_back({det_log(rng.uniform_open()) / weights[i], static_cast<std::uint32_t>(i)});
  }
  // A strict total order (key descending, then index) makes the chosen set unique whatever
  // nth_element's implementation does with ties.
  const auto larger = [](const KeyedIndex& a, const KeyedIndex& b) {
    return a.key > b.key || (a.key == b.key && a.index < b.index);
  };
  std::nth_element(scratch.begin(), scratch.begin() + static_cast<std::ptrdiff_t>(k - 1),
                   scratch.end(), larger);
  for (std::size_t i = 0; i < k; ++i) out.push_back(scratch[i].index);
  std::sort(out.begin(), out.end());
}

}  // namespace reticulist::generate
