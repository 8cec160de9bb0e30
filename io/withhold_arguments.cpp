#include "io/withhold_arguments.hpp"

#include <algorithm>
#include <unordered_set>

#include "engine/privacy/pseudonymiser.hpp"

namespace reticulist::io {

std::vector<std::string> withhold_arguments(std::vector<std::string> arguments, std::string_view option,
                                            const std::vector<std::string>& values) {
  std::unordered_set<std::string_view> given;
  for (const auto& v : values) {
    if (const auto t = privacy::trim_identifier(v); !t.empty()) given.insert(t);
  }
  const std::string with_value = std::string(option) + "=";
  for (std::size_t i = 1; i < arguments.size(); ++i) {
    std::string& word = arguments[i];
    if (word.starts_with(with_value)) {
      word = with_value + std::string(kWithheldArgument);
      continue;
    }
    if (word.starts_with("-") || given.empty()) continue;
    bool named = false;  // a word of nothing but commas and space names nobody
    bool other = false;
    for (std::size_t from = 0; from <= word.size() && !other;) {
      const std::size_t to = std::min(word.find(',', from), word.size());
      const auto piece = privacy::trim_identifier(std::string_view(word).substr(from, to - from));
      if (!piece.empty()) (given.contains(piece) ? named : other) = true;
      from = to + 1;
    }
    if (named && !other) word = std::string(kWithheldArgument);
  }
  return arguments;
}

}  // namespace reticulist::io
