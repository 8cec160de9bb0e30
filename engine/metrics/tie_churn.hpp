#pragma once
// Tie churn between two snapshots of a layer: ties formed, dissolved and kept, with formation
// and dissolution fractions in the manner of tsna's tEdgeFormation / tEdgeDissolution.
// Definitions, the differences from tsna, and costs are in tie_churn.cpp.
#include <cstdint>
#include <optional>
#include <vector>

#include "engine/graph/graph.hpp"

namespace reticulist::metrics {

// One snapshot, compact: its vertices as entity ids (practitioner or authority ids, ascending),
// optionally a group per vertex (its authority), and its ties as sorted keys
// (entity_u << 32 | entity_v, entity_u < entity_v). Ties are matched across snapshots by entity,
// and weights play no part. About 8 bytes a tie, against the CSR graph's 24.
struct TieSet {
  std::vector<std::uint32_t> entity;
  std::vector<std::uint32_t> group;  // per vertex, beside entity; empty when not grouped
  std::vector<std::uint64_t> ties;
};

// `entity[v]` is what vertex v of g stands for (ascending, as PractitionerLayer and GroupLayer
// hold them); `group` (per vertex) is kept for the cross-group subset. Throws
// std::invalid_argument when the columns do not match g's vertices or entity is not ascending.
TieSet tie_set(const graph::Graph& g, const std::vector<std::uint32_t>& entity,
               const std::vector<std::uint32_t>* group = nullptr);

struct TieChurn {
  std::uint64_t vertices_before = 0;
  std::uint64_t vertices_after = 0;
  std::uint64_t ties_before = 0;             // |E_t|
  std::uint64_t ties_after = 0;              // |E_t+1|
  std::uint64_t formed = 0;                  // |E_t+1 \ E_t|
  std::uint64_t dissolved = 0;               // |E_t \ E_t+1|
  std::uint64_t kept = 0;                    // |E_t n E_t+1|
  std::uint64_t dissolved_both_present = 0;  // dissolved ties whose two ends are both vertices at t+1
  std::uint64_t possible_formations = 0;     // pairs of t+1 vertices (in different groups) not tied at t

  std::optional<double> formation_fraction() const;    // formed / possible_formations; NA when 0
  std::optional<double> dissolution_fraction() const;  // dissolved / ties_before; NA when 0
};

// `across_groups`: count only the ties between vertices of different groups in their snapshot
// (both sets need groups, else std::invalid_argument).
TieChurn tie_churn(const TieSet& before, const TieSet& after, bool across_groups = false);

}  // namespace reticulist::metrics
