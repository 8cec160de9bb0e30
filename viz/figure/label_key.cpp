#include "viz/figure/label_key.hpp"

namespace reticulist::viz {

std::string normalise_label(std::string_view label) {
  const std::string clean = clean_text(label);
  std::string out;
  out.reserve(clean.size());
  for (const char c : clean) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::vector<std::string> LabelKey::fit(std::string_view label, double size, Weight weight,
                                       double max_width, int max_lines) {
  const std::string text = normalise_label(label);
  if (text_width(text, size, weight) <= max_width) return {text};
  std::vector<std::string> lines = wrap_text(text, size, weight, max_width);
  bool fits = static_cast<int>(lines.size()) <= max_lines;
  for (const std::string& line : lines) fits = fits && text_width(line, size, weight) <= max_width;
  if (fits) return lines;
  // Keep the whole lines that fit before the last, and cut the rest into the last line. The
  // wrapped lines joined by single spaces are `text`, so the rest starts after them.
  std::vector<std::string> shown;
  std::size_t used = 0;
  for (const std::string& line : lines) {
    if (static_cast<int>(shown.size()) + 1 >= max_lines || text_width(line, size, weight) > max_width) break;
    shown.push_back(line);
    used += line.size() + 1;
  }
  const std::string rest = text.substr(std::min(used, text.size()));
  shown.push_back(truncate_to_width(rest, "\u2026 (" + number_of(text) + ")", size, weight, max_width));
  return shown;
}

std::vector<std::string> LabelKey::lines() const {
  std::vector<std::string> out;
  out.reserve(entries_.size());
  for (std::size_t i = 0; i < entries_.size(); ++i) out.push_back('(' + std::to_string(i + 1) + ") " + entries_[i]);
  return out;
}

std::string LabelKey::number_of(const std::string& label) {
  auto it = numbers_.find(label);
  if (it == numbers_.end()) {
    entries_.push_back(label);
    it = numbers_.emplace(label, entries_.size()).first;
  }
  return std::to_string(it->second);
}

}  // namespace reticulist::viz
