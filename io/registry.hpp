#pragma once
// The entity tables of a Dataset while ingest fills them, with the indexes ingest matches by:
// ids exactly, then names case-insensitively with white space ignored ("Our Lady Of Peace" and
// "our lady of  peace" meet). A name that fits several entities is ambiguous, never a guess.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/model/dataset.hpp"

namespace reticulist::io {

// Lower case, all white space removed: the key names are matched by.
std::string name_key(std::string_view name);

class Registry {
 public:
  explicit Registry(model::Dataset& dataset) : ds_(dataset) {}

  // Authorities are matched by id, then by name; an unknown one is created (listed = false).
  model::AuthorityId authority(std::string_view text);
  model::AuthorityId add_listed_authority(std::string_view id, std::string_view name, std::string_view region);
  std::uint32_t find_authority(std::string_view text) const;  // kNone when absent

  std::uint32_t find_establishment_by_id(std::string_view id) const;  // kNone when absent
  const std::vector<model::EstablishmentId>& establishments_named(std::string_view name) const;
  model::EstablishmentId add_registered_establishment(std::string_view id);
  void index_establishment_name(model::EstablishmentId id, std::string_view name);
  // One not in the register, as the participation row names it, within an authority.
  model::EstablishmentId unregistered_establishment(std::string_view text, model::AuthorityId authority);

  // Networks are matched by id, then by name; an unknown one is created (listed = false).
  // `ambiguous` is set when the name fits several listed networks (the caller rejects the row).
  model::NetworkId network(std::string_view text, bool& ambiguous);
  std::uint32_t find_network_by_id(std::string_view id) const;
  model::NetworkId add_listed_network(std::string_view id);
  void index_network_name(model::NetworkId id, std::string_view name);

  model::Dataset& dataset() { return ds_; }

 private:
  model::Dataset& ds_;
  std::unordered_map<std::string, std::uint32_t> authority_by_id_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> authority_by_name_;
  std::unordered_map<std::string, std::uint32_t> establishment_by_id_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> establishment_by_name_;
  std::unordered_map<std::string, std::uint32_t> unregistered_;  // authority + '\x1f' + name key
  std::unordered_map<std::string, std::uint32_t> network_by_id_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> network_by_name_;
  std::vector<model::EstablishmentId> none_;
};

}  // namespace reticulist::io
