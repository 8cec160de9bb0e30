#include "viz/diagram/edge_labels.hpp"

#include <graphviz/gvc.h>

#include <algorithm>
#include <cmath>

#include "viz/diagram/dot_text.hpp"
#include "viz/diagram/graphviz_session.hpp"

namespace reticulist::viz {
namespace {

pointf cubic(const pointf* p, double t) {
  const double u = 1 - t;
  const double a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t;
  return {a * p[0].x + b * p[1].x + c * p[2].x + d * p[3].x, a * p[0].y + b * p[1].y + c * p[2].y + d * p[3].y};
}

// The point at `fraction` of the length of a piecewise cubic Bezier path (points 0..3, 3..6, ...),
// its length measured on 16 chords per piece: exact enough for placing a label.
pointf along(const bezier& path, double fraction) {
  constexpr int kSteps = 16;
  std::vector<pointf> points;
  for (int first = 0; first + 3 < path.size; first += 3) {
    for (int s = (first == 0 ? 0 : 1); s <= kSteps; ++s) points.push_back(cubic(path.list + first, s / double(kSteps)));
  }
  if (points.empty()) return path.size > 0 ? path.list[0] : pointf{0, 0};
  const auto chord = [&](std::size_t i) { return std::hypot(points[i].x - points[i - 1].x, points[i].y - points[i - 1].y); };
  double total = 0;
  for (std::size_t i = 1; i < points.size(); ++i) total += chord(i);
  double walked = 0;
  for (std::size_t i = 1; i < points.size(); ++i) {
    const double step = chord(i);
    if (step > 0 && walked + step >= total * fraction) {
      const double t = (total * fraction - walked) / step;
      return {points[i - 1].x + t * (points[i].x - points[i - 1].x), points[i - 1].y + t * (points[i].y - points[i - 1].y)};
    }
    walked += step;
  }
  return points.back();
}

struct Box {
  double x0, y0, x1, y1;
  bool overlaps(const Box& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
};

Box box_at(pointf centre, double width, double height) {
  return {centre.x - width / 2, centre.y - height / 2, centre.x + width / 2, centre.y + height / 2};
}

struct Spot {
  Agedge_t* edge;
  pointf at;
};

// Each label's spot: halfway along its line, or the nearest point to it (up to a quarter of the
// line either way) where the label covers no node (with its label) and no label placed before it.
std::vector<Spot> label_spots(Agraph_t* g) {
  static constexpr double kFractions[] = {0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74};
  std::vector<Box> taken;
  for (Agnode_t* n = agfstnode(g); n != nullptr; n = agnxtnode(g, n)) {
    taken.push_back(box_at(ND_coord(n), ND_width(n) * 72, ND_height(n) * 72));
  }
  std::vector<Spot> spots;
  for (Agnode_t* n = agfstnode(g); n != nullptr; n = agnxtnode(g, n)) {
    for (Agedge_t* e = agfstout(g, n); e != nullptr; e = agnxtout(g, e)) {
      const splines* spl = ED_spl(e);
      const textlabel_t* label = ED_label(e);
      if (label == nullptr || spl == nullptr || spl->size < 1) continue;
      pointf at = along(spl->list[0], 0.5);
      for (const double f : kFractions) {
        const pointf p = along(spl->list[0], f);
        const Box b = box_at(p, label->dimen.x, label->dimen.y);
        if (std::none_of(taken.begin(), taken.end(), [&](const Box& t) { return t.overlaps(b); })) {
          at = p;
          break;
        }
      }
      taken.push_back(box_at(at, label->dimen.x, label->dimen.y));
      spots.push_back({e, at});
    }
  }
  return spots;
}

void set(void* object, const char* name, const std::string& value) {
  agsafeset(object, const_cast<char*>(name), const_cast<char*>(value.c_str()), const_cast<char*>(""));
}

}  // namespace

std::string render_with_labels_on_top(GraphvizSession& session, GraphvizGraph& graph, const std::string& engine,
                                      const std::string& format) {
  Agraph_t* g = graph.get();
  std::vector<Spot> spots;
  // attach_attrs writes each node's laid-out width and height, which for fixedsize=shape include
  // an overflowing label: the sizes we set are the figure, so they are put back.
  std::vector<std::pair<std::string, std::string>> sizes;
  for (Agnode_t* n = agfstnode(g); n != nullptr; n = agnxtnode(g, n)) {
    sizes.emplace_back(agget(n, const_cast<char*>("width")), agget(n, const_cast<char*>("height")));
  }
  {
    GraphvizLayout first(session, graph, engine);
    spots = label_spots(g);
    attach_attrs(g);  // pos of nodes and lines, bb and the heading's lp, for nop2
  }
  std::size_t i = 0;
  for (Agnode_t* n = agfstnode(g); n != nullptr; n = agnxtnode(g, n), ++i) {
    set(n, "width", sizes[i].first);
    set(n, "height", sizes[i].second);
  }
  for (i = 0; i < spots.size(); ++i) {
    Agedge_t* e = spots[i].edge;
    Agnode_t* n = agnode(g, const_cast<char*>(("label " + std::to_string(i)).c_str()), 1);
    // The edge's label value as it is (plain or HTML-like: the same refcounted string).
    char* label = agget(e, const_cast<char*>("label"));
    agsafeset(n, const_cast<char*>("label"), label, const_cast<char*>(""));
    set(n, "shape", "plain");
    set(n, "fontsize", agget(e, const_cast<char*>("fontsize")));
    set(n, "tooltip", agget(e, const_cast<char*>("tooltip")));
    set(n, "pos", fixed(spots[i].at.x, 2) + "," + fixed(spots[i].at.y, 2));
    set(e, "label", "");
  }
  GraphvizLayout second(session, graph, "nop2");
  return second.render(format);
}

}  // namespace reticulist::viz
