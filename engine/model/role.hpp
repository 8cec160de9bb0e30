#pragma once
// A practitioner's role in a network, and the spellings of it found in real exports.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace reticulist::model {

enum class Role : std::uint8_t { Member, Coordinator, Facilitator, ResourceCreator, Lead };
inline constexpr int kRoleCount = 5;

// The contract's name: member, coordinator, facilitator, resource_creator, lead.
std::string_view role_name(Role role);

// Maps role spellings to roles. Matching ignores case, surrounding space and the difference
// between ' ', '-' and '_' ("Co-ordinator", "co ordinator", "Resource Creator" all match).
// An empty value is a member, as the contract says.
class RoleNames {
 public:
  RoleNames();  // the contract's names and common synonyms
  // Adds a user synonym (from dataset.toml); throws ConfigError when `role` is not a role name.
  void add_synonym(std::string_view spelling, std::string_view role);
  std::optional<Role> parse(std::string_view spelling) const;

 private:
  std::map<std::string, Role, std::less<>> by_key_;
};

}  // namespace reticulist::model
