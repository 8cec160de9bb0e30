// assess() works on the layer with the removal as a mask; here it is checked, every field and
// every double bit for bit, against the same figures computed the direct way on the subgraph that
// graph::remove_vertices builds (what assess did before it worked on the mask), on random
// datasets: several authorities, networks and establishments, central staff, large events left
// out of the ties, shared-event and Newman weights, dF exact and sampled, 1 and 3 threads.
#include "engine/whatif/whatif_damage.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <bit>
#include <numeric>
#include <random>
#include <span>
#include <stdexcept>

#include "engine/graph/remove_vertices.hpp"
#include "engine/metrics/components.hpp"
#include "support/model_builder.hpp"
#include "support/same_block_density.hpp"

namespace g = reticulist::graph;
namespace m = reticulist::model;
namespace t = reticulist::testing;
namespace wi = reticulist::whatif;
namespace met = reticulist::metrics;

namespace {

// The figures of the layer without `removed`, computed on the subgraph itself.
wi::WhatifState on_subgraph(const m::Dataset& ds, const wi::WhatifLayer& w, const std::vector<bool>& removed,
                            const wi::AssessOptions& options) {
  const auto& graph = w.layer.graph;
  const auto sub = g::remove_vertices(graph, removed);
  const auto& h = sub.graph;
  wi::WhatifState s;
  auto& f = s.figures;
  const auto comps = met::components(h);
  f.people_removed = graph.vertex_count() - sub.original.size();
  f.vertices = h.vertex_count();
  f.ties = h.edge_count();
  f.components = comps.count;
  f.giant_share = comps.giant_share;
  f.isolates = comps.isolates;
  f.fragmentation = met::fragmentation(comps);
  std::uint64_t frame = 0;
  for (g::Vertex v = 0; v < graph.vertex_count(); ++v) frame += graph.degree(v) > 0 && !removed[v];
  const auto renumbered = [&](std::span<const g::Vertex> sources) {
    std::vector<g::Vertex> out;
    for (g::Vertex v : sources) {
      if (!removed[v]) out.push_back(static_cast<g::Vertex>(std::lower_bound(sub.original.begin(), sub.original.end(), v) - sub.original.begin()));
    }
    return out;
  };
  f.distance_fragmentation = met::distance_fragmentation(h, renumbered(options.sources), frame, 1);
  if (!options.paired_sources.empty()) {
    f.paired_distance_fragmentation = met::distance_fragmentation(h, renumbered(options.paired_sources), frame, 1);
  }
  met::Partition groups{{}, w.authority.partition.group_count};
  for (g::Vertex v : sub.original) groups.group.push_back(w.authority.partition.group[v]);
  s.blocks = met::block_density(h, groups);
  for (const auto& cell : s.blocks.cells) {
    if (cell.g == cell.h) continue;
    f.cross_authority_ties += cell.ties;
    f.authority_pairs_tied += cell.ties > 0;
  }
  if (f.ties > 0) f.cross_authority_share = static_cast<double>(f.cross_authority_ties) / static_cast<double>(f.ties);
  s.network_bridges.assign(w.networks.size(), 0);
  s.network_removed.assign(w.networks.size(), 0);
  for (std::size_t i = 0; i < w.networks.size(); ++i) {
    for (auto b = w.bridge_offsets[i]; b < w.bridge_offsets[i + 1]; ++b) {
      s.network_bridges[i] += !removed[w.bridges[b].first] && !removed[w.bridges[b].second];
    }
    for (auto k = w.member_offsets[i]; k < w.member_offsets[i + 1]; ++k) s.network_removed[i] += removed[w.members[k]];
    f.networks_with_bridges += s.network_bridges[i] > 0;
  }
  const auto& establishment = w.layer.affiliation.establishment;
  s.establishment_practitioners.assign(ds.establishments.size(), 0);
  s.establishment_outside.assign(ds.establishments.size(), 0);
  for (g::Vertex v : sub.original) {
    if (establishment[v] != m::kNone) ++s.establishment_practitioners[establishment[v]];
  }
  h.for_each_edge([&](g::Vertex u, g::Vertex v, double) {
    if (groups.group[u] == groups.group[v]) return;
    for (g::Vertex x : {u, v}) {
      if (establishment[sub.original[x]] != m::kNone) ++s.establishment_outside[establishment[sub.original[x]]];
    }
  });
  for (auto count : s.establishment_outside) f.establishments_with_outside_tie += count > 0;
  return s;
}

bool same(std::optional<double> a, std::optional<double> b) {
  if (a.has_value() != b.has_value()) return false;
  return !a || std::bit_cast<std::uint64_t>(*a) == std::bit_cast<std::uint64_t>(*b);
}

void check_same(const met::DistanceFragmentation& a, const met::DistanceFragmentation& b) {
  CHECK(same(a.value, b.value));
  CHECK(a.exact == b.exact);
  CHECK(a.sources == b.sources);
  CHECK(same(a.standard_error, b.standard_error));
}

void check_same(const wi::WhatifState& got, const wi::WhatifState& want) {
  const auto& a = got.figures;
  const auto& b = want.figures;
  CHECK(a.people_removed == b.people_removed);
  CHECK(a.vertices == b.vertices);
  CHECK(a.ties == b.ties);
  CHECK(a.components == b.components);
  CHECK(same(a.giant_share, b.giant_share));
  CHECK(a.isolates == b.isolates);
  CHECK(same(a.fragmentation, b.fragmentation));
  check_same(a.distance_fragmentation, b.distance_fragmentation);
  check_same(a.paired_distance_fragmentation, b.paired_distance_fragmentation);
  CHECK(a.cross_authority_ties == b.cross_authority_ties);
  CHECK(same(a.cross_authority_share, b.cross_authority_share));
  CHECK(a.authority_pairs_tied == b.authority_pairs_tied);
  CHECK(a.networks_with_bridges == b.networks_with_bridges);
  CHECK(a.establishments_with_outside_tie == b.establishments_with_outside_tie);
  t::check_same_block_density(got.blocks, want.blocks);
  CHECK(got.network_bridges == want.network_bridges);
  CHECK(got.network_removed == want.network_removed);
  CHECK(got.establishment_practitioners == want.establishment_practitioners);
  CHECK(got.establishment_outside == want.establishment_outside);
}

// A random dataset: events of 2-12 people in date order, each attendance at a random
// establishment (its authority) or central (no establishment, a random authority).
m::Dataset random_dataset(std::mt19937& rng) {
  const std::uint32_t people = 20 + rng() % 100;
  const std::uint32_t networks = 1 + rng() % 5;
  const std::uint32_t authorities = 1 + rng() % 5;
  const std::uint32_t establishments = rng() % 9;
  std::vector<m::AuthorityId> establishment_authority;
  for (std::uint32_t e = 0; e < establishments; ++e) establishment_authority.push_back(rng() % authorities);
  std::vector<t::TestEvent> events;
  const int count = 5 + static_cast<int>(rng() % 50);
  for (int e = 0; e < count; ++e) {
    std::vector<t::Attendance> who;
    const std::uint32_t size = 2 + rng() % 11;
    std::vector<std::uint32_t> pool(people);
    std::iota(pool.begin(), pool.end(), 0u);
    std::shuffle(pool.begin(), pool.end(), rng);
    pool.resize(size);
    std::sort(pool.begin(), pool.end());
    for (auto p : pool) {
      if (establishments > 0 && rng() % 5 != 0) {
        const auto at = static_cast<m::EstablishmentId>(rng() % establishments);
        who.push_back({p, at, establishment_authority[at]});
      } else {
        who.push_back({p, m::kNone, static_cast<m::AuthorityId>(rng() % authorities)});
      }
    }
    events.push_back({100 + e, static_cast<m::NetworkId>(rng() % networks), who});
  }
  return t::make_dataset(people, networks, authorities, events, establishments, establishment_authority);
}

}  // namespace

TEST_CASE("What-if: assess on the mask equals assess on the subgraph, every field", "[analysis][whatif][oracle]") {
  std::mt19937 rng(1412);
  for (int trial = 0; trial < 120; ++trial) {
    const auto ds = random_dataset(rng);
    g::CoattendanceOptions co;
    co.max_event_size = trial % 3 == 0 ? 8 : 0;  // some events too large to make ties
    co.weight = trial % 2 == 0 ? g::TieWeight::SharedEvents : g::TieWeight::Newman;
    const reticulist::layers::Selection all{"all", std::nullopt, g::all_events(ds)};
    const auto w = wi::build_whatif_layer(ds, all, co);
    const std::uint32_t n = w.layer.graph.vertex_count();
    CHECK(w.whole_number_weights == (co.weight == g::TieWeight::SharedEvents));
    const auto frame = met::shuffled_frame(w.layer.graph, 1 + trial);
    // Every frame vertex (exact dF), or a sample of it with a smaller paired sample.
    const std::size_t k = trial % 4 == 0 ? frame.size() : std::min<std::size_t>(frame.size(), 1 + rng() % 40);
    const std::span<const g::Vertex> sources = std::span(frame).first(k);
    const std::span<const g::Vertex> paired = std::span(frame).first(std::min<std::size_t>(k, 5));
    for (int draw = 0; draw < 4; ++draw) {
      std::vector<bool> removed(n, false);
      const auto share = draw == 0 ? 0 : rng() % 50;  // percent; none at all in the first draw
      for (g::Vertex v = 0; v < n; ++v) removed[v] = rng() % 100 < share;
      INFO("trial " << trial << ", draw " << draw << ": " << n << " vertices");
      const wi::AssessOptions options{true, sources, paired, 1 + 2 * static_cast<unsigned>(draw % 2)};
      check_same(wi::assess(ds, w, removed, options), on_subgraph(ds, w, removed, options));
    }
  }
}

TEST_CASE("What-if: assess refuses a mask of the wrong size", "[analysis][whatif]") {
  const auto ds = t::make_dataset(3, 1, 1, {{100, 0, t::people({0, 1, 2})}});
  const reticulist::layers::Selection all{"all", std::nullopt, g::all_events(ds)};
  const auto w = wi::build_whatif_layer(ds, all, {});
  CHECK_THROWS_AS(wi::assess(ds, w, std::vector<bool>(2, false), {}), std::invalid_argument);
}
