#pragma once
// The Board pack's first section: the key figures of the last period in plain sentences, each with
// its change since the period before, read from the disclosed tables (so a suppressed count reads
// "[c]" here as everywhere). A sentence whose table is absent (no register, one period only, no
// fragility scenario) is left out rather than guessed.
#include <string>
#include <vector>

#include "viz/page/report_page.hpp"  // KeyFigure: label, value ("4,569"), change ("+284 (+6.63%) since 2023/24")
#include "viz/report/table_read.hpp"

namespace reticulist::viz {

struct KeyFigures {
  std::vector<KeyFigure> tiles;
  std::vector<std::string> sentences;
};

// `periods`: the labels in order (the last is the one described). `removed`: who the fragility
// scenario removes, for its sentence ("people recorded as 'seconded officer'"); empty: "people of
// the fragility scenario".
KeyFigures key_figures(const Tables& tables, const std::vector<std::string>& periods, const std::string& removed = {});

// "+284 (+6.63%)", "-17 (-0.372%)", "no change"; "[c]" when either is suppressed; empty when
// either is missing or undefined.
std::string change_text(const Number& before, const Number& after);

}  // namespace reticulist::viz
