#include "engine/whatif/whatif.hpp"

#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "engine/error.hpp"
#include "engine/metrics/betweenness.hpp"
#include "engine/metrics/brokerage.hpp"
#include "engine/metrics/key_player.hpp"
#include "engine/metrics/participation.hpp"

namespace reticulist::whatif {
namespace {

std::string folded(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  s = s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}


std::string betweenness_method(const metrics::BetweennessResult& b) {
  if (b.method == metrics::BetweennessMethod::exact) return "exact (Brandes)";
  return "sampled (Riondato-Kornaropoulos): " + std::to_string(b.samples) + " paths, normalised values within +-" +
         report::format_real(b.epsilon) + " with probability " + report::format_real(1 - b.delta);
}


}  // namespace

std::vector<graph::Vertex> ranked_by(const graph::Graph& g, const std::vector<double>& score) {
  std::vector<graph::Vertex> order(g.vertex_count());
  for (graph::Vertex v = 0; v < g.vertex_count(); ++v) order[v] = v;
  std::stable_sort(order.begin(), order.end(), [&](graph::Vertex a, graph::Vertex b) {
    if (score[a] != score[b]) return score[a] > score[b];
    return g.degree(a) > g.degree(b);
  });
  return order;
}

std::string_view bridging_measure_name(BridgingMeasure measure) {
  switch (measure) {
    case BridgingMeasure::betweenness: return "betweenness";
    case BridgingMeasure::brokerage: return "brokerage";
    case BridgingMeasure::participation: return "participation";
  }
  return "betweenness";
}

std::optional<BridgingMeasure> parse_bridging_measure(std::string_view text) {
  for (auto m : {BridgingMeasure::betweenness, BridgingMeasure::brokerage, BridgingMeasure::participation}) {
    if (text == bridging_measure_name(m)) return m;
  }
  return std::nullopt;
}

std::string RemovalCriteria::describe() const {
  std::string out;
  const auto add = [&](const std::string& part) { out += (out.empty() ? "" : "; ") + part; };
  if (!pseudonyms.empty()) {
    add(std::to_string(pseudonyms.size()) + " pseudonym(s)" +
        (by_identifier > 0 ? ", " + std::to_string(by_identifier) + " given by identifier" : ""));
  }
  for (const auto& d : designations) add("designation=" + d);
  for (auto r : roles) add("role=" + std::string(model::role_name(r)));
  if (central) add("central staff");
  if (top_k > 0) add("top " + std::to_string(top_k) + " by " + std::string(bridging_measure_name(by)));
  return out.empty() ? "nobody" : out;
}

Removal select_removal(const model::Dataset& ds, const WhatifLayer& w, const graph::EventList& events,
                       const RemovalCriteria& criteria, const std::vector<double>& scores) {
  const auto& layer = w.layer;
  const auto& g = layer.graph;
  const std::uint32_t n = g.vertex_count();
  Removal r;
  r.removed.assign(n, false);
  r.reasons.assign(n, {});
  const auto mark = [&](graph::Vertex v, const std::string& why) {
    r.removed[v] = true;
    auto& reasons = r.reasons[v];
    if (reasons == why || reasons.ends_with(";" + why)) return;
    reasons += (reasons.empty() ? "" : ";") + why;
  };
  std::vector<std::uint32_t> vertex_of(ds.practitioner_count(), model::kNone);
  for (graph::Vertex v = 0; v < n; ++v) vertex_of[layer.entity[v]] = v;

  if (!criteria.pseudonyms.empty()) {
    std::unordered_map<std::string, model::PractitionerId> by_pseudonym;
    by_pseudonym.reserve(ds.pseudonyms.size());
    for (model::PractitionerId p = 0; p < ds.pseudonyms.size(); ++p) by_pseudonym.emplace(folded(ds.pseudonyms[p]), p);
    for (const auto& given : criteria.pseudonyms) {
      const std::string key = folded(given);
      if (key.empty()) continue;
      const auto it = by_pseudonym.find(key);
      if (it != by_pseudonym.end() && vertex_of[it->second] != model::kNone) {
        mark(vertex_of[it->second], "pseudonym");
      } else {
        r.absent.push_back(it != by_pseudonym.end() ? ds.pseudonyms[it->second] : key);
      }
    }
    std::sort(r.absent.begin(), r.absent.end());
    r.absent.erase(std::unique(r.absent.begin(), r.absent.end()), r.absent.end());
  }

  std::vector<bool> designation_wanted(ds.designations.size(), false);
  for (const auto& given : criteria.designations) {
    bool found = false;
    for (std::size_t d = 0; d < ds.designations.size(); ++d) {
      if (folded(ds.designations[d]) == folded(given)) designation_wanted[d] = found = true;
    }
    if (!found) {
      std::vector<std::string> known(ds.designations);
      std::sort(known.begin(), known.end());
      std::string list;
      for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
      throw ConfigError("--remove-designation " + given + ": no record has this designation (the data has: " +
                        (list.empty() ? std::string("none") : list) + ")");
    }
  }
  std::vector<bool> role_wanted(model::kRoleCount, false);
  for (auto role : criteria.roles) role_wanted[static_cast<std::size_t>(role)] = true;
  const bool by_records = !criteria.designations.empty() || !criteria.roles.empty() || criteria.central;
  if (by_records) {
    const auto& rec = ds.records;
    // Three passes, so that each vertex's reasons come in the criteria's order.
    for (int pass = 0; pass < 3; ++pass) {
      for (model::EventId e : events) {
        for (std::uint64_t i = ds.events.first_record[e]; i < ds.events.first_record[e + 1]; ++i) {
          const auto v = vertex_of[rec.practitioner[i]];
          if (pass == 0 && rec.designation[i] != model::kNone && designation_wanted[rec.designation[i]]) mark(v, "designation");
          if (pass == 1 && role_wanted[static_cast<std::size_t>(rec.role[i])]) mark(v, "role");
          if (pass == 2 && criteria.central && rec.establishment[i] == model::kNone) mark(v, "central");
        }
      }
    }
  }

  if (criteria.top_k > 0) {
    const auto order = ranked_by(g, scores);
    const std::string why = "top_" + std::string(bridging_measure_name(criteria.by));
    for (std::size_t i = 0; i < std::min<std::size_t>(criteria.top_k, n); ++i) mark(order[i], why);
  }
  r.count = static_cast<std::uint64_t>(std::count(r.removed.begin(), r.removed.end(), true));
  return r;
}

std::vector<double> bridging_scores(const WhatifLayer& w, BridgingMeasure measure, const BetweennessRule& rule,
                                    std::uint64_t seed, unsigned threads, std::string* method) {
  const auto& g = w.layer.graph;
  const auto& groups = w.authority.partition;
  switch (measure) {
    case BridgingMeasure::betweenness: {
      metrics::BetweennessOptions bo;
      const double work = static_cast<double>(g.vertex_count()) * static_cast<double>(g.edge_count());
      bo.method = work <= rule.exact_work ? metrics::BetweennessMethod::exact : metrics::BetweennessMethod::approximate;
      bo.epsilon = rule.epsilon;
      bo.delta = rule.delta;
      bo.seed = seed;
      bo.threads = threads;
      auto b = metrics::betweenness(g, bo);
      if (method) *method = betweenness_method(b);
      return std::move(b.raw);
    }
    case BridgingMeasure::brokerage: {
      const auto b = metrics::brokerage(g, groups, no_progress(), threads);
      std::vector<double> out(g.vertex_count());
      for (graph::Vertex v = 0; v < g.vertex_count(); ++v) {
        const auto& c = b.counts[v];
        out[v] = static_cast<double>(c[metrics::BrokerageRole::total] - c[metrics::BrokerageRole::coordinator]);
      }
      if (method) *method = "Gould-Fernandez brokerage between authorities (all roles but coordinator)";
      return out;
    }
    case BridgingMeasure::participation: {
      const auto p = metrics::participation(g, groups);
      std::vector<double> out(g.vertex_count());
      for (graph::Vertex v = 0; v < g.vertex_count(); ++v) out[v] = p.participation[v].value_or(-1.0);
      if (method) *method = "participation coefficient over authorities (isolates last)";
      return out;
    }
  }
  return {};
}

}  // namespace reticulist::whatif
