#include "engine/privacy/pseudonymiser.hpp"

#include <sodium.h>

#include "engine/error.hpp"
#include "engine/hex.hpp"

namespace reticulist::privacy {
namespace {

constexpr std::size_t kPseudonymBytes = 8;

void ensure_sodium() {
  // sodium_init is thread-safe and idempotent; it fails only without an entropy source.
  if (sodium_init() < 0) throw BackendError("libsodium could not be initialised");
}

}  // namespace

std::string_view trim_identifier(std::string_view raw) {
  while (!raw.empty() && (raw.front() == ' ' || raw.front() == '\t')) raw.remove_prefix(1);
  while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\t')) raw.remove_suffix(1);
  return raw;
}

std::string normalise_identifier(std::string_view raw) {
  std::string out(trim_identifier(raw));
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

struct Pseudonymiser::KeyedState {
  crypto_generichash_state state;
};

Pseudonymiser::Pseudonymiser(const Key& key) : key_(key) {
  ensure_sodium();
  auto keyed = std::make_shared<KeyedState>();
  crypto_generichash_init(&keyed->state, key_.data(), key_.size(), kPseudonymBytes);
  keyed_ = std::move(keyed);
}

// The same bytes as crypto_generichash(out, 8, id, key): init with the key, update, final; the
// state after init is the same for every identifier, so it is made once and copied.
std::string Pseudonymiser::pseudonym(std::string_view normalised) const {
  unsigned char out[kPseudonymBytes];
  crypto_generichash_state state = keyed_->state;
  crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(normalised.data()), normalised.size());
  crypto_generichash_final(&state, out, sizeof out);
  std::string pseudonym(2 + 2 * kPseudonymBytes, '\0');
  pseudonym[0] = 'p';
  pseudonym[1] = '_';
  write_hex(out, sizeof out, pseudonym, 2);
  return pseudonym;
}

std::string Pseudonymiser::fingerprint() const {
  static constexpr std::string_view kTag = "reticulist pseudonym key fingerprint v1";
  unsigned char out[kPseudonymBytes];
  crypto_generichash_state state;
  crypto_generichash_init(&state, nullptr, 0, sizeof out);
  crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(kTag.data()), kTag.size());
  crypto_generichash_update(&state, key_.data(), key_.size());
  crypto_generichash_final(&state, out, sizeof out);
  return to_hex(out, sizeof out);
}

Key random_key() {
  ensure_sodium();
  Key key;
  randombytes_buf(key.data(), key.size());
  return key;
}

std::string key_to_hex(const Key& key) { return to_hex(key.data(), key.size()); }

Key key_from_hex(std::string_view hex) {
  while (!hex.empty() && (hex.back() == '\n' || hex.back() == '\r' || hex.back() == ' ')) {
    hex.remove_suffix(1);
  }
  Key key{};
  auto digit = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  if (hex.size() != 2 * kKeyBytes) {
    throw ConfigError("a pseudonymisation key is 64 hexadecimal digits; found " +
                      std::to_string(hex.size()) + " characters");
  }
  for (std::size_t i = 0; i < kKeyBytes; ++i) {
    const int hi = digit(hex[2 * i]);
    const int lo = digit(hex[2 * i + 1]);
    if (hi < 0 || lo < 0) throw ConfigError("a pseudonymisation key holds only hexadecimal digits");
    key[i] = static_cast<std::uint8_t>(hi * 16 + lo);
  }
  return key;
}

}  // namespace reticulist::privacy
