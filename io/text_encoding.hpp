#pragma once
// Text that is not UTF-8, turned into UTF-8 before the CSV reader sees it (csv_file.cpp): files
// that start with a UTF-16 byte-order mark (Excel's "Unicode text"), and files declared in a
// legacy encoding with `--encoding` or `[files] encoding` (Excel's "CSV" on Windows is
// Windows-1252). A conversion keeps every line feed, so line numbers stay those of the file.
// Also the guess, for a file declared UTF-8 that is not, of what it probably is.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace reticulist::io {

enum class ByteOrderMark { none, utf8, utf16le, utf16be };

// The byte-order mark `bytes` start with, and its length in bytes (0 for none).
ByteOrderMark byte_order_mark(std::string_view bytes, std::size_t& length);

// UTF-16 (after its byte-order mark) to UTF-8, surrogate pairs joined. Throws InputError
// "<file>:<line>: invalid UTF-16 (lone surrogate 0xDC00)" or "<file>:<line>: invalid UTF-16 (odd
// number of bytes: the file is cut off)"; line counts the line feeds decoded before.
std::string utf16_to_utf8(std::string_view bytes, bool big_endian, const std::string& file);

// Whether `name` means UTF-8 (utf-8, UTF8, ...), the default needing no conversion.
bool is_utf8_name(std::string_view name);

// Throws ConfigError "<where>: unknown encoding 'NAME' (e.g. windows-1252, iso-8859-1)" unless
// iconv (glibc) can read `name`.
void check_encoding_name(std::string_view name, const std::string& where);

// `bytes` in `encoding` (an iconv name) to UTF-8. Throws InputError "<file>:<line>: byte 0x81
// is not a character in windows-1252" at the first byte that is none.
std::string convert_to_utf8(std::string_view bytes, const std::string& encoding, const std::string& file);

// A file declared UTF-8 whose bytes are not: when every byte >= 0x80 is a Windows-1252 character
// and none of them forms a UTF-8 sequence, the first such character and its line.
struct EncodingGuess {
  std::string example;  // the character in UTF-8, e.g. "é" for 0xE9
  std::uint64_t line = 0;
};
std::optional<EncodingGuess> looks_like_windows_1252(std::string_view bytes, std::uint64_t first_line = 1);

// What to say after "invalid UTF-8 (...)" for the whole file `bytes`: "; the file looks like
// Windows-1252 (e.g. 'é' at line 3); read it with --encoding windows-1252", or, when it does
// not, "; if the file is in another encoding, read it with --encoding NAME (e.g. iso-8859-1)".
std::string encoding_advice(std::string_view bytes);

// What to say after "not a text file (NUL byte)" for the whole file `bytes`: when the first
// bytes are ASCII text with a NUL beside every character (UTF-16 saved without its byte-order
// mark), "; it looks like UTF-16 without a byte-order mark: read it with --encoding utf-16le"
// (or utf-16be), else nothing.
std::string nul_advice(std::string_view bytes);

}  // namespace reticulist::io
