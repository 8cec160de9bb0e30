#pragma once
// network_pairs: the network-of-networks as a table, one row per period and pair of networks
// that share at least one member (graph::network_overlap): how many members they share, each
// one's member count, and the Jaccard overlap |A ∩ B| / |A ∪ B|. A pair that shares no one has
// no row. Each pair is listed once, in the dataset's network order (network_a before network_b).
//
// Disclosure: shared_members, members_a and members_b count people (suppressed when small in the
// board view); jaccard is computed from the three, so it goes with any of them.
#include "engine/layers/selection.hpp"
#include "engine/report/table.hpp"

namespace reticulist::report {

report::Table make_network_pairs_table();

// Appends the pairs of one selection. Cost: that of graph::network_overlap plus one row per tie.
void add_network_pair_rows(report::Table& table, const model::Dataset& ds, const layers::Selection& selection);

}  // namespace reticulist::report
