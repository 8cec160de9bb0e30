#pragma once
// A list a user writes by hand, such as the people a whatif scenario removes: one entry per line,
// surrounding space trimmed; blank lines and lines starting with '#' are skipped, and so is a
// UTF-8 byte-order mark (Notepad and Excel write one). A line holds one whole entry, commas
// included (an identifier may hold one; an option's list is split on them).
#include <filesystem>
#include <string>
#include <vector>

namespace reticulist::io {

// The entries in file order. Throws InputError "<path>: cannot be read".
std::vector<std::string> read_list_file(const std::filesystem::path& path);

}  // namespace reticulist::io
