#pragma once
// Where the pseudonymisation key lives. The key makes pseudonyms stable across runs (the same
// person keeps the same p_... code every year) and must never travel with the outputs.
//
// Resolution: --key-file or dataset.toml [pseudonymisation] key_file; else $RETICULIST_KEY_FILE;
// else $XDG_CONFIG_HOME/reticulist/pseudonym.key (~/.config/... when unset). The environment
// variable RETICULIST_KEY may hold the key itself (64 hex digits) for automated runs; it never
// appears on a command line, so never in a manifest.
#include <filesystem>
#include <optional>
#include <string>

#include "engine/privacy/pseudonymiser.hpp"

namespace reticulist::io {

struct LoadedKey {
  privacy::Key key;
  std::string source;  // "key file /path", "environment variable RETICULIST_KEY"
  bool created = false;
};

// Reads the key; creates the default or named key file (mode 0600, parent folders included)
// when it does not exist yet, which the caller reports with a warning.
// Throws ConfigError when a file exists but is not a key, when the group or others may access it
// (mode & 077: the message says to chmod 600), or `forbidden_parent` (the output folder) would
// contain it.
LoadedKey load_or_create_key(const std::optional<std::filesystem::path>& key_file,
                             const std::optional<std::filesystem::path>& forbidden_parent);

std::filesystem::path default_key_path();

// The key a finished ingest used (it loaded or created it), read again, to pseudonymise what a
// user names on the command line. Throws ConfigError unless it still has `fingerprint` (the key
// file replaced while the dataset was read).
privacy::Key reload_key(const std::optional<std::filesystem::path>& key_file, const std::string& fingerprint);

}  // namespace reticulist::io
