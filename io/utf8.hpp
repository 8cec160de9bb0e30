#pragma once
// UTF-8 well-formedness as the Unicode standard defines it (chapter 3, table 3-7): no overlong
// forms, no surrogates (U+D800..U+DFFF), nothing above U+10FFFF, no truncated sequences.
// ASCII text, nearly all of a typical export, is checked eight bytes at a time.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace reticulist::io {

enum class TextFault { none, nul_byte, invalid_utf8 };

struct TextCheck {
  TextFault fault = TextFault::none;
  // Offset of the NUL byte, or of the first byte of the ill-formed sequence (for a truncated
  // or overlong sequence that is its lead byte).
  std::size_t offset = 0;
};

// Checks that `bytes` are text: well-formed UTF-8 without NUL bytes. Reports the first fault.
TextCheck check_text(std::string_view bytes);

// Well-formed UTF-8 (NUL bytes allowed).
bool is_valid_utf8(std::string_view bytes);

// Length of the well-formed UTF-8 sequence of 2..4 bytes at s[i] (s[i] >= 0x80), or 0 if there
// is none; then `bad` is the length of the maximal ill-formed subpart to replace by one U+FFFD
// (Unicode 15, section 3.9, "U+FFFD Substitution of Maximal Subparts"), so a truncated sequence
// swallows no valid byte after it.
std::size_t utf8_sequence(std::string_view s, std::size_t i, std::size_t& bad);

// Appends code point `cp` (at most U+10FFFF, not a surrogate) to `out` in UTF-8.
void append_code_point(std::string& out, std::uint32_t cp);

inline constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";  // U+FFFD

// Appends `s` to `out` as well-formed UTF-8, for writers: each ASCII byte goes to
// `ascii(out, c)` (to escape it as the format needs); other well-formed sequences are copied
// unless `allowed(sequence)` says no; refused and ill-formed ones become U+FFFD.
template <typename Ascii, typename Allowed>
void append_repaired_utf8(std::string& out, std::string_view s, Ascii ascii, Allowed allowed) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ascii(out, static_cast<char>(c));
      ++i;
      continue;
    }
    std::size_t bad = 0;
    const std::size_t n = utf8_sequence(s, i, bad);
    if (n > 0) {
      const std::string_view sequence = s.substr(i, n);
      out.append(allowed(sequence) ? sequence : kReplacementCharacter);
      i += n;
    } else {
      out.append(kReplacementCharacter);
      i += bad;
    }
  }
}

}  // namespace reticulist::io
