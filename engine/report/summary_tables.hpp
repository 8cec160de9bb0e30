#pragma once
// The counts a data officer asks for first: per period (and for the whole span, "all"), by
// authority, sector, network and workstream: engaged establishments, practitioners, records,
// events and co-attendance ties. Every table has a `period` column; empty periods are rows of zeros.
//
// Conventions (also in each table's column descriptions):
// - A practitioner is counted in the authority / establishment of their latest record in the
//   period (graph::affiliation), so moves between schools are honoured period by period.
// - "Engaged" establishments are those with at least one accepted record in the period.
// - Co-attendance ties follow graph::coattendance, with the large-event rule; they are counted
//   (graph::count_ties: per period, network and workstream in one pass), not built as layers.
#include <vector>

#include "engine/graph/coattendance.hpp"
#include "engine/model/dataset.hpp"
#include "engine/model/periods.hpp"
#include "engine/progress.hpp"
#include "engine/report/table.hpp"

namespace reticulist::report {

struct SummaryOptions {
  graph::CoattendanceOptions coattendance;
  model::PeriodOptions periods;
};

struct Summary {
  model::Periods periods;
  std::vector<report::Table> tables;  // overview, by_authority, by_sector, by_network, by_workstream
  graph::CoattendanceStats whole_span;  // the large-event rule's effect on the whole span
};

Summary summarise(const model::Dataset& ds, const SummaryOptions& options, Progress& progress);

}  // namespace reticulist::report
