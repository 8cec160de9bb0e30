#include "participation_writer.hpp"

#include <array>
#include <unordered_map>

namespace reticulist::generate {
namespace {

// Spellings seen in sign-up sheets and Teams exports; every one maps to its role under
// ingest's case-insensitive synonym rules (engine/model/role.cpp).
const std::array<std::vector<const char*>, kRoles> kRoleVariants = {{
    {"Member", "Member ", "Participant", "MEMBER", "Attendee"},
    {"Co-ordinator", "Coordinator", "Convener", "co-ordinator"},
    {"Facilitator", "Presenter", "Tutor"},
    {"Resource Creator", "Content Creator", "resource creator"},
    {"Lead", "Network Lead", "Chair"},
}};

void append_digits(std::string& out, std::uint64_t value, int width) {
  char digits[24];
  int n = 0;
  do {
    digits[n++] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value > 0);
  for (int i = n; i < width; ++i) out.push_back('0');
  while (n > 0) out.push_back(digits[--n]);
}

}  // namespace

const char* role_name(Role role) {
  static const char* names[kRoles] = {"member", "coordinator", "facilitator", "resource_creator", "lead"};
  return names[static_cast<int>(role)];
}

std::string name_key(std::string_view name) {
  std::string key;
  for (char c : name) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    key.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return key;
}

void append_practitioner_id(std::string& out, std::uint32_t person) {
  // 73939133 is odd and not a multiple of 5, so x -> 73939133 x + c is a bijection mod 10^8:
  // ids never collide and do not reveal the creation order.
  const std::uint64_t v = (person * 73939133ULL + 12345678ULL) % 100000000ULL;
  out += "gw";
  append_digits(out, v, 8);
  out += "@glow.sch.uk";
}

std::string practitioner_id(std::uint32_t person) {
  std::string id;
  append_practitioner_id(id, person);
  return id;
}

void append_event_id(std::string& out, long number) {
  out += "EV";
  append_digits(out, static_cast<std::uint64_t>(number), 8);
}

ParticipationWriter::ParticipationWriter(const std::filesystem::path& path, const Establishments& establishments,
                                         const Authorities& authorities, const Options& options, People& people,
                                         int sessions)
    : out_(path),
      people_(people),
      sessions_(sessions),
      rng_(make_rng(options.seed, Stream::Messiness)),
      messy_(!options.clean),
      duplicate_share_(options.duplicate_share),
      name_share_(options.name_reference_share),
      name_blank_share_(options.name_without_authority),
      role_variant_share_(options.role_variant_share) {
  out_.raw("date,network,practitioner,establishment,authority,role,designation,event\n");
  std::unordered_map<std::string, std::vector<std::size_t>> by_name;
  for (std::size_t i = 0; i < establishments.size(); ++i) by_name[name_key(establishments.items[i].name)].push_back(i);
  for (const auto& e : establishments.items) {
    est_code_.push_back(csv_field(e.code));
    est_name_.push_back(csv_field(e.name));
    const auto& named = by_name[name_key(e.name)];
    std::size_t same_authority = 0;
    for (auto j : named) same_authority += establishments.items[j].authority == e.authority;
    ambiguous_with_authority_.push_back(same_authority > 1);
    ambiguous_without_authority_.push_back(named.size() > 1);
  }
  for (const auto& a : authorities.items) auth_field_.push_back(csv_field(a.id));
  for (const auto& d : designation_names()) designation_field_.push_back(csv_field(d));
  establishment_rows_.assign(establishments.size() * static_cast<std::size_t>(sessions), 0);
}

void ParticipationWriter::row(std::string_view date, std::string_view network, std::uint32_t person, Role role,
                              std::string_view event, int session) {
  const std::int32_t est = people_.establishment[person];
  // Three draws per row whatever happens, so that one choice never shifts the next row's.
  const double u_role = messy_ ? rng_.uniform() : 1.0;
  const double u_name = messy_ ? rng_.uniform() : 1.0;
  const double u_dup = messy_ ? rng_.uniform() : 1.0;
  const bool by_name = est >= 0 && u_name < name_share_;
  const bool blank_authority = by_name && u_name < name_share_ * name_blank_share_;

  line_.clear();
  line_.append(date);
  line_.push_back(',');
  line_.append(network);
  line_.push_back(',');
  append_practitioner_id(line_, person);
  line_.push_back(',');
  if (est >= 0) {
    const auto e = static_cast<std::size_t>(est);
    line_.append(by_name ? est_name_[e] : est_code_[e]);
    ++establishment_rows_[e * static_cast<std::size_t>(sessions_) + static_cast<std::size_t>(session)];
  }
  line_.push_back(',');
  if (!blank_authority) line_.append(auth_field_[people_.authority[person]]);
  line_.push_back(',');
  if (u_role < role_variant_share_) {
    const auto& variants = kRoleVariants[static_cast<std::size_t>(role)];
    // u_role is uniform on [0, share): reuse it to pick the spelling.
    const auto k = static_cast<std::size_t>(u_role / role_variant_share_ * static_cast<double>(variants.size()));
    append_csv_field(line_, variants[std::min(k, variants.size() - 1)]);
    ++messiness_.role_variant_rows;
  } else {
    line_.append(role_name(role));
  }
  line_.push_back(',');
  line_.append(designation_field_[people_.designation[person]]);
  line_.push_back(',');
  line_.append(event);
  line_.push_back('\n');

  const int copies = u_dup < duplicate_share_ ? 2 : 1;
  for (int c = 0; c < copies; ++c) out_.raw(line_);
  rows_ += copies;
  people_.rows[person] += static_cast<std::uint32_t>(copies);
  if (copies == 2) ++messiness_.duplicate_rows;
  if (by_name) {
    ++messiness_.name_references;
    const auto e = static_cast<std::size_t>(est);
    if (blank_authority) ++messiness_.name_references_without_authority;
    if (blank_authority ? ambiguous_without_authority_[e] : ambiguous_with_authority_[e]) {
      ++messiness_.name_references_ambiguous;
    }
  }
}

}  // namespace reticulist::generate
