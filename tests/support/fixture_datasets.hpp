#pragma once
// Configurations for the committed fixture datasets (tests/fixtures/<name>/): the fixed test key
// (tests/fixtures/test.key, never a key under ~/.config) and a fixed plausible date range, so
// that every run gives the same pseudonyms and the same reasons whatever today's date is.
#include <filesystem>
#include <string>
#include <string_view>

#include "io/dataset_config.hpp"
#include "io/ingest.hpp"

namespace reticulist::testing {

// The hex text of tests/fixtures/test.key, and its fingerprint (libsodium BLAKE2b-64 of the
// fingerprint tag and the key, computed independently with Python's hashlib).
inline constexpr std::string_view kTestKeyHex = "c1d85935ea75aa61b0b245ccfa0d7ed676d1cf7cf5fbde88fcc9de3385f47d2d";
inline constexpr std::string_view kTestKeyFingerprint = "c369dd21c0825183";

// A private copy (mode 0600) of tests/fixtures/test.key, made once per test program: git keeps
// the fixture 0644, and io::load_or_create_key refuses a key that others can read.
const std::filesystem::path& test_key_file();

// Plausible dates 2000-01-01..2030-12-31.
io::DatasetConfig fixture_config(std::string_view name);

io::Ingested ingest_fixture(std::string_view name);
io::Ingested ingest_config(const io::DatasetConfig& config);
// The message of the InputError that ingesting `config` throws, or "(no InputError)".
std::string ingest_error(const io::DatasetConfig& config);

}  // namespace reticulist::testing
