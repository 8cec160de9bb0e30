#pragma once
// Time spells of a layer's vertices and edges: when each is present, for GEXF's timeline
// (attributed_layer.hpp builds them per period).
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "engine/graph/graph.hpp"
#include "engine/model/civil_date.hpp"

namespace reticulist::layers {

// Time intervals for items 0..count-1 (the vertices, or the edges in for_each_edge order) in
// compressed sparse row form, so a national graph needs no vector per vertex: item i holds
// intervals[offsets[i] .. offsets[i+1]). Intervals are inclusive day ranges, sorted and disjoint
// within an item. An item with no interval has no time limit in GEXF (present throughout).
struct SpellList {
  std::vector<std::uint64_t> offsets{};  // item count + 1 entries, offsets[0] = 0; empty = no items
  std::vector<model::DateRange> intervals{};

  std::uint64_t item_count() const { return offsets.empty() ? 0 : offsets.size() - 1; }
  std::span<const model::DateRange> of(std::uint64_t item) const {
    return {intervals.data() + offsets[item], intervals.data() + offsets[item + 1]};
  }
};

// One interval of one item, as a caller collects them (for example one per membership period).
struct Spell {
  std::uint64_t item;
  model::DateRange days;
};

// Builds a SpellList from intervals given in any order, with repeats: sorts them by item and
// start, and merges ranges that overlap or touch (one ending on day d and one starting on d + 1
// become one spell, so consecutive sessions make one unbroken spell on Gephi's timeline).
// Throws std::out_of_range for an item >= item_count and std::invalid_argument for a range whose
// first day is after its last. Cost O(s log s) for s spells; memory O(item_count + s).
SpellList make_spell_list(std::uint64_t item_count, std::vector<Spell> spells);

struct Spells {
  SpellList vertices{};  // one item per vertex
  SpellList edges{};     // one item per edge in for_each_edge order, or no items: no edge spells
};

// The position of each edge in Graph::for_each_edge order, found from its two ends: the index of
// edge rows in `AttributedLayer::edges` and of items in `Spells::edges`. Holds a reference to the
// graph (keep it alive) and one count per vertex; construction O(n + m), lookup O(log degree).
class EdgeIndex {
 public:
  explicit EdgeIndex(const graph::Graph& graph);
  // The index of edge {u, v} (either order), nullopt when u and v are not tied (or u == v).
  std::optional<std::uint64_t> operator()(graph::Vertex u, graph::Vertex v) const;

 private:
  const graph::Graph* graph_;
  std::vector<std::uint64_t> before_;  // before_[u]: edges {x, y}, x < y, with x < u
};

}  // namespace reticulist::layers
