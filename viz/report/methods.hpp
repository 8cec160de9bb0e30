#pragma once
// The methods of the Board pack in words: every measure the page, its figures and its workbook
// show, with its definition and its source, written for a reader of Board papers. The same list
// fills the page's methods section and the workbook's README sheet. shared/spec/metrics.md is
// the contract these sentences follow.
#include <span>
#include <string_view>

namespace reticulist::viz {

struct MethodNote {
  std::string_view measure;
  std::string_view definition;
  std::string_view source;  // citation, or "Reticulist" for a convention of ours
};

std::span<const MethodNote> methods();

}  // namespace reticulist::viz
