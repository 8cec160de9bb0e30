#pragma once
// authority_ties: the authority x authority matrix of the Board's heatmap and diagram, every
// ordered pair (a, b) once per period (so a heatmap or a workbook reader needs no mirroring), with
// the measures a Board reads beside the tie count:
//   density               ties / possible pairs (Wasserman & Faust 1994, block density)
//   expected_ties         ties the pair would have if the period's ties fell on random pairs of
//                         practitioners: total ties x possible(a, b) / all possible pairs
//   observed_to_expected  ties / expected_ties (above 1: tied more than chance; NA when nothing
//                         is expected)
//   ties_per_100          ties of a with b per 100 practitioners of a (row-normalised: how far a's
//                         people reach into b); NA when a has nobody
// It is read from `groups` and `group_pairs` (metrics' block tables of the practitioner layer
// grouped by authority, pairs a <= b), before disclosure: the derived columns are declared
// based_on their counts, so disclosure treats them like every other share.
#include "engine/report/table.hpp"

namespace reticulist::report {

report::Table authority_ties_table(const report::Table& groups, const report::Table& group_pairs);

}  // namespace reticulist::report
