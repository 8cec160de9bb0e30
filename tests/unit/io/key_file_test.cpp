// Where the pseudonymisation key comes from (io/key_file.hpp). Every test names a key file in a
// temporary folder or sets RETICULIST_KEY: none may touch the user's ~/.config.
#include "io/key_file.hpp"

#include <catch2/catch.hpp>

#include <fstream>

#include <sys/stat.h>

#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "engine/error.hpp"
#include "support/fixture_datasets.hpp"
#include "support/temp_dir.hpp"

namespace reticulist::io {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

// Sets (or, given nullopt, unsets) an environment variable for one test and restores it.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, std::optional<std::string> value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    if (value) {
      ::setenv(name, value->c_str(), 1);
    } else {
      ::unsetenv(name);
    }
  }
  ~ScopedEnv() {
    if (old_) {
      ::setenv(name_, old_->c_str(), 1);
    } else {
      ::unsetenv(name_);
    }
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* name_;
  std::optional<std::string> old_;
};

// A key file as a careful user leaves it: mode 0600.
void write_private(const fs::path& path, std::string_view text) {
  testing::write_file(path, text);
  fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write);
}

std::string error_of(const std::optional<fs::path>& key_file, const std::optional<fs::path>& out) {
  try {
    load_or_create_key(key_file, out);
  } catch (const ConfigError& e) {
    return e.what();
  }
  return "(no ConfigError)";
}

}  // namespace

TEST_CASE("a named key file is read as it is", "[io][key]") {
  const LoadedKey key = load_or_create_key(testing::test_key_file(), std::nullopt);
  CHECK(privacy::key_to_hex(key.key) == testing::kTestKeyHex);
  CHECK(key.source == "key file " + testing::test_key_file().string());
  CHECK_FALSE(key.created);
}

TEST_CASE("a missing key file is created once, private, and read back the next time", "[io][key]") {
  TempDir dir;
  const fs::path path = dir.path() / "secure" / "wp.key";
  const LoadedKey first = load_or_create_key(path, dir.path() / "out");
  CHECK(first.created);
  CHECK(first.source == "key file " + path.string());
  CHECK(testing::read_file(path) == privacy::key_to_hex(first.key) + "\n");
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);
  CHECK_FALSE(fs::exists(path.string() + ".tmp"));

  const LoadedKey second = load_or_create_key(path, dir.path() / "out");
  CHECK_FALSE(second.created);
  CHECK(second.key == first.key);
}

// A crashed run may leave wp.key.tmp behind, readable by others: creation replaces it with a file
// created private (O_EXCL, 0600) rather than writing the key into it.
TEST_CASE("a key is created private even over a temporary left by a crashed run", "[io][key]") {
  TempDir dir;
  const fs::path path = dir.path() / "wp.key";
  {
    std::ofstream stale(path.string() + ".tmp");
    stale << "left over\n";
  }
  fs::permissions(path.string() + ".tmp", fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                                              fs::perms::others_read);
  const LoadedKey created = load_or_create_key(path, std::nullopt);
  CHECK(created.created);
  CHECK(testing::read_file(path) == privacy::key_to_hex(created.key) + "\n");
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);
  CHECK_FALSE(fs::exists(path.string() + ".tmp"));
}

TEST_CASE("a key file that holds no key is a configuration error naming it", "[io][key]") {
  TempDir dir;
  const fs::path path = dir.path() / "bad.key";
  write_private(path, "hello\n");
  CHECK(error_of(path, std::nullopt) ==
        path.string() + ": not a pseudonymisation key: a pseudonymisation key is 64 hexadecimal digits; found 5 characters");
}

TEST_CASE("a key file that the group or others may access is refused, saying how to make it private", "[io][key]") {
  // The key turns every pseudonym back into a person: 0644 (what git and a default umask give)
  // lets every user of the machine do that. 0600 and 0400 are private; any bit in 077 is not.
  TempDir dir;
  const fs::path path = dir.path() / "wp.key";
  testing::write_file(path, std::string(testing::kTestKeyHex) + "\n");
  const auto with_mode = [&](fs::perms mode) {
    fs::permissions(path, mode);
    return error_of(path, std::nullopt);
  };
  using P = fs::perms;
  const std::string fix = "; make it private with: chmod 600 " + path.string();
  CHECK(with_mode(P::owner_read | P::owner_write | P::group_read | P::others_read) ==
        path.string() + ": the pseudonymisation key can be read by other users (mode 0644)" + fix);
  CHECK(with_mode(P::owner_read | P::owner_write | P::group_read) ==
        path.string() + ": the pseudonymisation key can be read by other users (mode 0640)" + fix);
  CHECK(with_mode(P::owner_read | P::owner_write | P::group_write) ==
        path.string() + ": the pseudonymisation key is open to other users (mode 0620)" + fix);
  CHECK(with_mode(P::owner_read | P::others_exec) ==
        path.string() + ": the pseudonymisation key is open to other users (mode 0401)" + fix);
  // The message names the file, never the key.
  CHECK(with_mode(P::owner_all | P::group_all | P::others_all).find(testing::kTestKeyHex) == std::string::npos);

  for (const P mode : {P::owner_read | P::owner_write, P::owner_read}) {
    fs::permissions(path, mode);
    CHECK(privacy::key_to_hex(load_or_create_key(path, std::nullopt).key) == testing::kTestKeyHex);
  }
}

TEST_CASE("the key may not be inside the output folder", "[io][key]") {
  TempDir dir;
  const fs::path out = dir.path() / "out";
  const fs::path path = out / "sub" / "pseudonym.key";
  CHECK(error_of(path, out) ==
        path.string() + ": the pseudonymisation key must not be inside the output folder " + out.string());
  CHECK_FALSE(fs::exists(path));
  // A sibling folder whose name starts with the output folder's is not inside it.
  CHECK(load_or_create_key(dir.path() / "out2" / "pseudonym.key", out).created);
}

TEST_CASE("RETICULIST_KEY holds the key when no key file is named", "[io][key]") {
  const ScopedEnv env("RETICULIST_KEY", std::string(testing::kTestKeyHex));
  const LoadedKey key = load_or_create_key(std::nullopt, std::nullopt);
  CHECK(privacy::key_to_hex(key.key) == testing::kTestKeyHex);
  CHECK(key.source == "environment variable RETICULIST_KEY");
  CHECK_FALSE(key.created);

  TempDir dir;  // a named file wins over the variable
  const LoadedKey named = load_or_create_key(dir.path() / "k.key", std::nullopt);
  CHECK(named.created);
  CHECK(named.key != key.key);
}

TEST_CASE("reload_key gives ingest's key again, and refuses one that has changed since", "[io][key]") {
  const privacy::Key key = reload_key(testing::test_key_file(), std::string(testing::kTestKeyFingerprint));
  CHECK(privacy::key_to_hex(key) == testing::kTestKeyHex);
  TempDir dir;
  const fs::path other = dir.path() / "other.key";
  write_private(other, std::string(64, '0') + "\n");
  try {
    reload_key(other, std::string(testing::kTestKeyFingerprint));
    FAIL("no ConfigError");
  } catch (const ConfigError& e) {
    CHECK(std::string(e.what()) == "key file " + other.string() +
                                       ": the pseudonymisation key changed while the dataset was read (fingerprint "
                                       "c369dd21c0825183 then); run again");
  }
}

TEST_CASE("the default key path follows RETICULIST_KEY_FILE, then XDG_CONFIG_HOME, then HOME", "[io][key]") {
  const ScopedEnv home("HOME", std::string("/home/someone"));
  {
    const ScopedEnv file("RETICULIST_KEY_FILE", std::string("/secure/k.key"));
    CHECK(default_key_path() == fs::path("/secure/k.key"));
  }
  const ScopedEnv no_file("RETICULIST_KEY_FILE", std::nullopt);
  {
    const ScopedEnv xdg("XDG_CONFIG_HOME", std::string("/cfg"));
    CHECK(default_key_path() == fs::path("/cfg/reticulist/pseudonym.key"));
  }
  const ScopedEnv no_xdg("XDG_CONFIG_HOME", std::nullopt);
  CHECK(default_key_path() == fs::path("/home/someone/.config/reticulist/pseudonym.key"));
}

}  // namespace reticulist::io
