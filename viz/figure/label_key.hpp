#pragma once
// Labels that must fit a box: on one line, else wrapped onto more lines, else abbreviated with a
// number, "Long establishment na… (3)", whose full text the figure prints in a key below itself
// ("(3) Long establishment name in full"). Labels never run into each other.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "viz/figure/text.hpp"

namespace reticulist::viz {

// clean_text, runs of spaces made one, no space at either end.
std::string normalise_label(std::string_view label);

class LabelKey {
 public:
  // The lines (at most `max_lines`, at least 1) that show `label` within `max_width` at `size`.
  // When the label does not fit, its last line is cut and numbered, and the label joins the key
  // (once: the same label abbreviated again keeps its number).
  std::vector<std::string> fit(std::string_view label, double size, Weight weight, double max_width,
                               int max_lines = 1);

  // The full labels abbreviated so far; entry i is number i + 1.
  const std::vector<std::string>& entries() const { return entries_; }
  // "(i) label" for each entry.
  std::vector<std::string> lines() const;

 private:
  std::string number_of(const std::string& label);

  std::vector<std::string> entries_;
  std::map<std::string, std::size_t, std::less<>> numbers_;
};

}  // namespace reticulist::viz
