#include "io/sha256.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "engine/error.hpp"

namespace reticulist::io {
namespace {

constexpr std::size_t kBlockBytes = std::size_t{1} << 20;

void ensure_sodium() {
  // sodium_init is thread-safe and idempotent; a function-local static runs it once.
  static const int status = sodium_init();
  if (status < 0) throw BackendError("libsodium could not be initialised");
}

std::string to_hex(const unsigned char* bytes, std::size_t n) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(2 * n, '0');
  for (std::size_t i = 0; i < n; ++i) {
    out[2 * i] = kDigits[bytes[i] >> 4];
    out[2 * i + 1] = kDigits[bytes[i] & 15];
  }
  return out;
}

// Closes the descriptor on every path out, exceptions included.
class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

[[noreturn]] void fail_read(const std::filesystem::path& path, int error) {
  throw InputError(located(path.string(), 0, std::string("cannot read: ") + std::strerror(error)));
}

}  // namespace

FileDigest digest_file(const std::filesystem::path& path) {
  ensure_sodium();
  const FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) fail_read(path, errno);

  crypto_hash_sha256_state state;
  crypto_hash_sha256_init(&state);
  std::vector<unsigned char> block(kBlockBytes);
  FileDigest digest;
  for (;;) {
    const ssize_t n = ::read(fd.get(), block.data(), block.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      fail_read(path, errno);  // EISDIR for a folder lands here
    }
    if (n == 0) break;
    crypto_hash_sha256_update(&state, block.data(), static_cast<unsigned long long>(n));
    digest.bytes += static_cast<std::uint64_t>(n);
  }
  unsigned char out[crypto_hash_sha256_BYTES];
  crypto_hash_sha256_final(&state, out);
  digest.sha256 = to_hex(out, sizeof out);
  return digest;
}

std::string sha256_file_hex(const std::filesystem::path& path) { return digest_file(path).sha256; }

std::string sha256_hex(std::string_view bytes) {
  ensure_sodium();
  unsigned char out[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(out, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  return to_hex(out, sizeof out);
}

}  // namespace reticulist::io
