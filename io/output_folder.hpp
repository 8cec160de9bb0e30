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
//   io::OutputFolder folder(out_dir);              // creates it, parents included
//   folder.add_table(by_authority, {.csv = true, .json = true});
//   folder.add_file("network.dot", dot_text, "co-attendance network, Graphviz DOT");
//   folder.add_file_at("board.xlsx", [&](const std::filesystem::path& tmp) { write_xlsx(..., tmp); },
//                      {.description = "the Board pack's workbook"});
//   folder.commit(std::move(manifest));            // manifest.files is filled here
#include <cstdint>
#include <filesystem>
#include <functional>
#include <iosfwd>
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

  // The manifest entries so far, in the order the files were added.
  const std::vector<ManifestFile>& files() const { return files_; }

  // Removes a manifest.json left by an earlier run, renames every temporary into place, then
  // writes `manifest` (its `files` replaced by files()) as manifest.json. Call once.
  void commit(Manifest manifest);

 private:
  // Checks the entry's name, has `produce(temporary, final path)` write and sync the temporary
  // (removing it on failure), then records it.
  void write_temporary(
      ManifestFile entry,
      const std::function<void(const std::filesystem::path&, const std::filesystem::path&)>& produce);

  std::filesystem::path dir_;
  std::filesystem::path staging_;  // <dir>/.reticulist-partial-<pid>, created by the first file
  std::vector<ManifestFile> files_;
  std::size_t renamed_ = 0;  // files_[0, renamed_) are in place
  bool committed_ = false;
};

}  // namespace reticulist::io
