#include "io/output_folder.hpp"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <charconv>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <system_error>

#include "engine/error.hpp"
#include "io/table_writer.hpp"

namespace reticulist::io {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kManifestName = "manifest.json";
// Temporaries are named `<something>.reticulist-partial-<pid>`: hidden, never an output's name,
// and telling the next run whether the process that wrote them is still alive.
constexpr std::string_view kPartialMark = ".reticulist-partial-";

std::string partial_mark() { return std::string(kPartialMark) + std::to_string(::getpid()); }

// True when `digits` is the id of a process that no longer exists.
bool process_gone(std::string_view digits) {
  pid_t pid = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), pid);
  if (error != std::errc() || end != digits.data() + digits.size() || pid <= 0) return false;
  return ::kill(pid, 0) != 0 && errno == ESRCH;
}

// Removes the entries of `dir` named `<prefix><pid>` whose process is gone: what a run killed
// before it could clean up left behind. Best effort; nothing else is touched.
void remove_stale_partials(const fs::path& dir, const std::string& prefix) {
  std::vector<fs::path> stale;
  std::error_code ec;
  for (fs::directory_iterator it(dir.empty() ? fs::path(".") : dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.starts_with(prefix) && process_gone(std::string_view(name).substr(prefix.size())))
      stale.push_back(it->path());
  }
  for (const fs::path& path : stale) {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
}

std::string errno_text(int error) { return error != 0 ? std::strerror(error) : "write failed"; }

// fsync so that a rename can never expose a file whose bytes are not yet on disk (ext4 and
// xfs may otherwise show an empty file after a crash). Returns 0 or an errno value.
int sync_to_disk(const fs::path& path, int flags) {
  const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
  if (fd < 0) return errno;
  const int error = ::fsync(fd) == 0 ? 0 : errno;
  ::close(fd);
  return error == EINVAL ? 0 : error;  // EINVAL: the file system cannot sync this; nothing to do
}

// Writes `tmp` completely and syncs it, or removes it and throws; `shown` names it in messages.
void write_temporary_file(const fs::path& tmp, const fs::path& shown,
                          const std::function<void(std::ostream&)>& write) {
  const auto fail = [&](const std::string& reason) {
    std::error_code ignored;
    fs::remove(tmp, ignored);
    throw InputError(located(shown.string(), 0, reason));
  };
  {
    errno = 0;
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) fail("cannot write: " + errno_text(errno));
    try {
      write(out);
    } catch (...) {
      out.close();
      std::error_code ignored;
      fs::remove(tmp, ignored);
      throw;
    }
    if (!out) fail("cannot write: " + errno_text(errno));  // a write failed inside `write`
    errno = 0;
    out.flush();
    if (!out) fail("cannot write: " + errno_text(errno));
    out.close();
    if (!out) fail("cannot write: " + errno_text(errno));
  }
  if (const int error = sync_to_disk(tmp, O_RDONLY); error != 0)
    fail("cannot write: " + errno_text(error));
}

// The same for a file written by `write` under the name `tmp` (a library that opens it itself).
void write_temporary_file_at(const fs::path& tmp, const fs::path& shown,
                             const std::function<void(const fs::path&)>& write) {
  const auto remove = [&] {
    std::error_code ignored;
    fs::remove(tmp, ignored);
  };
  try {
    write(tmp);
  } catch (...) {
    remove();
    throw;
  }
  std::error_code ec;
  if (!fs::is_regular_file(tmp, ec)) {
    remove();
    throw InputError(located(shown.string(), 0, "was not written"));
  }
  if (const int error = sync_to_disk(tmp, O_RDONLY); error != 0) {
    remove();
    throw InputError(located(shown.string(), 0, "cannot write: " + errno_text(error)));
  }
}

void rename_into_place(const fs::path& tmp, const fs::path& path) {
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec)
    throw InputError(located(path.string(), 0, "cannot rename temporary file: " + ec.message()));
}

void check_file_name(const std::string& name) {
  const bool plain = !name.empty() && name != "." && name != ".." &&
                     name.find_first_of(std::string_view("/\\\0", 3)) == std::string::npos;
  if (!plain) throw std::logic_error("OutputFolder: '" + name + "' is not a plain file name");
  if (name == kManifestName || name.front() == '.')
    throw std::logic_error("OutputFolder: the name '" + name + "' is reserved");
}

ManifestFile table_entry(const report::Table& table, std::string_view extension) {
  ManifestFile entry;
  entry.name = table.name() + std::string(extension);
  entry.title = table.title();
  entry.description = table.description();
  entry.rows = table.row_count();
  for (std::size_t c = 0; c < table.column_count(); ++c) {
    const report::ColumnInfo& column = table.column(c);
    entry.columns.push_back(ManifestColumn{column.name, std::string(report::type_name(column.type)),
                                           column.description, std::string(report::holds_name(column.holds))});
  }
  entry.notes = table.notes();
  return entry;
}

ManifestFile file_entry(const std::string& name, FileInfo info) {
  ManifestFile entry;
  entry.name = name;
  entry.title = std::move(info.title);
  entry.description = std::move(info.description);
  entry.rows = info.rows;
  entry.columns = std::move(info.columns);
  return entry;
}

}  // namespace

void write_atomically(const fs::path& path, const std::function<void(std::ostream&)>& write) {
  std::string hidden(1, '.');  // appended, not "." + name: GCC 12 warns falsely (-Wrestrict) on that
  hidden += path.filename().string();
  hidden += kPartialMark;
  remove_stale_partials(path.parent_path(), hidden);
  const fs::path tmp = path.parent_path() / (hidden + std::to_string(::getpid()));
  write_temporary_file(tmp, path, write);
  try {
    rename_into_place(tmp, path);
  } catch (...) {
    std::error_code ignored;
    fs::remove(tmp, ignored);
    throw;
  }
}

OutputFolder::OutputFolder(fs::path dir) : dir_(std::move(dir)) {
  std::error_code ec;
  const fs::file_status status = fs::status(dir_, ec);
  if (fs::exists(status) && !fs::is_directory(status))
    throw InputError(located(dir_.string(), 0, "exists and is not a folder"));
  if (!fs::exists(status)) {
    ec.clear();
    fs::create_directories(dir_, ec);
    if (ec) throw InputError(located(dir_.string(), 0, "cannot create folder: " + ec.message()));
  }
  remove_stale_partials(dir_, std::string(kPartialMark));
}

OutputFolder::~OutputFolder() {
  // A file started and not finished (an exception in between) may still be written into the
  // staging folder: wait for its thread before removing it.
  for (const Started& started : started_) {
    if (started.written.wait_for(std::chrono::seconds(0)) != std::future_status::deferred) started.written.wait();
  }
  if (staging_.empty()) return;
  std::error_code ignored;
  fs::remove_all(staging_, ignored);  // after commit, empty
}

fs::path OutputFolder::claim(const ManifestFile& entry) {
  const std::lock_guard lock(mutex_);
  if (committed_) throw std::logic_error("OutputFolder: " + entry.name + " added after commit");
  check_file_name(entry.name);
  const auto taken = [&](const std::string& name) { return name == entry.name; };
  if (std::any_of(files_.begin(), files_.end(), [&](const ManifestFile& f) { return taken(f.name); }) ||
      std::any_of(claimed_.begin(), claimed_.end(), taken))
    throw std::logic_error("OutputFolder: " + entry.name + " is written twice");
  if (staging_.empty()) {
    const fs::path staging = dir_ / partial_mark();
    std::error_code ec;
    fs::create_directory(staging, ec);
    if (ec) throw InputError(located(staging.string(), 0, "cannot create folder: " + ec.message()));
    staging_ = staging;
  }
  // Room for every file claimed so far, so that recording one after writing it cannot throw.
  claimed_.reserve(claimed_.size() + 1);
  files_.reserve(files_.size() + claimed_.size() + 1);
  claimed_.push_back(entry.name);
  return staging_ / entry.name;
}

void OutputFolder::release(const std::string& name) {
  const std::lock_guard lock(mutex_);
  claimed_.erase(std::find(claimed_.begin(), claimed_.end(), name));
}

void OutputFolder::record(ManifestFile entry) {
  const std::lock_guard lock(mutex_);
  claimed_.erase(std::find(claimed_.begin(), claimed_.end(), entry.name));
  files_.push_back(std::move(entry));
}

void OutputFolder::write_temporary(
    ManifestFile entry, const std::function<void(const fs::path&, const fs::path&)>& produce) {
  const fs::path temporary = claim(entry);
  try {
    produce(temporary, dir_ / entry.name);
  } catch (...) {
    release(entry.name);
    throw;
  }
  record(std::move(entry));
}

void OutputFolder::add_table(const report::Table& table, TableFormats formats) {
  if (formats.csv) {
    write_temporary(table_entry(table, ".csv"), [&](const fs::path& tmp, const fs::path& path) {
      write_temporary_file(tmp, path, [&](std::ostream& out) { write_csv(table, out); });
    });
  }
  if (formats.json) {
    write_temporary(table_entry(table, ".json"), [&](const fs::path& tmp, const fs::path& path) {
      write_temporary_file(tmp, path, [&](std::ostream& out) { write_json(table, out); });
    });
  }
}

void OutputFolder::add_file(const std::string& name,
                            const std::function<void(std::ostream&)>& write, FileInfo info) {
  write_temporary(file_entry(name, std::move(info)), [&](const fs::path& tmp, const fs::path& path) {
    write_temporary_file(tmp, path, write);
  });
}

void OutputFolder::add_file_at(const std::string& name,
                               const std::function<void(const fs::path&)>& write, FileInfo info) {
  write_temporary(file_entry(name, std::move(info)), [&](const fs::path& tmp, const fs::path& path) {
    write_temporary_file_at(tmp, path, write);
  });
}

void OutputFolder::start_file_at(const std::string& name, std::function<void(const fs::path&)> write,
                                 FileInfo info, bool beside) {
  ManifestFile entry = file_entry(name, std::move(info));
  fs::path temporary = claim(entry);
  fs::path shown = dir_ / name;
  try {
    auto written = std::async(beside ? std::launch::async : std::launch::deferred,
                              [temporary = std::move(temporary), shown = std::move(shown), write = std::move(write)] {
                                write_temporary_file_at(temporary, shown, write);
                              });
    const std::lock_guard lock(mutex_);
    started_.push_back(Started{std::move(entry), std::move(written)});
  } catch (...) {  // no thread to be had (std::system_error), or no memory
    release(name);
    throw;
  }
}

void OutputFolder::finish_file(const std::string& name) {
  Started started;
  {
    const std::lock_guard lock(mutex_);
    const auto it = std::find_if(started_.begin(), started_.end(), [&](const Started& s) { return s.entry.name == name; });
    if (it == started_.end()) throw std::logic_error("OutputFolder: " + name + " was not started");
    started = std::move(*it);
    started_.erase(it);
  }
  try {
    started.written.get();  // outside the lock: other threads go on adding files meanwhile
  } catch (...) {
    release(name);
    throw;
  }
  record(std::move(started.entry));
}

void OutputFolder::add_file(const std::string& name,
                            const std::function<void(std::ostream&)>& write,
                            std::string description) {
  add_file(name, write, FileInfo{std::move(description), {}, {}, {}});
}

void OutputFolder::add_file(const std::string& name, std::string_view content, FileInfo info) {
  add_file(
      name,
      [content](std::ostream& out) {
        out.write(content.data(), static_cast<std::streamsize>(content.size()));
      },
      std::move(info));
}

void OutputFolder::add_file(const std::string& name, std::string_view content,
                            std::string description) {
  add_file(name, content, FileInfo{std::move(description), {}, {}, {}});
}

void OutputFolder::commit(Manifest manifest) {
  if (committed_) throw std::logic_error("OutputFolder: commit called twice");
  if (!claimed_.empty()) throw std::logic_error("OutputFolder: " + claimed_.front() + " was never finished");
  // An earlier run's manifest must not describe the files while they are being replaced:
  // a folder with a manifest.json is always a complete one.
  const fs::path manifest_path = dir_ / kManifestName;
  std::error_code ec;
  fs::remove(manifest_path, ec);
  if (ec) throw InputError(located(manifest_path.string(), 0, "cannot remove: " + ec.message()));

  for (; renamed_ < files_.size(); ++renamed_) {
    const std::string& name = files_[renamed_].name;
    rename_into_place(staging_ / name, dir_ / name);
  }
  manifest.files = files_;
  write_atomically(manifest_path, [&](std::ostream& out) { write_manifest(manifest, out); });
  if (!staging_.empty()) {
    std::error_code ignored;
    fs::remove(staging_, ignored);  // empty now
    staging_.clear();
  }
  sync_to_disk(dir_, O_RDONLY | O_DIRECTORY);  // make the renames durable; best effort
  committed_ = true;
}

}  // namespace reticulist::io
