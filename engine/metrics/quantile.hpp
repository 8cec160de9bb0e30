#pragma once
// Sample quantiles of type 7 (Hyndman & Fan 1996; R's default, numpy's "linear"), for percentile
// thresholds and medians in tables. Formula and undefined cases in quantile.cpp.
#include <cstddef>
#include <optional>
#include <span>
#include <vector>

namespace reticulist::metrics {

// The p-th quantile (0 <= p <= 1) of ascending `sorted`, Hyndman and Fan's (1996) type 7 (R's
// default, numpy's "linear"): NA when empty. O(1).
std::optional<double> quantile(std::span<const double> sorted, double p);

// The same quantile of `sorted` with its element at index `skip` left out (leave-one-out: an
// establishment is not its own peer). NA when nothing is left. O(1).
std::optional<double> quantile_without(std::span<const double> sorted, std::size_t skip, double p);

// The median (type 7, p = 0.5) of unsorted values; NA when empty. O(n log n).
std::optional<double> median(std::vector<double> values);

}  // namespace reticulist::metrics
