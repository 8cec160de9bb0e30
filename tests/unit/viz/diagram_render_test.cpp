// Rendering diagrams through Graphviz: what the SVG says, escaping, determinism, formats, the
// layout chosen by size and errors turned into exceptions.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <future>
#include <iostream>
#include <mutex>
#include <sstream>
#include <thread>

#include "engine/c_rand.hpp"
#include "engine/error.hpp"
#include "io/xlsx_workbook.hpp"
#include "support/temp_dir.hpp"
#include "unit/viz/diagram_fixture.hpp"
#include "viz/diagram/authorities_diagram.hpp"
#include "viz/diagram/graphviz_session.hpp"

namespace v = reticulist::viz;
namespace t = reticulist::testing;

namespace {

std::string render(const v::Diagram& d, v::DiagramFormat format, const v::DiagramLayout& layout = {}) {
  std::ostringstream out;
  v::render_diagram(d, format, out, layout);
  return out.str();
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

v::Diagram fixture() {
  static const auto names = t::diagram_names();
  v::AuthoritiesDiagramOptions options;
  options.names = &names;
  return v::authorities_diagram(t::diagram_groups(), t::diagram_group_pairs(), "2023/24", options);
}

// A ring of n nodes with a chord from each even node halfway across (n a multiple of 4, so no
// chord doubles another or a side of the ring).
v::Diagram ring(std::size_t n) {
  v::Diagram d;
  d.title = "Ring";
  for (std::size_t i = 0; i < n; ++i) d.nodes.push_back({"n" + std::to_string(i), "", 1.0 + i % 5, "", i % 8, i % 9 == 0, "", {}});
  for (std::size_t i = 0; i < n; ++i) d.edges.push_back({i, (i + 1) % n, 1.0 + i % 3, "", false, "", std::nullopt});
  for (std::size_t i = 0; i < n / 2; i += 2) d.edges.push_back({i, i + n / 2 + 1, 1.0, "", false, "", std::nullopt});
  return d;
}

}  // namespace

TEST_CASE("Diagram SVG: labels, numbers and legend are text; [c] for the suppressed", "[viz][diagram]") {
  const std::string svg = render(fixture(), v::DiagramFormat::Svg);
  REQUIRE(has(svg, "<svg"));
  CHECK(has(svg, ">How the authorities&#39; practitioners are tied, 2023/24</text>"));
  CHECK(has(svg, ">Glasgow City</text>"));
  CHECK(has(svg, ">120 practitioners</text>"));
  CHECK(has(svg, ">[c] practitioners</text>"));
  CHECK(has(svg, ">40</text>"));   // the tie's number
  CHECK(has(svg, ">[c]</text>"));  // the suppressed tie: never a number
  CHECK(has(svg, "stroke-dasharray"));  // drawn dashed
  CHECK(has(svg, ">Circle area: practitioners engaged in 2023/24.</text>"));
  // The awkward name as written: & and quotes escaped as XML, \N not replaced by the node's id.
  CHECK(has(svg, ">Argyll &amp; Bute &quot;North&quot; \\N</text>"));
  CHECK(has(svg, "font-family=\"DejaVu Sans\""));
}

TEST_CASE("Diagram SVG: markup, quotes, backslashes and formulas in names stay text", "[viz][diagram]") {
  v::Diagram d;
  d.title = "<script>alert('t')</script> & co";
  d.subtitle = "C:\\Users\\N \\G \\n";
  d.legend.groups = {"<b>bold</b>", "=HYPERLINK(\"x\")"};
  d.nodes.push_back({"a", "<script>alert(1)</script>", 2.0, "", 0, false, "", std::nullopt});
  d.nodes.push_back({"b", "Tom & Jerry's \"Best\"", 1.0, "", 1, true, "", std::nullopt});
  d.nodes.push_back({"c", "C:\\Users\\N \\G \\L", 1.0, "", 1, false, "<img src=x onerror=alert(1)>", std::nullopt});
  d.nodes.push_back({"d", "=cmd|' /C calc'!A0", 1.0, "", 0, false, "", std::nullopt});
  d.edges.push_back({0, 1, 1.0, "<i>3</i>", false, "", std::nullopt});
  d.edges.push_back({2, 3, 1.0, "", false, "", std::nullopt});
  d.legend.highlight_meaning = "<u>reticulist</u>";
  const std::string svg = render(d, v::DiagramFormat::Svg);
  REQUIRE(has(svg, "</svg>"));
  CHECK_FALSE(has(svg, "<script"));
  CHECK_FALSE(has(svg, "<img"));
  CHECK_FALSE(has(svg, "<b>"));
  CHECK_FALSE(has(svg, "<i>"));
  CHECK(has(svg, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  CHECK(has(svg, "&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt; &amp; co"));
  CHECK(has(svg, "Tom &amp; Jerry&#39;s &quot;Best&quot;"));
  CHECK(has(svg, ">C:\\Users\\N \\G \\L</text>"));
  CHECK(has(svg, ">C:\\Users\\N \\G \\n</text>"));
  CHECK(has(svg, "=cmd|&#39; /C calc&#39;!A0"));
  CHECK(has(svg, "&lt;img src=x onerror=alert(1)&gt;"));  // the tooltip, as text
  CHECK(has(svg, "&lt;b&gt;bold&lt;/b&gt;"));
  CHECK(has(svg, "=HYPERLINK(&quot;x&quot;)"));
  CHECK(has(svg, "&lt;i&gt;3&lt;/i&gt;"));
  CHECK(has(svg, "\u25C6 &lt;u&gt;reticulist&lt;/u&gt;"));
}

TEST_CASE("Diagram renders are byte-identical for a seed", "[viz][diagram]") {
  const auto small = fixture();
  CHECK(render(small, v::DiagramFormat::Svg) == render(small, v::DiagramFormat::Svg));
  CHECK(render(small, v::DiagramFormat::Png) == render(small, v::DiagramFormat::Png));
  CHECK(render(small, v::DiagramFormat::Pdf) == render(small, v::DiagramFormat::Pdf));  // no creation time
  const auto large = ring(200);
  REQUIRE(v::choose_layout(large) == v::LayoutEngine::Sfdp);
  const std::string first = render(large, v::DiagramFormat::Svg, {.seed = 7});
  CHECK(first == render(large, v::DiagramFormat::Svg, {.seed = 7}));
  CHECK(first != render(large, v::DiagramFormat::Svg, {.seed = 8}));  // the seed is used
  const auto medium = ring(60);
  REQUIRE(v::choose_layout(medium) == v::LayoutEngine::Neato);
  CHECK(render(medium, v::DiagramFormat::Svg, {.seed = 3}) == render(medium, v::DiagramFormat::Svg, {.seed = 3}));
}

// sfdp draws from the C library's rand(), which libxlsxwriter reseeds from the clock for each
// temporary file: the report writes its workbook on one thread while the figures are laid out on
// another. A layout holds c_rand_mutex (engine/c_rand.hpp), and is the same as alone.
TEST_CASE("Diagram layout: the same while a workbook is written on another thread", "[viz][diagram]") {
  const auto large = ring(200);
  REQUIRE(v::choose_layout(large) == v::LayoutEngine::Sfdp);
  const std::string alone = render(large, v::DiagramFormat::Svg, {.seed = 7});
  {
    std::unique_lock held(reticulist::c_rand_mutex());
    auto laid_out = std::async(std::launch::async, [&] { return render(large, v::DiagramFormat::Svg, {.seed = 7}); });
    CHECK(laid_out.wait_for(std::chrono::milliseconds(300)) == std::future_status::timeout);  // waits for the lock
    held.unlock();
    CHECK(laid_out.get() == alone);
  }
  t::TempDir dir;
  std::vector<reticulist::report::Table> tables;
  tables.emplace_back("numbers", "Numbers", "one row per number");
  tables.back().add_column("n", reticulist::report::ColumnType::Integer, "a number");
  for (int i = 0; i < 50; ++i) tables.back().append_row({i});
  std::atomic<bool> stop{false};
  std::thread workbooks([&] {
    for (int i = 0; !stop; ++i) reticulist::io::write_xlsx(tables, {}, dir.path() / ("w" + std::to_string(i % 2) + ".xlsx"));
  });
  for (int i = 0; i < 5; ++i) CHECK(render(large, v::DiagramFormat::Svg, {.seed = 7}) == alone);
  stop = true;
  workbooks.join();
}

TEST_CASE("Diagram formats: DOT text, SVG, PNG and PDF", "[viz][diagram]") {
  const auto d = fixture();
  CHECK(render(d, v::DiagramFormat::Dot) == v::diagram_dot(d));
  CHECK(render(d, v::DiagramFormat::Svg).starts_with("<?xml"));
  CHECK(render(d, v::DiagramFormat::Png).starts_with("\x89PNG\r\n\x1a\n"));
  const std::string pdf = render(d, v::DiagramFormat::Pdf);
  CHECK(pdf.starts_with("%PDF-"));
  CHECK(has(pdf, "/CreationDate (D:19700101000000"));
  CHECK(v::diagram_format_name(v::DiagramFormat::Png) == "png");
}

TEST_CASE("Diagram layout by size: dot for two columns, neato small, sfdp large", "[viz][diagram]") {
  CHECK(v::choose_layout(8, 28, false) == v::LayoutEngine::Neato);
  CHECK(v::choose_layout(150, 1500, false) == v::LayoutEngine::Neato);
  CHECK(v::choose_layout(151, 10, false) == v::LayoutEngine::Sfdp);
  CHECK(v::choose_layout(100, 1501, false) == v::LayoutEngine::Sfdp);
  CHECK(v::choose_layout(4000, 150000, true) == v::LayoutEngine::Dot);
  CHECK(v::layout_engine_name(v::LayoutEngine::Sfdp) == "sfdp");
  v::Diagram two_columns;
  two_columns.nodes.push_back({"a", "A", 1.0, "", 0, false, "", 0});
  two_columns.nodes.push_back({"n", "N", 1.0, "", v::kNoGroup, false, "", 1});
  two_columns.edges.push_back({0, 1, 1.0, "", false, "", 0});
  CHECK(v::choose_layout(two_columns) == v::LayoutEngine::Dot);
  const std::string dot = v::diagram_dot(two_columns);
  CHECK(has(dot, "rank=min"));
  CHECK(has(dot, "rank=max"));
  CHECK(has(render(two_columns, v::DiagramFormat::Svg), ">N</text>"));
}

TEST_CASE("Diagram errors: bad edges, twice the same id, Graphviz failures", "[viz][diagram]") {
  v::Diagram d;
  d.nodes.push_back({"a", "A", 1.0, "", 0, false, "", std::nullopt});
  d.edges.push_back({0, 1, 1.0, "", false, "", std::nullopt});
  CHECK_THROWS_WITH(v::diagram_dot(d), "diagram: an edge names node 1 of 1");
  d.edges = {{0, 0, 1.0, "", false, "", std::nullopt}};
  CHECK_THROWS_WITH(v::diagram_dot(d), "diagram: an edge from node 'a' to itself");
  d.nodes.push_back({"b", "B", 1.0, "", 0, false, "", std::nullopt});
  d.edges = {{0, 1, 1.0, "", false, "", std::nullopt}, {1, 0, 2.0, "", false, "", std::nullopt}};
  CHECK_THROWS_WITH(v::render_diagram(d, v::DiagramFormat::Svg, std::cout), "diagram: two edges between 'b' and 'a'");
  d.edges.clear();
  d.nodes.push_back(d.nodes.front());
  CHECK_THROWS_WITH(v::diagram_dot(d), "diagram: node id 'a' twice");
  // Graphviz's own error comes back as a BackendError with its first message.
  v::GraphvizSession session;
  v::GraphvizGraph graph(session, "g", false);
  CHECK_THROWS_AS(v::GraphvizLayout(session, graph, "no-such-engine"), reticulist::BackendError);
  CHECK_THROWS_WITH(v::GraphvizLayout(session, graph, "no-such-engine"),
                    Catch::StartsWith("Graphviz: layout with no-such-engine failed: Layout type: \"no-such-engine\" not recognized"));
}
