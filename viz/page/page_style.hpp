#pragma once
// The report page's one stylesheet, inline: screen and A4 print.
#include <string>

namespace reticulist::viz {

// The CSS for a page titled `title`: printed pages carry the title and "Page n of m" in their
// bottom margin, and "Contains personal data" in the top one when `personal_data`.
std::string page_style(const std::string& title, bool personal_data);

}  // namespace reticulist::viz
