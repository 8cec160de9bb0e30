#pragma once
// Whether two block matrices are the same in every field, doubles bit for bit (block density
// computed two ways: on a subgraph, and from the whole graph's matrix without some vertices).
#include "engine/metrics/block_density.hpp"

namespace reticulist::testing {

void check_same_block_density(const metrics::BlockDensityResult& got, const metrics::BlockDensityResult& want);

}  // namespace reticulist::testing
