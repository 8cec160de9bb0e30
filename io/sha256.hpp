#pragma once
// SHA-256 of input files for the manifest (OpenSSL's libcrypto), so a reader can tell which
// exact export a result came from.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace reticulist::io {

struct FileDigest {
  std::string sha256;       // 64 lower-case hex digits
  std::uint64_t bytes = 0;  // bytes hashed, i.e. the file's size when it was read
};

// Streams the file in 1 MiB blocks. Throws InputError "<path>: cannot read: <reason>".
FileDigest digest_file(const std::filesystem::path& path);
std::string sha256_file_hex(const std::filesystem::path& path);
std::string sha256_hex(std::string_view bytes);

}  // namespace reticulist::io
