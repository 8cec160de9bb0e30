#pragma once
// The scenario table of `reticulist whatif` (whatif_tables.hpp lists them all): one row per period
// and measure, the value before and after the removal, and the random baseline's mean, sd, min,
// 5th/95th percentiles, max and the share of random removals at least as damaging.
#include "engine/report/whatif_tables.hpp"
#include "engine/report/table.hpp"

namespace reticulist::report {

// The empty table: its columns, and a note defining each measure.
report::Table make_scenario_table();

// Appends the rows of one selection: one per measure.
void add_scenario_rows(report::Table& table, const WhatifOutcome& outcome);

}  // namespace reticulist::report
