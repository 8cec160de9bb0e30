#pragma once
// OutputFolder: the folder given by --out, whose files are complete or absent (outputs.md).
//
// Each file is written first into a hidden staging folder inside it,
// `<dir>/.reticulist-partial-<pid>/<name>` (same file system, so a rename moves it); commit()
// renames them all into place and writes manifest.json last. If commit() is never reached (an
// exception, an early return) the destructor removes the staging folder, so a failed run leaves
// no partial file. A run killed outright (SIGKILL, power loss) skips the destructor: its staging
// folder stays, under a name no output has, and the next OutputFolder on that folder removes
// every `.reticulist-partial-<pid>` whose process is gone (a live one is another run's).
// A folder holding manifest.json is complete: commit() removes an old manifest first, so if a
// rename fails or the run is killed midway the folder has no manifest (files renamed before it
// stay, each whole, beside the earlier run's). Nothing else in the folder is ever removed.
//
// Threads: add_table, add_file, add_file_at and start_file_at may be called from two threads at
// once (the names, the staging folder and the list are kept under a lock; the writing runs
// outside it). Files added that way are listed in the order their writes end, which varies: a
// file written beside the others, whose place in manifest.json must not vary, goes through
// start_file_at and finish_file. files() and commit() are for one thread, once the others are done.
//
//   io::OutputFolder folder(out_dir);              // creates it, parents included
//   folder.add_table(by_authority, {.csv = true, .json = true});
//   folder.add_file("network.dot", dot_text, "co-attendance network, Graphviz DOT");
//   folder.add_file_at("board.xlsx", [&](const std::filesystem::path& tmp) { write_xlsx(..., tmp); },
//                      {.description = "the Board pack's workbook"});
//   folder.start_file_at("board.xlsx", write, info);  // written on a thread of its own ...
//   folder.add_file("figure.svg", svg, "figure");  // ... while this one adds other files
//   folder.finish_file("board.xlsx");              // waits; listed here, whichever ended first
//   folder.commit(std::move(manifest));            // manifest.files is filled here
#include <cstdint>
#include <filesystem>
#include <functional>
#include <future>
#include <iosfwd>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/report/table.hpp"
#include "io/manifest.hpp"

namespace reticulist::io {

// Writes `<folder>/.<name>.reticulist-partial-<pid>` through `write`, flushes it to disk and
// renames it to `path`. On any failure the temporary is removed and InputError "<path>: reason"
// is thrown. Temporaries of `path` left by killed runs (their process gone) are removed first.
void write_atomically(const std::filesystem::path& path,
                      const std::function<void(std::ostream&)>& write);

struct TableFormats {
  bool csv = true;
  bool json = false;
};

// What the manifest says about a file that is not a report::Table.
struct FileInfo {
  std::string description{};
  std::string title{};
  std::optional<std::uint64_t> rows{};  // data rows if the file is tabular
  std::vector<ManifestColumn> columns{};
};

class OutputFolder {
 public:
  // Creates `dir` if missing. Throws InputError "<dir>: exists and is not a folder" or
  // "<dir>: cannot create folder: <reason>".
  explicit OutputFolder(std::filesystem::path dir);
  ~OutputFolder();
  OutputFolder(const OutputFolder&) = delete;
  OutputFolder& operator=(const OutputFolder&) = delete;

  const std::filesystem::path& path() const { return dir_; }

  // Writes `<table name>.csv` and/or `.json` (as temporaries until commit).
  void add_table(const report::Table& table, TableFormats formats = {});
  // Any other file. `name` is a plain file name, not hidden (no leading '.'), not manifest.json;
  // names must be unique within the folder.
  void add_file(const std::string& name, std::string_view content, FileInfo info);
  void add_file(const std::string& name, std::string_view content, std::string description);
  void add_file(const std::string& name, const std::function<void(std::ostream&)>& write,
                FileInfo info);
  void add_file(const std::string& name, const std::function<void(std::ostream&)>& write,
                std::string description);
  // A file that a library writes itself, given a file name (libxlsxwriter, Cairo): `write` must
  // create `temporary` (`<staging folder>/<name>`). Kept whole or absent as the others are: if
  // `write` throws, or returns without creating the file, the temporary is removed (and in the
  // second case InputError "<folder>/<name>: was not written" is thrown).
  void add_file_at(const std::string& name,
                   const std::function<void(const std::filesystem::path& temporary)>& write,
                   FileInfo info);

  // add_file_at in two steps, for a file written while this thread goes on adding others:
  // start_file_at checks and takes the name; with `beside`, `write` runs at once on a thread of
  // its own, without, in finish_file on the thread that calls it (the same bytes, one thread).
  // finish_file waits for it, rethrows what it threw (the temporary removed, nothing listed) and
  // lists the file: in manifest.json it comes where finish_file was called, whichever thread
  // ended first. A file started and never finished keeps commit() from running (logic_error);
  // the destructor waits for its thread before it removes the staging folder.
  void start_file_at(const std::string& name, std::function<void(const std::filesystem::path& temporary)> write,
                     FileInfo info, bool beside = true);
  void finish_file(const std::string& name);

  // The manifest entries so far, in the order the files were added.
  const std::vector<ManifestFile>& files() const { return files_; }

  // Removes a manifest.json left by an earlier run, renames every temporary into place, then
  // writes `manifest` (its `files` replaced by files()) as manifest.json. Call once, after every
  // started file is finished.
  void commit(Manifest manifest);

 private:
  // Under the lock: checks the entry's name and takes it, creates the staging folder; returns
  // the temporary's path.
  std::filesystem::path claim(const ManifestFile& entry);
  // Under the lock: lists a claimed file (its temporary written), or gives its name back.
  void record(ManifestFile entry);
  void release(const std::string& name);
  // claim, `produce(temporary, final path)` writes and syncs the temporary (removing it on
  // failure), record.
  void write_temporary(
      ManifestFile entry,
      const std::function<void(const std::filesystem::path&, const std::filesystem::path&)>& produce);

  std::filesystem::path dir_;
  std::mutex mutex_;               // over the members below
  std::filesystem::path staging_;  // <dir>/.reticulist-partial-<pid>, created by the first file
  std::vector<ManifestFile> files_;
  std::vector<std::string> claimed_;  // names being written, not listed yet
  struct Started {
    ManifestFile entry;
    std::future<void> written;
  };
  std::vector<Started> started_;  // by start_file_at, not finished yet
  std::size_t renamed_ = 0;  // files_[0, renamed_) are in place
  bool committed_ = false;
};

}  // namespace reticulist::io
