// viz/page/html_table: a report::Table as an HTML table for people. The expected markup is
// written out by hand from the rules in html_table.hpp and engine/report/format_for_people.hpp.
#include "viz/page/html_table.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <stdexcept>
#include <string>

namespace report = reticulist::report;
namespace viz = reticulist::viz;
using report::ColumnType;
using report::Holds;

namespace {

report::Table members() {
  report::Table t("by_authority", "Members by authority", "one row per authority");
  t.add_column("authority", ColumnType::Text, "local \"authority\"");
  const auto people = t.add_column("members", ColumnType::Integer, "people", Holds::PeopleCount);
  t.add_column("retention", ColumnType::Real, "stayers / members", Holds::Share, {people});
  t.add_column("density", ColumnType::Real, "");
  t.append_row({"Glasgow <City>", 23456, 0.625, 0.3454545455});
  t.append_row({"Inverclyde", 3, 0.5, std::nullopt});
  t.append_row({"Renfrewshire", 41, 1.0 / 3, 1.981818182});
  t.suppress(1, 1);
  t.suppress(1, 2);
  return t;
}

std::string html(const viz::TableView& view) {
  std::string out;
  viz::append_html_table(out, view);
  return out;
}

}  // namespace

TEST_CASE("append_html_table: cells for people, [c] and NA marked, labels as row headers", "[viz][page]") {
  const report::Table t = members();
  // 23456 -> 23,456; 0.625 -> 62.5%; 0.3454545455 -> 0.345; 1/3 -> 33.3%; 1.981818182 -> 1.98.
  // The label column holds "Glasgow <City>" (escaped); the header's title holds the description
  // with its quotes escaped; density has no description, so no title.
  CHECK(html({.table = &t}) ==
        "<div class=\"table-wrap\"><table>\n<caption>Members by authority</caption>\n"
        "<thead><tr><th scope=\"col\" title=\"local &quot;authority&quot;\">authority</th>"
        "<th scope=\"col\" class=\"num\" title=\"people\">members</th>"
        "<th scope=\"col\" class=\"num\" title=\"stayers / members\">retention</th>"
        "<th scope=\"col\" class=\"num\">density</th></tr></thead>\n<tbody>\n"
        "<tr><th scope=\"row\">Glasgow &lt;City&gt;</th><td class=\"num\">23,456</td>"
        "<td class=\"num\">62.5%</td><td class=\"num\">0.345</td></tr>\n"
        "<tr><th scope=\"row\">Inverclyde</th><td class=\"num c\">[c]</td><td class=\"num c\">[c]</td>"
        "<td class=\"num na\">NA</td></tr>\n"
        "<tr><th scope=\"row\">Renfrewshire</th><td class=\"num\">41</td><td class=\"num\">33.3%</td>"
        "<td class=\"num\">1.98</td></tr>\n"
        "</tbody>\n</table></div>\n"
        "<p class=\"table-note\">[c]: withheld by disclosure control. NA: not defined for that row.</p>\n");
}

TEST_CASE("append_html_table: chosen columns, filtered rows, at most max_rows", "[viz][page]") {
  const report::Table t = members();
  // Rows with members above 10 (not suppressed): Glasgow and Renfrewshire; max_rows 1 keeps
  // Glasgow and says one of two is shown. No [c] or NA among the cells shown: no legend.
  const viz::TableView view{
      .table = &t,
      .columns = {"members", "authority"},
      .rows = [&](std::size_t r) { return !t.is_suppressed(r, 1) && t.integer(r, 1) > 10; },
      .max_rows = 1,
      .caption = "Large & small"};
  CHECK(html(view) ==
        "<div class=\"table-wrap\"><table>\n<caption>Large &amp; small</caption>\n"
        "<thead><tr><th scope=\"col\" class=\"num\" title=\"people\">members</th>"
        "<th scope=\"col\" title=\"local &quot;authority&quot;\">authority</th></tr></thead>\n<tbody>\n"
        "<tr><td class=\"num\">23,456</td><th scope=\"row\">Glasgow &lt;City&gt;</th></tr>\n"
        "</tbody>\n</table></div>\n"
        "<p class=\"table-note\">The first 1 row of 2; every row is in by_authority.csv.</p>\n");
}

TEST_CASE("append_html_table: the headline by default, no rows, bad views", "[viz][page]") {
  report::Table t = members();
  t.set_headline({"authority", "retention"});
  const std::string headline = html({.table = &t, .rows = [](std::size_t) { return false; }});
  CHECK(headline ==
        "<div class=\"table-wrap\"><table>\n<caption>Members by authority</caption>\n"
        "<thead><tr><th scope=\"col\" title=\"local &quot;authority&quot;\">authority</th>"
        "<th scope=\"col\" class=\"num\" title=\"stayers / members\">retention</th></tr></thead>\n<tbody>\n"
        "<tr><td class=\"empty\" colspan=\"2\">No rows</td></tr>\n"
        "</tbody>\n</table></div>\n");
  CHECK_THROWS_AS(html({.table = &t, .columns = {"no_such_column"}}), std::out_of_range);
  CHECK_THROWS_AS(html({}), std::logic_error);
}
