#pragma once
// Distributions on top of Rng, written out so that they draw the same numbers everywhere
// (std::normal_distribution and friends are implementation-defined).
#include <cstdint>
#include <span>
#include <vector>

#include "rng.hpp"

namespace reticulist::generate {

// Standard normal by Marsaglia's polar method (needs only log and sqrt; the second value of
// each pair is dropped so that a draw never depends on an earlier call).
double normal(Rng& rng);
inline double normal(Rng& rng, double mean, double sd) { return mean + sd * normal(rng); }
// exp(N(mu, sigma)); `median` = exp(mu).
double lognormal_median(Rng& rng, double median, double sigma);
// Knuth's product method below 30, a rounded normal above (event counts only need the shape).
int poisson(Rng& rng, double mean);
// Index drawn with probability proportional to weights[i] (linear scan: for short lists).
std::size_t weighted_index(Rng& rng, std::span<const double> weights);
// Fisher-Yates, front to back.
template <typename T>
void shuffle(Rng& rng, std::vector<T>& items) {
  for (std::size_t i = items.size(); i > 1; --i) {
    const std::size_t j = rng.below(i);
    std::swap(items[i - 1], items[j]);
  }
}

// Repeated weighted choice from a fixed population: cumulative sums and a binary search.
class WeightedChooser {
 public:
  WeightedChooser() = default;
  WeightedChooser(std::vector<std::uint32_t> items, std::span<const double> weights);
  bool empty() const { return items_.empty(); }
  std::size_t size() const { return items_.size(); }
  std::uint32_t pick(Rng& rng) const;

 private:
  std::vector<std::uint32_t> items_;
  std::vector<double> cumulative_;
};

// k distinct indices of `weights`, without replacement, by Efraimidis and Spirakis (2006):
// key_i = log(u_i) / w_i, keep the k largest. Ties are broken by index, so the chosen set is
// unique; `out` is returned in increasing index order. `scratch` is reused between calls.
struct KeyedIndex {
  double key;
  std::uint32_t index;
};
void weighted_sample(Rng& rng, std::span<const double> weights, std::size_t k,
                     std::vector<std::uint32_t>& out, std::vector<KeyedIndex>& scratch);

// Nearest-rank quantile of sorted values (q in [0, 1]).
template <typename T>
T quantile_sorted(const std::vector<T>& sorted, double q) {
  if (sorted.empty()) return T{};
  std::size_t rank = static_cast<std::size_t>(q * static_cast<double>(sorted.size() - 1) + 0.5);
  if (rank >= sorted.size()) rank = sorted.size() - 1;
  return sorted[rank];
}

}  // namespace reticulist::generate
