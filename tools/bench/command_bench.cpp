#include "tools/bench/command_bench.hpp"

#include <algorithm>
#include <charconv>
#include <stdexcept>

#include "tools/bench/child_process.hpp"

namespace reticulist::bench {
namespace {

struct Known {
  std::string_view key;
  std::string_view label;
  std::vector<std::string> words;
};

// Each command with the options a user would give it on a whole dataset. whatif, and the report's
// fragility section, remove the education officers' QIO designation: reticulist-generate and gen.py
// both have it, and neither has the report's default ("seconded officer"), without which the
// report would leave its fragility section (a what-if and its random baseline) out.
const std::vector<Known>& known_commands() {
  static const std::vector<Known> known = {
      {"validate", "validate", {"validate"}},
      {"summary", "summary", {"summary"}},
      {"metrics", "metrics", {"metrics", "--period", "all"}},
      {"churn", "churn", {"churn"}},
      {"engagement", "engagement", {"engagement"}},
      {"whatif", "whatif", {"whatif", "--remove-designation", "QIO"}},
      {"report", "report", {"report", "--fragility-designation", "QIO"}},
      {"report-officer", "report (officer)", {"report", "--view", "officer", "--fragility-designation", "QIO"}},
  };
  return known;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// "building the layer of 2022/23" -> "building the layer", "before and after in 2024/25" ->
// "before and after"; other names unchanged.
std::string without_period(std::string_view stage) {
  auto of = stage.rfind(" of ");
  const auto in = stage.rfind(" in ");
  if (of == std::string_view::npos || (in != std::string_view::npos && in > of)) of = in;
  if (of == std::string_view::npos) return std::string(stage);
  const std::string_view tail = stage.substr(of + 4);
  const bool looks_like_period = !tail.empty() && tail.find(' ') == std::string_view::npos &&
                                 std::any_of(tail.begin(), tail.end(), [](char c) { return c >= '0' && c <= '9'; });
  return std::string(looks_like_period ? stage.substr(0, of) : stage);
}

}  // namespace

std::vector<CommandSpec> command_specs(std::string_view list, std::optional<std::uint32_t> max_event_size,
                                       unsigned threads) {
  std::vector<CommandSpec> specs;
  auto add = [&](const Known& k) {
    CommandSpec spec{std::string(k.label), k.words};
    if (max_event_size && k.key != "validate") {
      spec.words.push_back("--max-event-size");
      spec.words.push_back(std::to_string(*max_event_size));
    }
    if (threads) {
      spec.words.push_back("--threads");
      spec.words.push_back(std::to_string(threads));
    }
    specs.push_back(std::move(spec));
  };
  while (!list.empty()) {
    const auto comma = list.find(',');
    const std::string_view item = trim(list.substr(0, comma));
    list = comma == std::string_view::npos ? std::string_view{} : list.substr(comma + 1);
    if (item.empty()) continue;
    if (item == "all") {
      for (const Known& k : known_commands()) add(k);
      continue;
    }
    const auto& known = known_commands();
    const auto it = std::find_if(known.begin(), known.end(), [&](const Known& k) { return k.key == item; });
    if (it == known.end()) {
      std::string names;
      for (const Known& k : known) names += std::string(names.empty() ? "" : ", ") + std::string(k.key);
      throw std::invalid_argument("unknown command '" + std::string(item) + "' (known: " + names + ", all)");
    }
    add(*it);
  }
  return specs;
}

std::vector<StageTime> parse_stages(std::string_view text) {
  std::vector<StageTime> stages;
  constexpr std::string_view kPrefix = "info: ";
  constexpr std::string_view kSuffix = " s)";
  while (!text.empty()) {
    const auto newline = text.find('\n');
    std::string_view line = text.substr(0, newline);
    text = newline == std::string_view::npos ? std::string_view{} : text.substr(newline + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.starts_with(kPrefix) || !line.ends_with(kSuffix)) continue;
    line.remove_prefix(kPrefix.size());
    line.remove_suffix(kSuffix.size());
    const auto open = line.rfind(" (");
    if (open == std::string_view::npos) continue;
    const std::string_view number = line.substr(open + 2);
    double seconds = 0;
    const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), seconds);
    if (error != std::errc{} || end != number.data() + number.size()) continue;
    const std::string stage = without_period(line.substr(0, open));
    auto it = std::find_if(stages.begin(), stages.end(), [&](const StageTime& s) { return s.stage == stage; });
    if (it == stages.end()) it = stages.insert(stages.end(), StageTime{stage, 0, 0});
    it->seconds += seconds;
    ++it->count;
  }
  return stages;
}

CommandRun run_command(const std::filesystem::path& reticulist, const CommandSpec& spec,
                       const std::filesystem::path& dataset, const std::filesystem::path& scratch) {
  const std::filesystem::path out = scratch / "out";
  std::filesystem::remove_all(out);
  // The dataset right after the subcommand: a repeatable option before it would take it as a value.
  std::vector<std::string> argv{reticulist.string(), spec.words.front(), dataset.string()};
  argv.insert(argv.end(), spec.words.begin() + 1, spec.words.end());
  argv.insert(argv.end(), {"--out", out.string(), "-v"});
  const ChildRun child = run_child(argv, scratch / "stdout.txt");
  if (child.exit_code != 0 && child.exit_code != 3) {  // 3: done, with more rejects than allowed
    throw child_failure(spec.name, child);
  }
  std::filesystem::remove_all(out);
  return CommandRun{child.wall, child.cpu, child.peak_kib, parse_stages(child.stderr_text)};
}

}  // namespace reticulist::bench
