#pragma once
// A double added to itself step by step, as a loop `for (k = count; k > 0; --k) h += step;` does,
// with each sum rounded, but in a handful of operations instead of `count`: harmonic sums
// (fragmentation.cpp) add 1/d once per vertex at distance d, and keep the loop's bits. See
// repeated_sum.cpp for why the shortcut is exact.
#include <cstdint>

namespace reticulist::metrics {

// The loop's result, to the last bit, for h >= 0 and step > 0 (finite, normal), in
// round-to-nearest-even. Time O(log count + binades of [h, result]).
double add_repeatedly(double h, double step, std::uint64_t count);

}  // namespace reticulist::metrics
