#pragma once
// Disclosure control: the one pass that decides what an audience may see of a report::Table.
// Every command's tables go through it before any writer (design.md), so the CSV, the JSON, the
// workbook and the pictures show the same disclosed numbers.
//
// Views:
// - officer: the data officer's view. Tables pass unchanged: people as pseudonyms (raw
//   identifiers only where --identify put them in), every figure.
// - board: for the Board and anything published. The rule, after the UK Government Statistical
//   Service's guidance on small counts (GSS, "Disclosure control", 2021; ONS "Policy on protecting
//   confidentiality in tables", 2006/2021): no figure may let a reader single out a person.
//   1. Tables whose rows are about one person (a column holds Person) are withheld whole.
//   2. Primary suppression: a count of people (Holds::PeopleCount) from 1 to threshold - 1 is
//      suppressed. Zero is shown: it reveals no one (the count of a group that has nobody). In a
//      table of one row per measure, a row whose Unit column says "people" has every number
//      (Count or Measure: before, after, their change, a baseline's mean) suppressed when its
//      size is from above 0 to below the threshold.
//   3. Secondary suppression, so that a total or a complementary cell cannot give a suppressed
//      cell away by subtraction:
//      - down a column: the rows that share every label but one form a breakdown of a total
//        (authorities within a period, sectors within an authority and period); where exactly
//        one cell of such a group is suppressed, its smallest other cell is suppressed too (the
//        smallest non-zero one first). The labels are the Label columns; Period columns are
//        part of every group but never broken down (a person counts in several periods, so the
//        periods do not add up to a total) and Detail columns (a name beside an id) are ignored.
//      - along a row: where a table declares that one column is the sum of others
//        (Table::add_sum, e.g. members = stayers + joiners), a constraint with exactly one
//        suppressed cell gets its smallest other part suppressed (or the total, if no part can be).
//      Both repeat until nothing changes (a new suppression can make another group reveal).
//   4. Derived suppression: a cell computed from a suppressed cell (ColumnInfo::based_on: a rate,
//      a share, a mean) is suppressed too.
//   Suppressed cells print "[c]" in every format, never NA (outputs.md).
//   Limits, said in the manifest: the pass sees one table at a time. Tables of one command that
//   repeat a count at another level (summary's overview and by_authority) are protected by the
//   breakdown groups, which hold every authority of a period; two tables that print the same cell
//   are suppressed alike only where both reach the same decision.
//
// Cost: O(cells + rows log rows per breakdown) per pass; passes repeat at most once per newly
// suppressed cell, in practice two or three.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "engine/report/table.hpp"

namespace reticulist::privacy {

enum class View { Officer, Board };

// "officer", "board".
std::string_view view_name(View view);
// "officer" or "board" (any case, spaces around); nullopt for anything else.
std::optional<View> parse_view(std::string_view text);

struct DisclosureRule {
  // Counts of people from 1 to threshold - 1 are suppressed in the board view.
  std::uint32_t threshold = 5;
};

// The rule in words, for the manifest and the README.
std::string describe(const DisclosureRule& rule);

struct Disclosure {
  // The table as the view may see it; nullopt when it is withheld whole.
  std::optional<report::Table> table;
  std::string withheld_reason{};  // why, when withheld
  std::uint64_t primary = 0;      // small counts of people
  std::uint64_t secondary = 0;    // cells that would give a suppressed one away
  std::uint64_t derived = 0;      // cells computed from a suppressed one

  std::uint64_t suppressed() const { return primary + secondary + derived; }
};

// Throws std::invalid_argument for a threshold of 0 (a rule that suppresses nothing must say so
// by the officer view, not by a threshold).
Disclosure disclose(report::Table table, View view, const DisclosureRule& rule);

}  // namespace reticulist::privacy
