#include "io/registry.hpp"

#include <cmath>
#include <limits>

namespace reticulist::io {
namespace {
constexpr double kUnknown = std::numeric_limits<double>::quiet_NaN();

template <class Map>
std::uint32_t find_in(const Map& map, const std::string& key) {
  auto it = map.find(key);
  return it == map.end() ? model::kNone : it->second;
}
}  // namespace

std::string name_key(std::string_view name) {
  std::string key;
  key.reserve(name.size());
  for (char c : name) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    key.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return key;
}

std::uint32_t Registry::find_authority(std::string_view text) const {
  if (auto id = find_in(authority_by_id_, std::string(text)); id != model::kNone) return id;
  auto it = authority_by_name_.find(name_key(text));
  if (it != authority_by_name_.end() && it->second.size() == 1) return it->second.front();
  return model::kNone;
}

model::AuthorityId Registry::authority(std::string_view text) {
  if (auto id = find_authority(text); id != model::kNone) return id;
  auto& t = ds_.authorities;
  const auto id = static_cast<model::AuthorityId>(t.size());
  t.id.emplace_back(text);
  t.name.emplace_back(text);
  t.region.emplace_back();
  t.listed.push_back(false);
  for (auto& column : t.extra.values) column.emplace_back();
  authority_by_id_.emplace(std::string(text), id);
  authority_by_name_[name_key(text)].push_back(id);
  return id;
}

model::AuthorityId Registry::add_listed_authority(std::string_view id_text, std::string_view name,
                                                  std::string_view region) {
  auto& t = ds_.authorities;
  const auto id = static_cast<model::AuthorityId>(t.size());
  t.id.emplace_back(id_text);
  t.name.emplace_back(name.empty() ? id_text : name);
  t.region.emplace_back(region);
  t.listed.push_back(true);
  authority_by_id_.emplace(std::string(id_text), id);
  authority_by_name_[name_key(id_text)].push_back(id);
  if (!name.empty() && name_key(name) != name_key(id_text)) authority_by_name_[name_key(name)].push_back(id);
  return id;
}

std::uint32_t Registry::find_establishment_by_id(std::string_view id) const {
  return find_in(establishment_by_id_, std::string(id));
}

const std::vector<model::EstablishmentId>& Registry::establishments_named(std::string_view name) const {
  auto it = establishment_by_name_.find(name_key(name));
  return it == establishment_by_name_.end() ? none_ : it->second;
}

model::EstablishmentId Registry::add_registered_establishment(std::string_view id_text) {
  auto& t = ds_.establishments;
  const auto id = static_cast<model::EstablishmentId>(t.size());
  t.id.emplace_back(id_text);
  t.name.emplace_back();
  t.authority.push_back(model::kNone);
  t.sector.push_back(model::Sector::Unknown);
  t.roll.push_back(kUnknown);
  t.staff.push_back(kUnknown);
  t.in_register.push_back(true);
  establishment_by_id_.emplace(std::string(id_text), id);
  return id;
}

model::EstablishmentId Registry::unregistered_establishment(std::string_view text, model::AuthorityId authority) {
  std::string key = std::to_string(authority) + '\x1f' + name_key(text);
  if (auto it = unregistered_.find(key); it != unregistered_.end()) return it->second;
  auto& t = ds_.establishments;
  const auto id = static_cast<model::EstablishmentId>(t.size());
  t.id.emplace_back(text);
  t.name.emplace_back(text);
  t.authority.push_back(authority);
  t.sector.push_back(model::Sector::Unknown);
  t.roll.push_back(kUnknown);
  t.staff.push_back(kUnknown);
  t.in_register.push_back(false);
  for (auto& column : t.extra.values) column.emplace_back();
  unregistered_.emplace(std::move(key), id);
  return id;
}

void Registry::index_establishment_name(model::EstablishmentId id, std::string_view name) {
  if (!name.empty()) establishment_by_name_[name_key(name)].push_back(id);
}

void Registry::index_network_name(model::NetworkId id, std::string_view name) {
  if (!name.empty() && name_key(name) != name_key(ds_.networks.id[id])) network_by_name_[name_key(name)].push_back(id);
}

std::uint32_t Registry::find_network_by_id(std::string_view id) const {
  return find_in(network_by_id_, std::string(id));
}

model::NetworkId Registry::add_listed_network(std::string_view id_text) {
  auto& t = ds_.networks;
  const auto id = static_cast<model::NetworkId>(t.size());
  t.id.emplace_back(id_text);
  t.name.emplace_back(id_text);
  t.workstream.emplace_back();
  t.started.emplace_back();
  t.ended.emplace_back();
  t.listed.push_back(true);
  network_by_id_.emplace(std::string(id_text), id);
  return id;
}

model::NetworkId Registry::network(std::string_view text, bool& ambiguous) {
  ambiguous = false;
  if (auto id = find_network_by_id(text); id != model::kNone) return id;
  const std::string key = name_key(text);
  if (auto it = network_by_name_.find(key); it != network_by_name_.end()) {
    if (it->second.size() == 1) return it->second.front();
    ambiguous = true;
    return model::kNone;
  }
  auto& t = ds_.networks;
  const auto id = static_cast<model::NetworkId>(t.size());
  t.id.emplace_back(text);
  t.name.emplace_back(text);
  t.workstream.emplace_back();
  t.started.emplace_back();
  t.ended.emplace_back();
  t.listed.push_back(false);
  for (auto& column : t.extra.values) column.emplace_back();
  network_by_id_.emplace(std::string(text), id);
  return id;
}

}  // namespace reticulist::io
