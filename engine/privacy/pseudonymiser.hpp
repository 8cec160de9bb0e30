#pragma once
// Keyed pseudonyms for practitioner identifiers.
//
// pseudonym(id) = "p_" + hex(BLAKE2b-64(key, normalise(id))), libsodium's crypto_generichash with
// a 256-bit key: stable for the same key, so people can be followed across runs and years, and
// unlinkable to the identifier without the key (a keyed hash, unlike a plain one, cannot be
// reversed by hashing a staff list). 64 bits give an expected first collision only after ~4e9
// people; ingest still checks for one and stops if it ever happens.
//
// normalise(id): surrounding space trimmed and ASCII letters lower-cased, because staff e-mails
// and numbers are case-insensitive in every export we know ("Jane.Doe@x" = "jane.doe@x").
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace reticulist::privacy {

inline constexpr std::size_t kKeyBytes = 32;
using Key = std::array<std::uint8_t, kKeyBytes>;

std::string normalise_identifier(std::string_view raw);
// The surrounding space (spaces and tabs) of an identifier trimmed, its case kept.
std::string_view trim_identifier(std::string_view raw);

class Pseudonymiser {
 public:
  explicit Pseudonymiser(const Key& key);
  // The pseudonym of an already normalised identifier.
  std::string pseudonym(std::string_view normalised) const;
  // Names the key without revealing it: hex of BLAKE2b-64 of a domain tag and the key.
  std::string fingerprint() const;

 private:
  struct KeyedState;  // the hash state after the key block, computed once and copied per pseudonym
  Key key_;
  std::shared_ptr<const KeyedState> keyed_;
};

// A fresh random key (libsodium's CSPRNG).
Key random_key();
// Hex text <-> key; from_hex throws ConfigError unless given exactly 64 hex digits.
std::string key_to_hex(const Key& key);
Key key_from_hex(std::string_view hex);

}  // namespace reticulist::privacy
