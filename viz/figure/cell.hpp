#pragma once
// One datum of a figure: a value, no value (NA), a suppressed value ("[c]", disclosure control),
// or, in a categorical heatmap, the index of a category.
#include <cmath>
#include <cstddef>

namespace reticulist::viz {

struct Cell {
  enum class Kind : unsigned char { Value, Missing, Suppressed, Category };

  Kind kind = Kind::Missing;
  double value = 0.0;          // Kind::Value
  std::size_t category = 0;    // Kind::Category: index into the figure's categories

  // A non-finite value is no value.
  static Cell of(double v) { return std::isfinite(v) ? Cell{Kind::Value, v, 0} : Cell{}; }
  static Cell missing() { return {}; }
  static Cell suppressed() { return {Kind::Suppressed, 0.0, 0}; }
  static Cell of_category(std::size_t index) { return {Kind::Category, 0.0, index}; }

  friend bool operator==(const Cell&, const Cell&) = default;
};

}  // namespace reticulist::viz
