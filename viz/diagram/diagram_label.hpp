#pragma once
// The heading of a diagram: title, subtitle, legend and footnote as one HTML-like Graphviz label
// placed above the picture, so that the figure explains itself wherever it is pasted.
#include <string>

#include "viz/diagram/diagram.hpp"

namespace reticulist::viz {

// The label's HTML-like text (without the outer < >: agstrdup_html marks it, agwrite adds them); empty when
// there is nothing to say. `font_scale`
// multiplies every font size: large diagrams are drawn at a larger scale and then shrunk.
std::string diagram_label_html(const Diagram& diagram, double font_scale = 1.0);

// Whether the legend needs its "[c]" line: a node of unknown size or a suppressed edge.
bool has_suppressed(const Diagram& diagram);

}  // namespace reticulist::viz
