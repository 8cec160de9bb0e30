#pragma once
// Betweenness estimated from sampled shortest paths (Riondato & Kornaropoulos 2016): the
// `approximate` method of betweenness() (betweenness.hpp), which alone calls it. The method, its
// error bound and its cost are in betweenness_sampled.cpp.
#include "engine/metrics/betweenness.hpp"

namespace reticulist::metrics {

// For options.method == approximate: fills result's raw and normalised values (normalised
// already sized to n, NA) and what was done (method, samples, epsilon, delta, epsilon_rk,
// vertex_diameter_bound, seed). Throws ConfigError unless epsilon and delta are in (0, 1).
// Reports the stage `stage_name`, counting paths sampled.
void sampled_betweenness(const graph::Graph& g, const BetweennessOptions& options, BetweennessResult& result,
                         Progress& progress, std::string_view stage_name);

}  // namespace reticulist::metrics
