#pragma once
// The people a user names on the command line, looked up among a Dataset's pseudonyms: by
// identifier as written in the export (pseudonymised here as ingest does it, normalise_identifier
// then the keyed hash, so "Jane.Smith@x" and " jane.smith@x" are one person), or by pseudonym
// (trimmed, any case). Raw identifiers go no further than this: every result names people by
// pseudonym, except `missing_as_given`, which is the user's own input for their terminal only.
//
// In two steps, so that a mistyped pseudonym stops the run before the dataset is read, and the
// key (which ingest loads, or creates) is needed only once it has been.
#include <cstdint>
#include <string>
#include <vector>

#include "engine/privacy/pseudonymiser.hpp"

namespace reticulist::privacy {

// Who the user asked for, checked and normalised; blank entries dropped, repeats kept once.
struct PersonRequest {
  std::vector<std::string> pseudonyms;   // lower case
  std::vector<std::string> identifiers;  // normalise_identifier's form, as pseudonymised
  std::vector<std::string> identifiers_as_given;  // trimmed, as first written (terminal only)

  bool empty() const { return pseudonyms.empty() && identifiers.empty(); }
};

// Throws ConfigError for a pseudonym that is not "p_" and 16 hex digits: an identifier given as a
// pseudonym, not found, would otherwise be written to files as one.
PersonRequest request_people(const std::vector<std::string>& pseudonyms, const std::vector<std::string>& identifiers);

struct NamedPeople {
  // Everyone asked for, found or not, each once (an identifier and the pseudonym it has are one
  // person): pseudonyms first, then identifiers, each in the order given.
  std::vector<std::string> pseudonyms;
  std::uint32_t by_identifier = 0;  // how many of them were asked for by identifier
  std::vector<std::string> missing;  // the pseudonyms of those not in the data, in the same order
  // The same people as the user first wrote them (trimmed): for the message that tells them,
  // never for a file or a log.
  std::vector<std::string> missing_as_given;
};

// `known`: the Dataset's pseudonyms. O(asked + known): one keyed hash per identifier, one pass
// over `known` with a hash table of those asked for.
NamedPeople find_people(const PersonRequest& request, const Pseudonymiser& pseudonymiser,
                        const std::vector<std::string>& known);

// "2 of the people named are not in the data: Jane.Smith@x, p_00000000000000ff", the people as the
// user wrote them: for their terminal only.
std::string missing_people(const NamedPeople& named);

}  // namespace reticulist::privacy
