// The DOT text of a diagram: exact for a small fixture, escaping of awkward text, and the text
// helpers it is built with.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "unit/viz/diagram_fixture.hpp"
#include "viz/diagram/authorities_diagram.hpp"
#include "viz/diagram/dot_text.hpp"

namespace v = reticulist::viz;
namespace t = reticulist::testing;

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

// The fixture (diagram_fixture.hpp) drawn as the Board's authorities diagram, 3 nodes, so neato
// and the small style: the largest circle is 1.6 inches across, others sqrt(size / 120) of it.
//   A0 Glasgow City   120 -> 1.600     A1 (awkward name) 30 -> 1.6 sqrt(1/4) = 0.800
//   A2 Inverclyde     [c] -> the smallest size, 1.6 x 0.12 = 0.192, dashed, "[c] practitioners"
// Lines: A0-A1 40 ties, the heaviest: pen 1 + (8 - 1) x 40/40 = 8.00, "40";
//        A0-A2 suppressed: thin (0.75) and dashed, "[c]"; A1-A2 has no tie, A0-A0 is the diagonal.
// Edge length 3.5 x 1.6 = 5.60 inches; node fill is the Okabe-Ito colour at 35% on white.
TEST_CASE("Diagram DOT: the three-authority fixture, exactly", "[viz][diagram]") {
  const auto names = t::diagram_names();
  v::AuthoritiesDiagramOptions options;
  options.names = &names;
  const auto d = v::authorities_diagram(t::diagram_groups(), t::diagram_group_pairs(), "2023/24", options);
  const std::string dot = v::diagram_dot(d);
  const std::string expected_path = std::string(RETICULIST_FIXTURES) + "/diagram/three_authorities.dot";
  const std::string expected = read_file(expected_path);
  if (dot != expected) {
    // The text as it is now, to diff against the fixture (and to replace it, when the change is meant).
    std::ofstream("three_authorities.actual.dot", std::ios::binary) << dot;
  }
  CHECK(dot == expected);
  // The figures worked out above, whatever the fixture says.
  CHECK(dot.find("width=1.600") != std::string::npos);
  CHECK(dot.find("width=0.800") != std::string::npos);
  CHECK(dot.find("width=0.192") != std::string::npos);
  CHECK(dot.find("penwidth=8.00") != std::string::npos);
  CHECK(dot.find("penwidth=0.75") != std::string::npos);
  CHECK(dot.find("len=5.60") != std::string::npos);
}

TEST_CASE("Diagram DOT: awkward names are quoted and their backslash escapes neutralised", "[viz][diagram]") {
  v::Diagram d;
  d.title = "Title \"quoted\" \\G";
  d.nodes.push_back({"a", "x\\N y\\G \"q\" <b>&amp;</b>\nsecond line", 1.0, "", 0, false, "tip \\N", std::nullopt});
  d.nodes.push_back({"b\"; evil=1", "=cmd|' /C calc'!A0", 1.0, "", 1, false, "", std::nullopt});
  d.edges.push_back({0, 1, 1.0, "", false, "", std::nullopt});
  const std::string dot = v::diagram_dot(d);
  // Quotes escaped by agwrite; each backslash of ours doubled (Graphviz reads \\ as one); the
  // newline is Graphviz's line break \n.
  CHECK(dot.find("label=\"x\\\\N y\\\\G \\\"q\\\" <b>&amp;</b>\\nsecond line\"") != std::string::npos);
  // Tooltips are read twice by the SVG renderer: four backslashes for one.
  CHECK(dot.find("tooltip=\"tip \\\\\\\\N\"") != std::string::npos);
  // An id cannot break out of its quotes.
  CHECK(dot.find("\"b\\\"; evil=1\"") != std::string::npos);
  CHECK(dot.find("label=\"=cmd|' /C calc'!A0\"") != std::string::npos);
  // The heading is HTML-like: entities, and the backslash doubled there too.
  CHECK(dot.find("Title &quot;quoted&quot; \\\\G") != std::string::npos);
}

TEST_CASE("Diagram text helpers", "[viz][diagram]") {
  CHECK(v::label_text("a\\b\tc\nd") == "a\\\\b c\\nd");
  CHECK(v::label_lines({"one", "t\\wo"}) == "one\\nt\\\\wo");
  CHECK(v::tooltip_text({"a\\N", "b"}) == "a\\\\\\\\N\\nb");
  CHECK(v::html_text("<a href=\"x\">&\\</a>\n'") == "&lt;a href=&quot;x&quot;&gt;&amp;\\\\&lt;/a&gt; &apos;");
  // Ill-formed UTF-8 (a Latin-1 e-acute) becomes U+FFFD, in plain and HTML-like text alike.
  CHECK(v::label_text("caf\xe9") == "caf\uFFFD");
  CHECK(v::html_text("caf\xe9") == "caf\uFFFD");
  CHECK(v::wrap_words("Virtual Leadership Network: Primary Headteachers 1", 20) ==
        std::vector<std::string>{"Virtual Leadership", "Network: Primary", "Headteachers 1"});
  CHECK(v::wrap_words("Supercalifragilistic x", 5) == std::vector<std::string>{"Supercalifragilistic", "x"});
  CHECK(v::wrap_words("  ", 5).empty());
  CHECK(v::wrap_words("Bogu\u00f1\u00e1 abc", 10) == std::vector<std::string>{"Bogu\u00f1\u00e1 abc"});  // 10 code points
  CHECK(v::thousands(0) == "0");
  CHECK(v::thousands(999) == "999");
  CHECK(v::thousands(1000) == "1,000");
  CHECK(v::thousands(1234567) == "1,234,567");
  CHECK(v::thousands(-1234) == "-1,234");
  CHECK(v::fixed(0.25, 3) == "0.250");
  CHECK(v::fixed(-0.0001, 2) == "0.00");
  CHECK(v::fixed(2.0 / 3.0, 2) == "0.67");
}
