#include "viz/report/key_figures.hpp"

#include <catch2/catch.hpp>

using reticulist::report::ColumnType;
using reticulist::report::Holds;
using reticulist::report::Table;
using namespace reticulist::viz;

namespace {

Table overview() {
  Table t("overview", "t", "d");
  t.add_column("period", ColumnType::Text, "");
  t.add_column("practitioners", ColumnType::Integer, "", Holds::PeopleCount);
  t.add_column("establishments_engaged", ColumnType::Integer, "", Holds::EstablishmentCount);
  t.add_column("networks_active", ColumnType::Integer, "");
  t.append_row({"2023/24", 4000, 500, 50});
  t.append_row({"2024/25", 4500, 520, 54});
  return t;
}

Table partnership() {
  Table t("partnership", "t", "d");
  t.add_column("period_from", ColumnType::Text, "", Holds::Period);
  t.add_column("period_to", ColumnType::Text, "", Holds::Period);
  t.add_column("members_before", ColumnType::Integer, "", Holds::PeopleCount);
  t.add_column("stayers", ColumnType::Integer, "", Holds::PeopleCount);
  t.add_column("joiners", ColumnType::Integer, "", Holds::PeopleCount);
  t.add_column("retention", ColumnType::Real, "", Holds::Share);
  t.append_row({"2023/24", "2024/25", 4000, 3000, 1500, 0.75});
  return t;
}

}  // namespace

// 4000 -> 4500 practitioners: +500, +500/4000 = +12.5%. Retention 3000/4000 = 75%.
TEST_CASE("key figures: sentences and changes from the tables", "[viz][report]") {
  const Tables tables{overview(), partnership()};
  const KeyFigures k = key_figures(tables, {"2023/24", "2024/25"});
  REQUIRE(k.sentences.size() == 2);
  CHECK(k.sentences[0] ==
        "In 2024/25, 4,500 practitioners from 520 establishments took part in 54 networks (2023/24: 4,000, +500 (+12.5%)).");
  CHECK(k.sentences[1] == "Of the 4,000 practitioners taking part in 2023/24, 3,000 (75%) took part again in 2024/25, and 1,500 joined.");
  REQUIRE(k.tiles.size() == 2);
  CHECK(k.tiles[0].value == "4,500");
  CHECK(k.tiles[0].change == "+500 (+12.5%) since 2023/24");
  CHECK(k.tiles[1].value == "75%");
}

TEST_CASE("key figures: a suppressed count reads [c], a missing table is left out", "[viz][report]") {
  Table o = overview();
  o.suppress(0, o.column_index("practitioners"));
  const Tables tables{std::move(o)};
  const KeyFigures k = key_figures(tables, {"2023/24", "2024/25"});
  REQUIRE(k.sentences.size() == 1);  // no partnership, engagement, tie or scenario table
  CHECK(k.tiles[0].change == "[c] since 2023/24");
  CHECK(k.sentences[0] == "In 2024/25, 4,500 practitioners from 520 establishments took part in 54 networks.");
  CHECK(key_figures(tables, {}).sentences.empty());
}

TEST_CASE("change_text", "[viz][report]") {
  CHECK(change_text(count_number(4569), count_number(4552)) == "-17 (-0.372%)");
  CHECK(change_text(count_number(10), count_number(10)) == "no change");
  CHECK(change_text(count_number(0), count_number(3)) == "+3");
  CHECK(change_text(Number{}, count_number(3)).empty());
}

// The scenario: 17 people removed; ties 1,000 -> 900 (change -100, 10%); random removals of 17
// leave 950 on average (lose 50), and 2% of them are as bad.
TEST_CASE("key figures: the fragility sentence names who is removed", "[viz][report]") {
  Table t("scenario", "t", "d");
  t.add_column("period", ColumnType::Text, "");
  t.add_column("measure", ColumnType::Text, "");
  t.add_column("before", ColumnType::Real, "");
  t.add_column("after", ColumnType::Real, "");
  t.add_column("change", ColumnType::Real, "");
  t.add_column("baseline_mean", ColumnType::Real, "");
  t.add_column("baseline_share_as_bad", ColumnType::Real, "", Holds::Share);
  t.append_row({"2024/25", "people_removed", 0.0, 17.0, 17.0, 17.0, std::nullopt});
  t.append_row({"2024/25", "ties", 1000.0, 900.0, -100.0, 950.0, 0.02});
  const Tables tables{std::move(t)};
  const KeyFigures named = key_figures(tables, {"2024/25"}, "people recorded as 'seconded officer'");
  REQUIRE(named.sentences.size() == 1);
  CHECK(named.sentences[0] ==
        "If the 17 people recorded as 'seconded officer' left, 100 ties would be lost (10%); removing as many people at "
        "random loses 50 on average, and 2% of random draws are as damaging.");
  CHECK(key_figures(tables, {"2024/25"}).sentences[0].rfind("If the 17 people of the fragility scenario left", 0) == 0);
}
