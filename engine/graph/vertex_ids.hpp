#pragma once
// Practitioner -> vertex of a layer for the length of one call, in an array of all practitioners
// kept per thread across calls: a call on a small selection (one network) then costs O(its
// records), neither a search per record nor O(all practitioners) to set up. Entries start and are
// left kNone: the practitioners listed in `set` (which may grow while the scope lives) are reset
// when the scope ends, an error included.
#include <cstdint>
#include <vector>

#include "engine/model/dataset.hpp"

namespace reticulist::graph {

class ScopedVertexIds {
 public:
  ScopedVertexIds(std::size_t practitioner_count, const std::vector<model::PractitionerId>& set) : set_(set) {
    if (ids_.size() < practitioner_count) ids_.assign(practitioner_count, model::kNone);
  }
  ~ScopedVertexIds() {
    for (auto p : set_) ids_[p] = model::kNone;
  }
  ScopedVertexIds(const ScopedVertexIds&) = delete;
  ScopedVertexIds& operator=(const ScopedVertexIds&) = delete;

  std::uint32_t& operator[](model::PractitionerId p) { return ids_[p]; }

 private:
  static inline thread_local std::vector<std::uint32_t> ids_;
  const std::vector<model::PractitionerId>& set_;
};

}  // namespace reticulist::graph
