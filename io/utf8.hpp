#pragma once
// UTF-8 well-formedness as the Unicode standard defines it (chapter 3, table 3-7): no overlong
// forms, no surrogates (U+D800..U+DFFF), nothing above U+10FFFF, no truncated sequences.
// ASCII text, nearly all of a typical export, is checked eight bytes at a time.
#include <cstddef>
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

}  // namespace reticulist::io
