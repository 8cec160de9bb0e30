// ExportGraph and what every export writer shares: the format names, spell lists (CSR of day
// ranges, merged), the edge index of for_each_edge order, the checks run before writing, XML and
// DOT text escaping, and streaming through a bounded buffer.
#include "io/export/export_graph.hpp"

#include <catch2/catch.hpp>

#include <functional>
#include <ostream>
#include <random>
#include <sstream>
#include <streambuf>
#include <string>
#include <vector>

#include "engine/error.hpp"
#include "io/export/dot_writer.hpp"
#include "io/export/edge_list_writer.hpp"
#include "io/export/export_text.hpp"
#include "io/export/gexf_writer.hpp"
#include "io/export/graphml_writer.hpp"
#include "io/export/node_link_writer.hpp"
#include "support/export_fixture.hpp"

namespace io = reticulist::io;
namespace layers = reticulist::layers;
namespace graph = reticulist::graph;
namespace model = reticulist::model;
namespace report = reticulist::report;
using reticulist::ConfigError;
using reticulist::InputError;
using reticulist::testing::export_fixture;
using reticulist::testing::session;

namespace {

std::string xml(std::string_view s) {
  std::string out;
  io::append_xml_escaped(out, s);
  return out;
}

std::string dot(std::string_view s) {
  std::string out;
  io::append_dot_quoted(out, s);
  return out;
}

std::string dot_id(std::string_view s) {
  std::string out;
  io::append_dot_id(out, s);
  return out;
}

std::string message_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const std::exception& e) {
    return e.what();
  }
  return "(no exception)";
}

}  // namespace

TEST_CASE("Export formats parse by name in any case and say their extension", "[export]") {
  CHECK(io::parse_export_format("graphml") == io::ExportFormat::Graphml);
  CHECK(io::parse_export_format(" GEXF ") == io::ExportFormat::Gexf);
  CHECK(io::parse_export_format("Dot") == io::ExportFormat::Dot);
  CHECK(io::parse_export_format("json") == io::ExportFormat::Json);
  CHECK(io::parse_export_format("csv") == io::ExportFormat::Csv);
  CHECK(io::export_format_name(io::ExportFormat::Gexf) == "gexf");
  CHECK(io::export_format_extension(io::ExportFormat::Graphml) == ".graphml");
  CHECK(io::export_format_extension(io::ExportFormat::Json) == ".json");
  CHECK_THROWS_AS(io::parse_export_format("gml"), ConfigError);
  CHECK(message_of([] { io::parse_export_format("gml"); }) ==
        "unknown export format 'gml' (expected graphml, gexf, dot, json or csv)");
}

TEST_CASE("layers::make_spell_list sorts, merges overlapping and touching ranges, keeps gaps", "[export]") {
  // Item 0: sessions 2022/23, 2020/21 (gap of a year between them) -> two spells, sorted.
  // Item 1: 2020/21 then 2021/22: 2021-07-31 and 2021-08-01 touch -> one spell 2020-08-01..2022-07-31.
  // Item 2: nothing -> no spells. Item 3: a range inside another, and the same range twice -> one.
  const model::DateRange inner{model::day_from_civil(2021, 1, 1), model::day_from_civil(2021, 2, 1)};
  const layers::SpellList list = layers::make_spell_list(
      4, {{0, session(2022)}, {1, session(2021)}, {0, session(2020)}, {1, session(2020)},
          {3, session(2020)}, {3, inner}, {3, session(2020)}});
  REQUIRE(list.item_count() == 4);
  CHECK(list.offsets == std::vector<std::uint64_t>{0, 2, 3, 3, 4});
  REQUIRE(list.of(0).size() == 2);
  CHECK(list.of(0)[0].first == session(2020).first);
  CHECK(list.of(0)[1].first == session(2022).first);
  REQUIRE(list.of(1).size() == 1);
  CHECK(list.of(1)[0].first == session(2020).first);
  CHECK(list.of(1)[0].last == session(2021).last);
  CHECK(list.of(2).empty());
  REQUIRE(list.of(3).size() == 1);
  CHECK(list.of(3)[0].first == session(2020).first);
  CHECK(list.of(3)[0].last == session(2020).last);
}

TEST_CASE("layers::make_spell_list: no items, and bad input", "[export]") {
  const layers::SpellList none = layers::make_spell_list(0, {});
  CHECK(none.item_count() == 0);
  CHECK(none.offsets == std::vector<std::uint64_t>{0});
  CHECK_THROWS_AS(layers::make_spell_list(2, {{2, session(2020)}}), std::out_of_range);
  CHECK_THROWS_AS(layers::make_spell_list(2, {{0, {10, 9}}}), std::invalid_argument);
}

TEST_CASE("layers::EdgeIndex gives each edge its position in for_each_edge order", "[export]") {
  //   0 --- 1       e0 = {0,1}, e1 = {0,2}, e2 = {1,2}; 3 is an isolate
  //    \   /
  //      2     3
  const graph::Graph& g = reticulist::testing::export_fixture_graph();
  const layers::EdgeIndex index(g);
  CHECK(index(0, 1) == 0u);
  CHECK(index(1, 0) == 0u);
  CHECK(index(0, 2) == 1u);
  CHECK(index(2, 1) == 2u);
  CHECK_FALSE(index(0, 3).has_value());
  CHECK_FALSE(index(1, 1).has_value());
  CHECK_FALSE(index(0, 9).has_value());
}

TEST_CASE("layers::EdgeIndex agrees with for_each_edge on random graphs", "[export]") {
  std::mt19937 rng(20240604);
  for (int trial = 0; trial < 50; ++trial) {
    const std::uint32_t n = 1 + rng() % 12;
    std::vector<graph::Edge> edges;
    for (graph::Vertex u = 0; u < n; ++u) {
      for (graph::Vertex v = u + 1; v < n; ++v) {
        if (rng() % 3 == 0) edges.push_back({v, u, 1.0});
      }
    }
    const graph::Graph g = graph::graph_from_edges(n, edges);
    const layers::EdgeIndex index(g);
    std::uint64_t expected = 0;
    std::vector<std::vector<bool>> tied(n, std::vector<bool>(n, false));
    g.for_each_edge([&](graph::Vertex u, graph::Vertex v, double) {
      CHECK(index(u, v) == expected);
      CHECK(index(v, u) == expected);
      tied[u][v] = tied[v][u] = true;
      ++expected;
    });
    for (graph::Vertex u = 0; u < n; ++u) {
      for (graph::Vertex v = 0; v < n; ++v) {
        if (!tied[u][v]) CHECK_FALSE(index(u, v).has_value());
      }
    }
  }
}

TEST_CASE("check_export_graph rejects what could not be written or read back", "[export]") {
  SECTION("the fixture passes, with and without spells") {
    CHECK_NOTHROW(io::check_export_graph(export_fixture(true, true)));
    CHECK_NOTHROW(io::check_export_graph(export_fixture(false, false)));
  }
  SECTION("duplicate, NA and empty ids are input errors, rows counted from 1") {
    layers::AttributedLayer eg = export_fixture();
    eg.vertices.set(3, 0, "O'Neil");
    CHECK_THROWS_AS(io::check_export_graph(eg), InputError);
    CHECK(message_of([&] { io::check_export_graph(eg); }) == "duplicate vertex id 'O'Neil' (rows 2 and 4)");
    eg.vertices.set_na(3, 0);
    CHECK(message_of([&] { io::check_export_graph(eg); }) == "vertex id in row 4 is NA");
    eg.vertices.set(3, 0, "");
    CHECK(message_of([&] { io::check_export_graph(eg); }) == "vertex id in row 4 is empty");
  }
  SECTION("structural mismatches are programming errors") {
    layers::AttributedLayer rows = export_fixture();
    rows.vertices.add_row();
    CHECK_THROWS_AS(io::check_export_graph(rows), std::logic_error);

    layers::AttributedLayer id_attr = export_fixture();
    id_attr.vertices.add_column("id", report::ColumnType::Integer, "clashes");
    CHECK(message_of([&] { io::check_export_graph(id_attr); }) ==
          "export: vertex attribute 'id' clashes with the vertex id");

    layers::AttributedLayer edge_attr = export_fixture();
    edge_attr.edges->add_column("weight", report::ColumnType::Real, "clashes");
    CHECK(message_of([&] { io::check_export_graph(edge_attr); }) ==
          "export: edge attribute 'weight' clashes with an edge's own field");
    edge_attr.weight_name = "shared_events";  // now "weight" is an ordinary attribute
    CHECK_NOTHROW(io::check_export_graph(edge_attr));

    layers::AttributedLayer spells = export_fixture(true, true);
    spells.spells->vertices.offsets.pop_back();
    CHECK(message_of([&] { io::check_export_graph(spells); }) ==
          "export: vertex spells cover 3 items, the graph has 4");

    layers::AttributedLayer unsorted = export_fixture(true, true);
    std::swap(unsorted.spells->vertices.intervals[0], unsorted.spells->vertices.intervals[1]);
    CHECK(message_of([&] { io::check_export_graph(unsorted); }) ==
          "export: vertex spells of item 0 are not sorted and disjoint");

    layers::AttributedLayer no_edge_spells = export_fixture(true, true);
    no_edge_spells.spells->edges = {};  // allowed: edges without time limits
    CHECK_NOTHROW(io::check_export_graph(no_edge_spells));
  }
}

TEST_CASE("XML escaping: markup, quotes, line ends kept as references, forbidden characters replaced",
          "[export]") {
  CHECK(xml("A&B <\"x\"> 'y'") == "A&amp;B &lt;&quot;x&quot;&gt; &apos;y&apos;");
  CHECK(xml("a\tb\nc\r\nd") == "a&#9;b&#10;c&#13;&#10;d");
  // U+0001 and U+001F are not XML 1.0 characters even as references: each becomes U+FFFD.
  CHECK(xml(std::string("x\x01y\x1fz\0w", 7)) == "x\xEF\xBF\xBDy\xEF\xBF\xBDz\xEF\xBF\xBDw");
  // U+FFFE and U+FFFF are not characters either; U+FFFD and other non-ASCII text pass as they are.
  CHECK(xml("\xEF\xBF\xBE \xEF\xBF\xBF \xEF\xBF\xBD") == "\xEF\xBF\xBD \xEF\xBF\xBD \xEF\xBF\xBD");
  CHECK(xml("D\xC3\xB9n \xC3\x88ideann \xF0\x9F\x98\x80") == "D\xC3\xB9n \xC3\x88ideann \xF0\x9F\x98\x80");
  // Ill-formed UTF-8: one U+FFFD per maximal ill-formed subpart (0xFF alone; E2 82 truncated).
  CHECK(xml("a\xFF" "b\xE2\x82") == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
  CHECK(xml("]]> <!-- -->") == "]]&gt; &lt;!-- --&gt;");
}

TEST_CASE("DOT quoting: quote and backslash escaped, LF as \\n, CR dropped, controls replaced", "[export]") {
  CHECK(dot("A&B <\"x\">") == "\"A&B <\\\"x\\\">\"");
  CHECK(dot("back\\slash \\N") == "\"back\\\\slash \\\\N\"");
  CHECK(dot("one\r\ntwo\tthree") == "\"one\\ntwo\tthree\"");
  CHECK(dot("x\x01y\xFF") == "\"x\xEF\xBF\xBDy\xEF\xBF\xBD\"");
  CHECK(dot("") == "\"\"");
  CHECK(dot_id("shared_events") == "shared_events");
  CHECK(dot_id("shared events") == "\"shared events\"");
  CHECK(dot_id("Node") == "\"Node\"");      // a DOT keyword in any case
  CHECK(dot_id("subgraph") == "\"subgraph\"");
  CHECK(dot_id("2x") == "\"2x\"");
}

namespace {

// Counts the bytes of each write the writers make, to check that they stream.
class CountingBuf : public std::streambuf {
 public:
  std::size_t total = 0;
  std::size_t largest = 0;
  std::size_t writes = 0;

 protected:
  std::streamsize xsputn(const char*, std::streamsize n) override {
    total += static_cast<std::size_t>(n);
    largest = std::max(largest, static_cast<std::size_t>(n));
    ++writes;
    return n;
  }
  int_type overflow(int_type c) override {
    if (!traits_type::eq_int_type(c, traits_type::eof())) xsputn(nullptr, 1);
    return traits_type::not_eof(c);
  }
};

}  // namespace

TEST_CASE("Every writer streams: no write holds the whole document", "[export]") {
  // A path of 20,000 vertices: each format is several hundred KB, written in chunks of about
  // 64 KiB (the buffer flushes once it passes 64 KiB, after a whole node or edge).
  const std::uint32_t n = 20000;
  std::vector<graph::Edge> edges;
  for (graph::Vertex v = 0; v + 1 < n; ++v) edges.push_back({v, v + 1, 1.5});
  const graph::Graph g = graph::graph_from_edges(n, edges);
  report::Table t("path", "Path", "one row per vertex");
  t.add_column("id", report::ColumnType::Text, "id");
  t.add_column("position", report::ColumnType::Integer, "position on the path");
  for (std::uint32_t v = 0; v < n; ++v) t.append_row({"p_" + std::to_string(v), v});
  layers::AttributedLayer eg{.graph = &g, .vertices = std::move(t)};
  eg.spells = layers::Spells{.vertices = layers::make_spell_list(n, {})};

  const std::vector<std::pair<std::string, std::function<void(std::ostream&)>>> writers = {
      {"graphml", [&](std::ostream& o) { io::write_graphml(eg, o); }},
      {"gexf", [&](std::ostream& o) { io::write_gexf(eg, o); }},
      {"dot", [&](std::ostream& o) { io::write_dot(eg, o); }},
      {"json", [&](std::ostream& o) { io::write_node_link_json(eg, o); }},
      {"csv edges", [&](std::ostream& o) { io::write_csv_edges(eg, o); }},
      {"csv nodes", [&](std::ostream& o) { io::write_csv_nodes(eg, o); }},
  };
  for (const auto& [name, write] : writers) {
    CAPTURE(name);
    CountingBuf counter;
    std::ostream out(&counter);
    write(out);
    CHECK(counter.total > 200000);
    CHECK(counter.writes > 2);
    CHECK(counter.largest < 70000);
  }
}
