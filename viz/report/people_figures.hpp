#pragma once
// The officer view's pictures of people for the Board pack page: the backbone of who works with
// whom in the last period, reticulists highlighted, and the ego networks of the people who matter
// most (whatif's who_matters). They show pseudonyms, so the caller draws them only for the
// officer view.
#include <string>
#include <vector>

#include "engine/graph/coattendance.hpp"
#include "engine/model/dataset.hpp"
#include "engine/model/periods.hpp"
#include "viz/report/board_report.hpp"

namespace reticulist::viz {

// `tables` must hold the officer view's nodes (reticulist flags) and, for the egos, who_matters;
// `egos`: how many of who_matters' first people get an ego diagram. A figure that cannot be
// drawn is left out and said in `notes`.
std::vector<BoardFigure> people_figures(const model::Dataset& ds, const model::Period& period, const Tables& tables,
                                        const graph::CoattendanceOptions& coattendance, std::size_t egos,
                                        std::vector<std::string>& notes);

}  // namespace reticulist::viz
