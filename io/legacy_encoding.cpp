// Legacy encodings through glibc's iconv (Windows-1252, ISO-8859-1 and whatever else it knows),
// and the guess that a file declared UTF-8 is really Windows-1252, for the error message.
#include <iconv.h>

#include <cerrno>
#include <cstdio>
#include <memory>

#include "engine/error.hpp"
#include "io/text_encoding.hpp"
#include "io/utf8.hpp"

namespace reticulist::io {
namespace {

struct IconvCloser {
  void operator()(void* cd) const { ::iconv_close(static_cast<iconv_t>(cd)); }
};
using Iconv = std::unique_ptr<void, IconvCloser>;

Iconv open_to_utf8(const std::string& encoding) {
  const iconv_t cd = ::iconv_open("UTF-8", encoding.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return nullptr;
  return Iconv(cd);
}

std::string hex2(unsigned char byte) {
  char text[8];
  std::snprintf(text, sizeof text, "0x%02X", byte);
  return text;
}

// Windows-1252 0x80..0x9F as code points; 0 where the code page has no character.
constexpr std::uint16_t kWindows1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

}  // namespace

bool is_utf8_name(std::string_view name) {
  std::string plain;
  for (char c : name) {
    if (c != '-' && c != '_') plain += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return plain == "utf8";
}

void check_encoding_name(std::string_view name, const std::string& where) {
  if (is_utf8_name(name)) return;
  if (name.empty() || !open_to_utf8(std::string(name))) {
    throw ConfigError(where + ": unknown encoding '" + std::string(name) + "' (e.g. windows-1252, iso-8859-1)");
  }
}

std::string convert_to_utf8(std::string_view bytes, const std::string& encoding, const std::string& file) {
  const Iconv cd = open_to_utf8(encoding);
  if (!cd) throw ConfigError("unknown encoding '" + encoding + "'");
  std::string out(bytes.size() + bytes.size() / 2 + 16, '\0');  // grown when too small
  char* in = const_cast<char*>(bytes.data());  // iconv's signature; it does not write there
  std::size_t in_left = bytes.size();
  std::size_t done = 0;
  while (in_left > 0) {
    char* to = out.data() + done;
    std::size_t out_left = out.size() - done;
    const std::size_t r = ::iconv(static_cast<iconv_t>(cd.get()), &in, &in_left, &to, &out_left);
    done = out.size() - out_left;
    if (r != static_cast<std::size_t>(-1)) break;
    if (errno == E2BIG) {
      out.resize(out.size() * 2);
      continue;
    }
    std::uint64_t line = 1;
    for (std::size_t i = 0; i < done; ++i) line += out[i] == '\n' ? 1 : 0;
    if (errno == EINVAL) throw InputError(located(file, line, "the file ends inside a " + encoding + " character"));
    throw InputError(located(file, line, "byte " + hex2(static_cast<unsigned char>(*in)) +
                                             " is not a character in " + encoding));
  }
  out.resize(done);
  return out;
}

std::optional<EncodingGuess> looks_like_windows_1252(std::string_view bytes, std::uint64_t first_line) {
  std::optional<EncodingGuess> guess;
  std::uint64_t line = first_line;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const auto b = static_cast<unsigned char>(bytes[i]);
    if (b == '\n') ++line;
    if (b < 0x80) continue;
    std::size_t bad = 0;
    if (utf8_sequence(bytes, i, bad) > 0) return std::nullopt;  // real UTF-8: a damaged UTF-8 file
    const std::uint32_t cp = b >= 0xA0 ? b : kWindows1252High[b - 0x80];
    if (cp == 0) return std::nullopt;  // no character in Windows-1252
    if (!guess) {
      guess.emplace();
      append_code_point(guess->example, cp);
      guess->line = line;
    }
  }
  return guess;
}

std::string encoding_advice(std::string_view bytes) {
  if (const auto guess = looks_like_windows_1252(bytes)) {
    return "; the file looks like Windows-1252 (e.g. '" + guess->example + "' at line " + std::to_string(guess->line) +
           "); read it with --encoding windows-1252";
  }
  return "; if the file was saved in another encoding, read it with --encoding NAME (e.g. windows-1252)";
}

}  // namespace reticulist::io
