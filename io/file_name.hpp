#pragma once
// File names made from data (a rank, a pseudonym, a network's or an authority's name): safe to
// create in any folder, on any file system the outputs may be copied to, and never two alike.
//
//   io::FileNames names;
//   names.unique("ego_" + rank, ".svg");   // "ego_1.svg"
//   names.unique("../etc/passwd", ".svg"); // "etc_passwd-6c5d4e3f.svg"
#include <cstddef>
#include <set>
#include <string>
#include <string_view>

namespace reticulist::io {

// The longest stem safe_file_stem returns, in bytes: with a hash suffix and an extension the name
// stays far below the 255 bytes ext4, NTFS and zip entries allow.
inline constexpr std::size_t kMaxFileStem = 64;

// `text` as a file stem of ASCII letters, digits, '_', '-' and '.': every other byte (path
// separators, control characters, spaces, quotes, each byte of a non-ASCII character) becomes
// '_', runs of '_' become one; leading '.', '-' and '_' and trailing '.', '_' are dropped (no
// hidden file, no "..", nothing read as a command-line option, nothing Windows trims); cut to
// kMaxFileStem bytes; a Windows device name (CON, NUL, COM1, ...) gets a trailing '_'; nothing
// left gives "unnamed". ASCII only: "é" and "e" + U+0301 are one name on macOS, two on Linux.
std::string safe_file_stem(std::string_view text);

// Names given out for one folder. unique() returns safe_file_stem(stem) + extension, with
// "-<8 hex digits of a 64-bit FNV-1a hash of `stem`>" before the extension when the stem had to
// change, so two texts that sanitise alike ("a/b", "a:b") keep apart whatever their order; and
// "-2", "-3", ... when the name is still taken (compared without case: "A.svg" and "a.svg" are
// one file on Windows and macOS). `extension` is given as ".svg" and trusted (not from data).
class FileNames {
 public:
  std::string unique(std::string_view stem, std::string_view extension);

 private:
  std::set<std::string> taken_;  // lower-cased
};

}  // namespace reticulist::io
