#include "engine/model/role.hpp"

#include <array>
#include <utility>

#include "engine/error.hpp"

namespace reticulist::model {
namespace {

constexpr std::array<std::string_view, kRoleCount> kRoleNames = {
    "member", "coordinator", "facilitator", "resource_creator", "lead"};

// Lower case, trimmed, with runs of ' ', '-', '_' and '.' folded to nothing, so that
// "Co-ordinator" and "coordinator", "Resource Creator" and "resource_creator" meet.
std::string key_of(std::string_view s) {
  std::string key;
  key.reserve(s.size());
  for (char c : s) {
    if (c == ' ' || c == '-' || c == '_' || c == '.' || c == '\t') continue;
    key.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return key;
}

}  // namespace

std::string_view role_name(Role role) { return kRoleNames[static_cast<std::size_t>(role)]; }

RoleNames::RoleNames() {
  for (int r = 0; r < kRoleCount; ++r) by_key_[key_of(kRoleNames[r])] = static_cast<Role>(r);
  // Synonyms seen in sign-up sheets and Teams exports.
  const std::pair<std::string_view, Role> synonyms[] = {
      {"participant", Role::Member},     {"attendee", Role::Member},
      {"delegate", Role::Member},        {"networkmember", Role::Member},
      {"convener", Role::Coordinator},   {"convenor", Role::Coordinator},
      {"organiser", Role::Coordinator},  {"organizer", Role::Coordinator},
      {"tutor", Role::Facilitator},      {"presenter", Role::Facilitator},
      {"contentcreator", Role::ResourceCreator}, {"resourcewriter", Role::ResourceCreator},
      {"leader", Role::Lead},            {"networklead", Role::Lead},
      {"chair", Role::Lead},
  };
  for (const auto& [spelling, role] : synonyms) by_key_[key_of(spelling)] = role;
}

void RoleNames::add_synonym(std::string_view spelling, std::string_view role) {
  auto target = by_key_.find(key_of(role));
  bool is_role_name = false;
  for (auto name : kRoleNames) is_role_name |= key_of(name) == key_of(role);
  if (target == by_key_.end() || !is_role_name) {
    throw ConfigError("role synonym '" + std::string(spelling) + "' maps to unknown role '" +
                      std::string(role) +
                      "' (expected member, coordinator, facilitator, resource_creator or lead)");
  }
  by_key_[key_of(spelling)] = target->second;
}

std::optional<Role> RoleNames::parse(std::string_view spelling) const {
  const std::string key = key_of(spelling);
  if (key.empty()) return Role::Member;
  auto it = by_key_.find(key);
  if (it == by_key_.end()) return std::nullopt;
  return it->second;
}

}  // namespace reticulist::model
