#pragma once
// Bytes as lower-case hexadecimal text, two digits a byte, the high nibble first: pseudonyms and
// key fingerprints (engine/privacy), key files, and file digests in manifests (io/sha256).
#include <cstddef>
#include <string>

namespace reticulist {

// Writes the 2 n digits of bytes[0, n) into text[at, at + 2 n), which must exist.
inline void write_hex(const unsigned char* bytes, std::size_t n, std::string& text, std::size_t at) {
  static constexpr char kDigits[] = "0123456789abcdef";
  for (std::size_t i = 0; i < n; ++i) {
    text[at + 2 * i] = kDigits[bytes[i] >> 4];
    text[at + 2 * i + 1] = kDigits[bytes[i] & 15];
  }
}

inline std::string to_hex(const unsigned char* bytes, std::size_t n) {
  std::string text(2 * n, '0');
  write_hex(bytes, n, text, 0);
  return text;
}

}  // namespace reticulist
