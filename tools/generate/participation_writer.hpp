#pragma once
// Streams participation.csv, one row at a time, adding the deliberate messiness of real
// exports (duplicates, establishment names for codes, variant role spellings) from its own
// random stream, so that --clean yields the same people and events without it.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "csv.hpp"
#include "establishments.hpp"
#include "options.hpp"
#include "people.hpp"
#include "rng.hpp"
#include "scales.hpp"

namespace reticulist::generate {

enum class Role : std::uint8_t { Member, Coordinator, Facilitator, ResourceCreator, Lead };
inline constexpr int kRoles = 5;
const char* role_name(Role role);

struct MessinessCounts {
  long duplicate_rows = 0;
  long name_references = 0;
  long name_references_without_authority = 0;
  // By ingest's rule: the name fits several register entries in the row's authority (or in
  // the whole register when the authority is blank), so the row is rejected.
  long name_references_ambiguous = 0;
  long role_variant_rows = 0;
};

// Matches io/registry's name key: lower case, white space removed.
std::string name_key(std::string_view name);

// The practitioner id: a fake Glow address, unique per person (a bijection of 0..10^8-1).
std::string practitioner_id(std::uint32_t person);
void append_practitioner_id(std::string& out, std::uint32_t person);
void append_event_id(std::string& out, long number);  // EV00001234

class ParticipationWriter {
 public:
  ParticipationWriter(const std::filesystem::path& path, const Establishments& establishments,
                      const Authorities& authorities, const Options& options, People& people, int sessions);

  // One attendance or membership row; `event` empty for a roster export.
  void row(std::string_view date, std::string_view network, std::uint32_t person, Role role,
           std::string_view event, int session);
  void close() { out_.close(); }

  long rows() const { return rows_; }
  std::uint64_t bytes() const { return out_.bytes_written(); }
  const MessinessCounts& messiness() const { return messiness_; }
  // Rows naming (by code or by name) each establishment in each session: est * sessions + s.
  const std::vector<std::uint32_t>& establishment_rows() const { return establishment_rows_; }

 private:
  CsvWriter out_;
  People& people_;
  int sessions_;
  std::vector<std::string> est_code_, est_name_, auth_field_, designation_field_;
  std::vector<std::uint8_t> ambiguous_with_authority_, ambiguous_without_authority_;
  std::vector<std::uint32_t> establishment_rows_;
  Rng rng_;
  bool messy_;
  double duplicate_share_, name_share_, name_blank_share_, role_variant_share_;
  std::string line_;
  long rows_ = 0;
  MessinessCounts messiness_;
};

}  // namespace reticulist::generate
