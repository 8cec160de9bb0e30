#include "engine/graph/tie_counts.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

#include "engine/parallel.hpp"

namespace reticulist::graph {
namespace {

// Counts the ties whose lower vertex lies in [first, last) into `out` (sized by the caller).
// Not inlined into the lambda that run_parts calls: there it ran 8% more instructions.
[[gnu::noinline]] void count_rows(const model::Dataset& ds, const EventIncidence& inc, const TieGroups& groups, Vertex first,
                Vertex last, TieCounts& out) {
  const std::uint32_t n = inc.vertex_count();
  // Per co-attendee, the round in which it was last counted at each level; rounds start at 1.
  std::vector<std::uint64_t> seen_in_selection(n, 0), seen_in_set(n, 0), seen_in_network(n, 0);
  std::uint64_t set_round = 0, network_round = 0;
  struct Item {
    std::uint32_t set;
    model::NetworkId network;
    std::uint32_t event;  // included-event index
  };
  std::vector<Item> items;
  const bool by_set = groups.network_set != nullptr;
  const bool by_group = groups.vertex_group != nullptr;
  for (Vertex u = first; u < last; ++u) {
    items.clear();
    for (std::uint64_t i = inc.vertex_offsets[u]; i < inc.vertex_offsets[u + 1]; ++i) {
      const std::uint32_t e = inc.vertex_events[i];
      const model::NetworkId network = ds.events.network[inc.event[e]];
      items.push_back({by_set ? (*groups.network_set)[network] : 0, network, e});
    }
    std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
      return a.set != b.set ? a.set < b.set : a.network < b.network;
    });
    bool tied = false;
    for (std::size_t k = 0; k < items.size(); ++k) {
      const Item& item = items[k];
      const bool new_set = k == 0 || item.set != items[k - 1].set;
      if (new_set) ++set_round;
      if (new_set || item.network != items[k - 1].network) ++network_round;
      for (std::uint64_t j = inc.event_offsets[item.event]; j < inc.event_offsets[item.event + 1]; ++j) {
        const Vertex v = inc.members[j];
        if (v == u) continue;
        tied = true;
        if (v < u) continue;  // counted at v's turn
        if (seen_in_network[v] != network_round) {
          seen_in_network[v] = network_round;
          ++out.by_network[item.network];
        }
        if (by_set && seen_in_set[v] != set_round) {
          seen_in_set[v] = set_round;
          ++out.by_network_set[item.set];
        }
        if (seen_in_selection[v] != std::uint64_t{u} + 1) {
          seen_in_selection[v] = std::uint64_t{u} + 1;
          ++out.ties;
          if (by_group) {
            const std::uint32_t a = (*groups.vertex_group)[u], b = (*groups.vertex_group)[v];
            if (a == b) {
              ++out.within_group[a];
            } else {
              ++out.across_group[a];
              ++out.across_group[b];
            }
          }
        }
      }
    }
    if (!tied) ++out.isolates;
  }
}

TieCounts empty_counts(const model::Dataset& ds, const TieGroups& groups) {
  TieCounts c;
  c.within_group.assign(groups.vertex_group != nullptr ? groups.vertex_groups : 0, 0);
  c.across_group.assign(c.within_group.size(), 0);
  c.by_network.assign(ds.networks.size(), 0);
  c.by_network_set.assign(groups.network_set != nullptr ? groups.network_sets : 0, 0);
  return c;
}

void add(TieCounts& into, const TieCounts& part) {
  into.ties += part.ties;
  into.isolates += part.isolates;
  const auto sum = [](std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
    for (std::size_t i = 0; i < a.size(); ++i) a[i] += b[i];
  };
  sum(into.within_group, part.within_group);
  sum(into.across_group, part.across_group);
  sum(into.by_network, part.by_network);
  sum(into.by_network_set, part.by_network_set);
}

}  // namespace

TieCounts count_ties(const model::Dataset& ds, const EventIncidence& inc, const TieGroups& groups, unsigned threads) {
  const auto check = [](const std::vector<std::uint32_t>* labels, std::size_t size, std::size_t count, const char* what) {
    if (labels == nullptr) return;
    if (labels->size() != size) {
      throw std::invalid_argument(std::string("count_ties: ") + what + " has " + std::to_string(labels->size()) +
                                  " entries, expected " + std::to_string(size));
    }
    for (std::uint32_t label : *labels) {
      if (label >= count) {
        throw std::invalid_argument(std::string("count_ties: ") + what + " " + std::to_string(label) + " is not below " +
                                    std::to_string(count));
      }
    }
  };
  check(groups.vertex_group, inc.vertex_count(), groups.vertex_groups, "vertex group");
  check(groups.network_set, ds.networks.size(), groups.network_sets, "network set");
  const std::vector<Vertex> bounds = split_by_work(inc, threads);
  threads = static_cast<unsigned>(bounds.size() - 1);
  std::vector<TieCounts> parts(threads, empty_counts(ds, groups));
  parallel::run_parts(threads, [&](std::size_t t) { count_rows(ds, inc, groups, bounds[t], bounds[t + 1], parts[t]); });
  for (unsigned t = 1; t < threads; ++t) add(parts[0], parts[t]);
  return std::move(parts[0]);
}

}  // namespace reticulist::graph
