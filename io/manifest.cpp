#include "io/manifest.hpp"

#include <nlohmann/json.hpp>
#include <ostream>

#include "io/sha256.hpp"

namespace reticulist::io {
namespace {

using Json = nlohmann::ordered_json;

Json pairs_to_object(const std::vector<std::pair<std::string, std::string>>& pairs) {
  Json object = Json::object();
  for (const auto& [key, value] : pairs) object[key] = value;
  return object;
}

Json file_to_json(const ManifestFile& file) {
  Json columns = Json::array();
  for (const ManifestColumn& column : file.columns) {
    Json c{{"name", column.name}, {"type", column.type}, {"description", column.description}};
    if (!column.holds.empty()) c["holds"] = column.holds;
    columns.push_back(std::move(c));
  }
  Json j = Json::object();
  j["name"] = file.name;
  j["title"] = file.title;
  j["description"] = file.description;
  j["rows"] = file.rows ? Json(*file.rows) : Json(nullptr);
  j["columns"] = std::move(columns);
  j["notes"] = pairs_to_object(file.notes);
  return j;
}

Json periods_to_json(const std::optional<ManifestPeriods>& periods) {
  if (!periods) return nullptr;
  Json labels = Json::array();
  for (const ManifestPeriod& p : periods->labels)
    labels.push_back(Json{{"label", p.label}, {"first", p.first}, {"last", p.last}});
  return Json{{"scheme", periods->scheme}, {"labels", std::move(labels)}};
}

Json disclosure_to_json(const ManifestDisclosure& d) {
  Json j = Json::object();
  j["view"] = d.view;
  j["rule"] = d.rule;
  j["symbol"] = "[c]";
  if (d.threshold) {
    j["threshold"] = *d.threshold;
    Json tables = Json::array();
    for (const ManifestDisclosed& t : d.tables) {
      tables.push_back(Json{{"table", t.table},
                            {"withheld", t.withheld.empty() ? Json(nullptr) : Json(t.withheld)},
                            {"primary", t.primary},
                            {"secondary", t.secondary},
                            {"derived", t.derived}});
    }
    j["tables"] = std::move(tables);
  }
  return j;
}

}  // namespace

ManifestInput describe_input(const std::filesystem::path& path) {
  FileDigest digest = digest_file(path);
  return ManifestInput{path.string(), std::move(digest.sha256), digest.bytes};
}

std::string manifest_to_json(const Manifest& manifest) {
  Json j = Json::object();
  j["output_contract"] = kOutputContractVersion;
  j["program"] = manifest.program;
  j["version"] = manifest.version;
  j["command_line"] = manifest.command_line;
  Json inputs = Json::array();
  for (const ManifestInput& input : manifest.inputs)
    inputs.push_back(Json{{"path", input.path}, {"sha256", input.sha256}, {"bytes", input.bytes}});
  j["inputs"] = std::move(inputs);
  j["options"] = pairs_to_object(manifest.options);
  j["periods"] = periods_to_json(manifest.periods);
  j["key_fingerprint"] = manifest.key_fingerprint ? Json(*manifest.key_fingerprint) : Json(nullptr);
  j["identify"] = manifest.identify;
  if (manifest.identify) j["warning"] = kIdentifyWarning;
  if (manifest.disclosure) j["disclosure"] = disclosure_to_json(*manifest.disclosure);
  Json files = Json::array();
  for (const ManifestFile& file : manifest.files) files.push_back(file_to_json(file));
  j["files"] = std::move(files);
  // A command-line argument need not be valid UTF-8; replace bad bytes rather than throw.
  return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

void write_manifest(const Manifest& manifest, std::ostream& out) {
  out << manifest_to_json(manifest);
}

}  // namespace reticulist::io
