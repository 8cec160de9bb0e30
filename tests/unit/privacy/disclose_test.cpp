#include "engine/privacy/disclose.hpp"

#include <catch2/catch.hpp>
#include <sstream>
#include <stdexcept>
#include <string>

#include "io/table_writer.hpp"

namespace report = reticulist::report;
namespace privacy = reticulist::privacy;
using report::ColumnType;
using report::Holds;
using report::Table;

namespace {

const privacy::DisclosureRule kFive{};  // counts of 1-4 people suppressed

// period, authority, practitioners (people), records (other count), share = practitioners / staff.
Table by_authority() {
  Table t("by_authority", "By authority", "one row per period and authority");
  t.add_column("period", ColumnType::Text, "period");
  t.add_column("authority", ColumnType::Text, "authority");
  const auto people = t.add_column("practitioners", ColumnType::Integer, "people", Holds::PeopleCount);
  t.add_column("records", ColumnType::Integer, "records", Holds::Count);
  t.add_column("share_of_staff", ColumnType::Real, "practitioners / staff", Holds::Share, {people});
  return t;
}

std::string csv(const Table& t) {
  std::ostringstream out;
  reticulist::io::write_csv(t, out);
  return out.str();
}

}  // namespace

TEST_CASE("disclose: the officer view passes a table unchanged", "[privacy]") {
  Table t = by_authority();
  t.append_row({"2023/24", "Inverclyde", 2, 7, 0.01});
  const auto d = privacy::disclose(t, privacy::View::Officer, kFive);
  REQUIRE(d.table);
  CHECK(csv(*d.table) == csv(t));
  CHECK(d.suppressed() == 0);
}

TEST_CASE("disclose: nothing to suppress leaves the table as it was", "[privacy]") {
  // Every count of people is 0 or at least 5: zero reveals no one.
  Table t = by_authority();
  t.append_row({"2023/24", "Glasgow City", 120, 300, 0.2});
  t.append_row({"2023/24", "Inverclyde", 0, 0, 0.0});
  t.append_row({"2023/24", "Renfrewshire", 5, 9, 0.05});
  const auto d = privacy::disclose(t, privacy::View::Board, kFive);
  REQUIRE(d.table);
  CHECK(csv(*d.table) == csv(t));
  CHECK(d.suppressed() == 0);
}

TEST_CASE("disclose: a small count, its complement in the breakdown and the share built on it", "[privacy]") {
  // 2023/24: Glasgow 120, Inverclyde 3, Renfrewshire 9, Falkirk 0. Inverclyde's 3 is primary.
  // The period's total (132, in another table) minus the others would give it back, so the
  // smallest other non-zero count of that period, Renfrewshire's 9, is secondary. Falkirk's 0
  // is left: zero is not the smallest count that hides the 3. 2024/25 is another breakdown: its
  // 4 is primary and its other cells protect it the same way (7 < 50). Shares on hidden counts go.
  Table t = by_authority();
  t.append_row({"2023/24", "Glasgow City", 120, 300, 0.2});
  t.append_row({"2023/24", "Inverclyde", 3, 4, 0.01});
  t.append_row({"2023/24", "Renfrewshire", 9, 12, 0.03});
  t.append_row({"2023/24", "Falkirk", 0, 0, 0.0});
  t.append_row({"2024/25", "Glasgow City", 50, 60, 0.1});
  t.append_row({"2024/25", "Inverclyde", 4, 5, 0.02});
  t.append_row({"2024/25", "Renfrewshire", 7, 8, 0.02});
  const auto d = privacy::disclose(t, privacy::View::Board, kFive);
  REQUIRE(d.table);
  CHECK(d.primary == 2);
  CHECK(d.secondary == 2);
  CHECK(d.derived == 4);
  CHECK(csv(*d.table) ==
        "period,authority,practitioners,records,share_of_staff\n"
        "2023/24,Glasgow City,120,300,0.2\n"
        "2023/24,Inverclyde,[c],4,[c]\n"
        "2023/24,Renfrewshire,[c],12,[c]\n"
        "2023/24,Falkirk,0,0,0\n"
        "2024/25,Glasgow City,50,60,0.1\n"
        "2024/25,Inverclyde,[c],5,[c]\n"
        "2024/25,Renfrewshire,[c],8,[c]\n");
}

TEST_CASE("disclose: two small counts in one breakdown protect each other", "[privacy]") {
  Table t = by_authority();
  t.append_row({"2023/24", "Glasgow City", 120, 300, 0.2});
  t.append_row({"2023/24", "Inverclyde", 3, 4, 0.01});
  t.append_row({"2023/24", "Renfrewshire", 1, 1, 0.0});
  const auto d = privacy::disclose(t, privacy::View::Board, kFive);
  CHECK(d.primary == 2);
  CHECK(d.secondary == 0);
  CHECK(d.table->is_suppressed(1, 2));
  CHECK(d.table->is_suppressed(2, 2));
  CHECK_FALSE(d.table->is_suppressed(0, 2));
}

TEST_CASE("disclose: two dimensions, where each secondary choice can call for another", "[privacy]") {
  // practitioners by authority x sector in one period:
  //              primary  secondary
  //   Glasgow       2        40
  //   Inverclyde   30        50
  // The 2 is primary. Down the sectors of Glasgow, the smallest other is 40 (secondary); down the
  // authorities of "primary", 30 (secondary). Now the "secondary" sector has one hidden cell (40),
  // so 50 goes too, and then Inverclyde has two. Every row and column then holds two or none.
  Table t("by_authority_sector", "x", "y");
  t.add_column("period", ColumnType::Text, "period");
  t.add_column("authority", ColumnType::Text, "authority");
  t.add_column("sector", ColumnType::Text, "sector");
  t.add_column("practitioners", ColumnType::Integer, "people", Holds::PeopleCount);
  t.append_row({"2023/24", "Glasgow City", "primary", 2});
  t.append_row({"2023/24", "Glasgow City", "secondary", 40});
  t.append_row({"2023/24", "Inverclyde", "primary", 30});
  t.append_row({"2023/24", "Inverclyde", "secondary", 50});
  const auto d = privacy::disclose(t, privacy::View::Board, kFive);
  CHECK(d.primary == 1);
  CHECK(d.secondary == 3);
  for (std::size_t r = 0; r < 4; ++r) CHECK(d.table->is_suppressed(r, 3));
}

TEST_CASE("disclose: a total that is the sum of parts in the row", "[privacy]") {
  // members = stayers + joiners. joiners 2 is primary; 48 = 50 - stayers would give it back from
  // the row, so the smallest other part (stayers) goes, and the retention rate built on stayers.
  Table t("transitions", "x", "y");
  t.add_column("period", ColumnType::Text, "period");
  const auto stayers = t.add_column("stayers", ColumnType::Integer, "people", Holds::PeopleCount);
  const auto joiners = t.add_column("joiners", ColumnType::Integer, "people", Holds::PeopleCount);
  const auto members = t.add_column("members", ColumnType::Integer, "people", Holds::PeopleCount);
  t.add_column("retention", ColumnType::Real, "stayers / members before", Holds::Share, {stayers});
  t.add_sum(members, {stayers, joiners});
  t.append_row({"2023/24", 48, 2, 50, 0.8});
  const auto d = privacy::disclose(t, privacy::View::Board, kFive);
  CHECK(csv(*d.table) == "period,stayers,joiners,members,retention\n2023/24,[c],[c],50,[c]\n");
  CHECK(d.primary == 1);
  CHECK(d.secondary == 1);
  CHECK(d.derived == 1);
}

TEST_CASE("disclose: a sum whose only other part is hidden too hides nothing more", "[privacy]") {
  // Both parts small: they protect each other and the total stays.
  Table t("transitions", "x", "y");
  t.add_column("period", ColumnType::Text, "period");
  const auto stayers = t.add_column("stayers", ColumnType::Integer, "people", Holds::PeopleCount);
  const auto joiners = t.add_column("joiners", ColumnType::Integer, "people", Holds::PeopleCount);
  const auto members = t.add_column("members", ColumnType::Integer, "people", Holds::PeopleCount);
  t.add_sum(members, {stayers, joiners});
  t.append_row({"2023/24", 3, 4, 7});
  const auto d = privacy::disclose(t, privacy::View::Board, kFive);
  CHECK(csv(*d.table) == "period,stayers,joiners,members\n2023/24,[c],[c],7\n");
}

TEST_CASE("disclose: a table where everything must go", "[privacy]") {
  Table t = by_authority();
  t.append_row({"2023/24", "Inverclyde", 1, 1, 0.5});
  t.append_row({"2023/24", "Renfrewshire", 4, 6, 0.5});
  t.append_row({"2024/25", "Inverclyde", 2, 2, std::nullopt});
  const auto d = privacy::disclose(t, privacy::View::Board, kFive);
  CHECK(csv(*d.table) ==
        "period,authority,practitioners,records,share_of_staff\n"
        "2023/24,Inverclyde,[c],1,[c]\n"
        "2023/24,Renfrewshire,[c],6,[c]\n"
        "2024/25,Inverclyde,[c],2,[c]\n");
  CHECK(d.primary == 3);
  CHECK(d.derived == 3);  // an NA share built on a hidden count is hidden too: NA would say "no staff"
}

TEST_CASE("disclose: a table about one person each is withheld in the board view", "[privacy]") {
  Table t("nodes", "x", "y");
  t.add_column("practitioner", ColumnType::Text, "pseudonym", Holds::Person);
  t.add_column("degree", ColumnType::Integer, "ties");
  t.append_row({"p_00ff", 12});
  const auto board = privacy::disclose(t, privacy::View::Board, kFive);
  CHECK_FALSE(board.table);
  CHECK(board.withheld_reason == "its rows are about one person each (column practitioner)");
  CHECK(privacy::disclose(t, privacy::View::Officer, kFive).table);
}

TEST_CASE("disclose: suppressed cells are [c] in JSON, not null", "[privacy]") {
  // The only other cell of the breakdown is a zero: hidden too, or 3 = total - 0.
  Table t = by_authority();
  t.append_row({"2023/24", "Inverclyde", 3, 4, std::nullopt});
  t.append_row({"2023/24", "Glasgow City", 0, 0, std::nullopt});
  const auto d = privacy::disclose(t, privacy::View::Board, kFive);
  std::ostringstream out;
  reticulist::io::write_json(*d.table, out);
  CHECK(out.str() ==
        "{\n  \"by_authority\": [\n"
        "    {\"period\": \"2023/24\", \"authority\": \"Inverclyde\", \"practitioners\": \"[c]\", \"records\": 4, "
        "\"share_of_staff\": \"[c]\"},\n"
        "    {\"period\": \"2023/24\", \"authority\": \"Glasgow City\", \"practitioners\": \"[c]\", \"records\": 0, "
        "\"share_of_staff\": \"[c]\"}\n  ]\n}\n");
}

TEST_CASE("disclose: the threshold is the rule's", "[privacy]") {
  Table t = by_authority();
  t.append_row({"2023/24", "Inverclyde", 9, 9, 0.1});
  CHECK(privacy::disclose(t, privacy::View::Board, {.threshold = 10}).primary == 1);
  CHECK(privacy::disclose(t, privacy::View::Board, {.threshold = 9}).primary == 0);
  CHECK_THROWS_AS(privacy::disclose(t, privacy::View::Board, {.threshold = 0}), std::invalid_argument);
}

TEST_CASE("parse_view: officer and board, in any case", "[privacy]") {
  CHECK(privacy::parse_view(" Board ") == privacy::View::Board);
  CHECK(privacy::parse_view("officer") == privacy::View::Officer);
  CHECK_FALSE(privacy::parse_view("public"));
  CHECK(privacy::view_name(privacy::View::Board) == "board");
}

TEST_CASE("Table::suppress forgets the value; the getters refuse it", "[privacy][report]") {
  Table t = by_authority();
  t.append_row({"2023/24", "Inverclyde", 3, 4, 0.5});
  t.suppress(0, 2);
  CHECK(t.is_suppressed(0, 2));
  CHECK_FALSE(t.is_na(0, 2));
  CHECK(t.format_cell(0, 2) == "[c]");
  CHECK_THROWS_AS(t.integer(0, 2), std::logic_error);
  CHECK_THROWS_AS(t.set(0, 2, 3), std::logic_error);
  CHECK(t.suppressed_count() == 1);
  t.add_row();  // rows added later are not suppressed
  CHECK_FALSE(t.is_suppressed(1, 2));
}

TEST_CASE("disclose: a row of a long table whose unit is people", "[privacy]") {
  // A what-if scenario: 123 practitioners before, 120 after. The change (-3) and the baseline's
  // mean (2.5) are small numbers of people: suppressed. 123 and 120 are not small. The ties row
  // has no unit of people, so its small numbers stay.
  Table t("scenario", "x", "y");
  t.add_column("period", ColumnType::Text, "period");
  t.add_column("measure", ColumnType::Text, "measure");
  t.add_column("counts", ColumnType::Text, "unit", Holds::Unit);
  t.add_column("before", ColumnType::Real, "before");
  t.add_column("after", ColumnType::Real, "after");
  t.add_column("change", ColumnType::Real, "after - before");
  t.add_column("baseline_mean", ColumnType::Real, "mean");
  t.append_row({"all", "vertices", "people", 123, 120, -3, 2.5});
  t.append_row({"all", "ties", std::nullopt, 4, 2, -2, 3.0});
  const auto d = privacy::disclose(t, privacy::View::Board, kFive);
  CHECK(csv(*d.table) ==
        "period,measure,counts,before,after,change,baseline_mean\n"
        "all,vertices,people,123,120,[c],[c]\n"
        "all,ties,NA,4,2,-2,3\n");
  CHECK(d.primary == 2);
}
