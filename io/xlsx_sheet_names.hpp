#pragma once
// Worksheet names Excel accepts, from table names (the workbook's README sheet comes first).
//
// Excel's rules: at most 31 characters (UTF-16 code units: a character beyond U+FFFF counts
// twice), none of [ ] : * ? / \, not starting or ending with an apostrophe, not empty, not
// "History" (reserved), unique ignoring case. Each name is made to fit: a character Excel refuses
// (or a control character, or a byte that is not UTF-8) becomes '_', apostrophes at either end go,
// the rest is cut to 31 units, an empty name is "sheet". A name already taken gets "_2", "_3", ...
// (cut further so that the suffix fits).
#include <string>
#include <string_view>
#include <vector>

namespace reticulist::io {

// The name of the workbook's first sheet, which describes the others.
inline constexpr std::string_view kReadmeSheet = "README";

// One name per table name, in order, none equal (ignoring ASCII case) to kReadmeSheet or to
// another: sheet_names({"readme", "a", "A"}) -> {"readme_2", "a", "A_2"}.
std::vector<std::string> sheet_names(const std::vector<std::string>& table_names);

// One name made to fit the rules above, before uniqueness.
std::string fitting_sheet_name(std::string_view wanted);

}  // namespace reticulist::io
