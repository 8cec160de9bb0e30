#include "engine/privacy/person_lookup.hpp"

#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "engine/error.hpp"

namespace reticulist::privacy {
namespace {

bool is_pseudonym(std::string_view s) {
  if (s.size() != 18 || !s.starts_with("p_")) return false;
  for (char c : s.substr(2)) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

}  // namespace

PersonRequest request_people(const std::vector<std::string>& pseudonyms, const std::vector<std::string>& identifiers) {
  PersonRequest request;
  std::unordered_set<std::string> seen;
  for (const std::string& given : pseudonyms) {
    std::string p = normalise_identifier(given);
    if (p.empty()) continue;
    if (!is_pseudonym(p)) {
      throw ConfigError("'" + std::string(trim_identifier(given)) +
                        "' is not a pseudonym (p_ and 16 hexadecimal digits); name people by their identifier in the "
                        "export instead");
    }
    if (seen.insert(p).second) request.pseudonyms.push_back(std::move(p));
  }
  seen.clear();
  for (const std::string& given : identifiers) {
    std::string id = normalise_identifier(given);
    if (id.empty() || !seen.insert(id).second) continue;
    request.identifiers.push_back(std::move(id));
    request.identifiers_as_given.push_back(std::string(trim_identifier(given)));
  }
  return request;
}

NamedPeople find_people(const PersonRequest& request, const Pseudonymiser& pseudonymiser,
                        const std::vector<std::string>& known) {
  NamedPeople out;
  std::vector<std::string> as_given;
  std::unordered_map<std::string, std::size_t> at;  // pseudonym -> its place in out.pseudonyms
  for (const std::string& p : request.pseudonyms) {
    at.emplace(p, out.pseudonyms.size());
    out.pseudonyms.push_back(p);
    as_given.push_back(p);
  }
  // Distinct identifiers are distinct people: ingest stops if two ever share a pseudonym.
  out.by_identifier = static_cast<std::uint32_t>(request.identifiers.size());
  for (std::size_t i = 0; i < request.identifiers.size(); ++i) {
    std::string p = pseudonymiser.pseudonym(request.identifiers[i]);
    if (!at.emplace(p, out.pseudonyms.size()).second) continue;  // also asked for by pseudonym
    out.pseudonyms.push_back(std::move(p));
    as_given.push_back(request.identifiers_as_given[i]);
  }
  std::vector<bool> found(out.pseudonyms.size(), false);
  for (const std::string& p : known) {
    if (const auto it = at.find(p); it != at.end()) found[it->second] = true;
  }
  for (std::size_t i = 0; i < out.pseudonyms.size(); ++i) {
    if (found[i]) continue;
    out.missing.push_back(out.pseudonyms[i]);
    out.missing_as_given.push_back(std::move(as_given[i]));
  }
  return out;
}

std::string missing_people(const NamedPeople& named) {
  std::string list;
  for (const auto& m : named.missing_as_given) list += (list.empty() ? "" : ", ") + m;
  return std::to_string(named.missing.size()) + " of the people named " + (named.missing.size() == 1 ? "is" : "are") +
         " not in the data: " + list;
}

}  // namespace reticulist::privacy
