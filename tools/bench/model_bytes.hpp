#pragma once
// Heap bytes held by a Dataset: the capacity of every vector, plus the heap buffer of every
// string too long for the small-string buffer. An estimate (allocator headers and rounding are
// not counted), to set beside the resident-set figures, which also hold freed-but-kept memory.
#include <cstdint>

#include "engine/model/dataset.hpp"

namespace reticulist::bench {

std::uint64_t model_bytes(const model::Dataset& ds);

}  // namespace reticulist::bench
