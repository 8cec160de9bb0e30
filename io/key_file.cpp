#include "io/key_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include "engine/error.hpp"

namespace reticulist::io {
namespace {

bool inside(const std::filesystem::path& file, const std::filesystem::path& folder) {
  const auto f = std::filesystem::weakly_canonical(file);
  const auto d = std::filesystem::weakly_canonical(folder);
  auto fi = f.begin();
  for (auto di = d.begin(); di != d.end(); ++di, ++fi) {
    if (di->empty()) continue;
    if (fi == f.end() || *fi != *di) return false;
  }
  return true;
}

// The key makes every pseudonym reversible by whoever holds it, so a key file that the group or
// others may read or change is refused rather than used (as ssh refuses a private key).
void require_private(const std::filesystem::path& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return;  // reading it reports what is wrong
  const unsigned mode = st.st_mode & 07777;
  if ((mode & 077) == 0) return;
  char octal[8];
  std::snprintf(octal, sizeof octal, "%04o", mode);
  const char* who = (mode & 044) != 0 ? "can be read by other users" : "is open to other users";
  throw ConfigError(path.string() + ": the pseudonymisation key " + who + " (mode " + octal +
                    "); make it private with: chmod 600 " + path.string());
}

}  // namespace

std::filesystem::path default_key_path() {
  if (const char* env = std::getenv("RETICULIST_KEY_FILE"); env && *env) return env;
  std::filesystem::path base;
  if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg) {
    base = xdg;
  } else if (const char* home = std::getenv("HOME"); home && *home) {
    base = std::filesystem::path(home) / ".config";
  } else {
    base = ".";
  }
  return base / "reticulist" / "pseudonym.key";
}

LoadedKey load_or_create_key(const std::optional<std::filesystem::path>& key_file,
                             const std::optional<std::filesystem::path>& forbidden_parent) {
  if (!key_file) {
    if (const char* env = std::getenv("RETICULIST_KEY"); env && *env) {
      return {privacy::key_from_hex(env), "environment variable RETICULIST_KEY", false};
    }
  }
  const std::filesystem::path path = key_file ? *key_file : default_key_path();
  if (forbidden_parent && inside(path, *forbidden_parent)) {
    throw ConfigError(path.string() + ": the pseudonymisation key must not be inside the output folder " +
                      forbidden_parent->string());
  }
  if (std::filesystem::exists(path)) {
    require_private(path);
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    if (!in) throw ConfigError(path.string() + ": cannot read the pseudonymisation key file");
    try {
      return {privacy::key_from_hex(text.str()), "key file " + path.string(), false};
    } catch (const ConfigError& e) {
      throw ConfigError(path.string() + ": not a pseudonymisation key: " + e.what());
    }
  }
  const privacy::Key key = privacy::random_key();
  std::error_code ec;
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
  // Created private (O_EXCL, mode 0600, which the umask can only narrow): never readable by
  // others, not even between creating and renaming it. A temporary left by a crashed run is ours.
  const std::filesystem::path tmp = path.string() + ".tmp";
  std::filesystem::remove(tmp, ec);
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
  if (fd < 0) throw ConfigError(path.string() + ": cannot create the pseudonymisation key file: " + std::strerror(errno));
  const std::string text = privacy::key_to_hex(key) + "\n";
  const bool written = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
  ::close(fd);
  if (!written) {
    std::filesystem::remove(tmp, ec);
    throw ConfigError(path.string() + ": cannot create the pseudonymisation key file");
  }
  std::filesystem::rename(tmp, path, ec);
  if (ec) throw ConfigError(path.string() + ": cannot create the pseudonymisation key file: " + ec.message());
  return {key, "key file " + path.string(), true};
}

privacy::Key reload_key(const std::optional<std::filesystem::path>& key_file, const std::string& fingerprint) {
  const LoadedKey loaded = load_or_create_key(key_file, std::nullopt);
  if (privacy::Pseudonymiser(loaded.key).fingerprint() != fingerprint) {
    throw ConfigError(loaded.source + ": the pseudonymisation key changed while the dataset was read (fingerprint " +
                      fingerprint + " then); run again");
  }
  return loaded.key;
}

}  // namespace reticulist::io
