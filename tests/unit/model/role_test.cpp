// Role names (engine/model/role.hpp). The contract's roles are member (the default),
// coordinator, facilitator, resource_creator and lead; spellings match ignoring case,
// surrounding space and the difference between ' ', '-', '_' and '.'.
#include "engine/model/role.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "engine/error.hpp"

namespace reticulist::model {
namespace {

std::string error_of(RoleNames& names, std::string_view spelling, std::string_view role) {
  try {
    names.add_synonym(spelling, role);
  } catch (const ConfigError& e) {
    return e.what();
  }
  return "(no ConfigError)";
}

}  // namespace

TEST_CASE("each role has its contract name", "[model][role]") {
  CHECK(role_name(Role::Member) == "member");
  CHECK(role_name(Role::Coordinator) == "coordinator");
  CHECK(role_name(Role::Facilitator) == "facilitator");
  CHECK(role_name(Role::ResourceCreator) == "resource_creator");
  CHECK(role_name(Role::Lead) == "lead");
  const RoleNames names;
  for (int r = 0; r < kRoleCount; ++r) CHECK(names.parse(role_name(static_cast<Role>(r))) == static_cast<Role>(r));
}

TEST_CASE("role spellings ignore case, surrounding space and separators", "[model][role]") {
  const RoleNames names;
  CHECK(names.parse(" MEMBER ") == Role::Member);
  CHECK(names.parse("\tLead\t") == Role::Lead);
  CHECK(names.parse("Co-ordinator") == Role::Coordinator);
  CHECK(names.parse("co ordinator") == Role::Coordinator);
  CHECK(names.parse("CO_ORDINATOR") == Role::Coordinator);
  CHECK(names.parse("Resource Creator") == Role::ResourceCreator);
  CHECK(names.parse("resource-creator") == Role::ResourceCreator);
  CHECK(names.parse("Facilitator.") == Role::Facilitator);
}

TEST_CASE("a blank role is a member", "[model][role]") {
  const RoleNames names;
  CHECK(names.parse("") == Role::Member);
  CHECK(names.parse("   ") == Role::Member);
  CHECK(names.parse(" - ") == Role::Member);  // only separators: nothing is left of it
}

TEST_CASE("common synonyms from exports are known", "[model][role]") {
  const RoleNames names;
  CHECK(names.parse("Participant") == Role::Member);
  CHECK(names.parse("attendee") == Role::Member);
  CHECK(names.parse("Network Member") == Role::Member);
  CHECK(names.parse("Convenor") == Role::Coordinator);
  CHECK(names.parse("Organizer") == Role::Coordinator);
  CHECK(names.parse("Presenter") == Role::Facilitator);
  CHECK(names.parse("Content Creator") == Role::ResourceCreator);
  CHECK(names.parse("Network Lead") == Role::Lead);
  CHECK(names.parse("Chair") == Role::Lead);
}

TEST_CASE("an unknown role is not guessed", "[model][role]") {
  const RoleNames names;
  CHECK(names.parse("observer") == std::nullopt);
  CHECK(names.parse("co-ordinators") == std::nullopt);
  CHECK(names.parse("member member") == std::nullopt);
}

TEST_CASE("a user synonym maps a spelling to a role", "[model][role]") {
  RoleNames names;
  names.add_synonym("Network Champion", "lead");
  names.add_synonym("Writer", "Resource Creator");  // the role may be given in any spelling of its name
  names.add_synonym("Presenter", "member");          // and may override a built-in synonym
  CHECK(names.parse("network-champion") == Role::Lead);
  CHECK(names.parse("WRITER") == Role::ResourceCreator);
  CHECK(names.parse("presenter") == Role::Member);
}

TEST_CASE("a user synonym must map to a role name", "[model][role]") {
  RoleNames names;
  CHECK(error_of(names, "Boss", "chief") ==
        "role synonym 'Boss' maps to unknown role 'chief' (expected member, coordinator, facilitator, "
        "resource_creator or lead)");
  // A synonym is not a role name: synonyms do not chain.
  CHECK(error_of(names, "Boss", "chair") ==
        "role synonym 'Boss' maps to unknown role 'chair' (expected member, coordinator, facilitator, "
        "resource_creator or lead)");
  CHECK(names.parse("Boss") == std::nullopt);
}

}  // namespace reticulist::model
