#include "engine/layers/spells.hpp"

#include <algorithm>
#include <stdexcept>

namespace reticulist::layers {

SpellList make_spell_list(std::uint64_t item_count, std::vector<Spell> spells) {
  for (const Spell& s : spells) {
    if (s.item >= item_count)
      throw std::out_of_range("make_spell_list: item " + std::to_string(s.item) + " of " +
                              std::to_string(item_count));
    if (s.days.first > s.days.last)
      throw std::invalid_argument("make_spell_list: a range of item " + std::to_string(s.item) +
                                  " ends before it starts");
  }
  std::sort(spells.begin(), spells.end(), [](const Spell& a, const Spell& b) {
    return a.item != b.item ? a.item < b.item : a.days.first < b.days.first;
  });
  SpellList list;
  list.offsets.assign(item_count + 1, 0);
  list.intervals.reserve(spells.size());
  std::uint64_t current = 0;  // item whose intervals are being appended
  for (const Spell& s : spells) {
    while (current < s.item) list.offsets[++current] = list.intervals.size();
    model::DateRange* last = list.intervals.size() > list.offsets[current] ? &list.intervals.back() : nullptr;
    // Touching: the next range starts the day after (as 64-bit, so Day's maximum cannot wrap).
    if (last != nullptr && static_cast<std::int64_t>(s.days.first) <= std::int64_t{last->last} + 1) {
      last->last = std::max(last->last, s.days.last);
    } else {
      list.intervals.push_back(s.days);
    }
  }
  while (current < item_count) list.offsets[++current] = list.intervals.size();
  list.intervals.shrink_to_fit();
  return list;
}

EdgeIndex::EdgeIndex(const graph::Graph& graph) : graph_(&graph), before_(graph.vertex_count() + 1, 0) {
  for (graph::Vertex u = 0; u < graph.vertex_count(); ++u) {
    const auto row = graph.neighbours(u);
    const auto upper = std::upper_bound(row.begin(), row.end(), u);
    before_[u + 1] = before_[u] + static_cast<std::uint64_t>(row.end() - upper);
  }
}

std::optional<std::uint64_t> EdgeIndex::operator()(graph::Vertex u, graph::Vertex v) const {
  if (u > v) std::swap(u, v);
  if (u == v || v >= graph_->vertex_count()) return std::nullopt;
  const auto row = graph_->neighbours(u);
  const auto upper = std::upper_bound(row.begin(), row.end(), u);
  const auto it = std::lower_bound(upper, row.end(), v);
  if (it == row.end() || *it != v) return std::nullopt;
  return before_[u] + static_cast<std::uint64_t>(it - upper);
}

}  // namespace reticulist::layers
