#pragma once
// The command line as the manifest records it, without what must not be written: the values of an
// option that names people by identifier (whatif --remove-people). Each such value is replaced by
// kWithheldArgument, in either form the parser reads: "--option=VALUE" and "--option" "VALUE".
//
// The parser lets a list option take several words, and a positional may come between them, so
// a word is judged by what it holds, not where it stands: a word that is not an option and whose
// comma-separated pieces are all among `values` (the option's values as parsed) is withheld. A
// word that only happens to equal one of them (the same text given twice) is withheld too, which
// errs the safe way.
#include <string>
#include <string_view>
#include <vector>

namespace reticulist::io {

inline constexpr std::string_view kWithheldArgument = "(withheld: identifiers)";

// `arguments[0]` (the program) is kept as it is.
std::vector<std::string> withhold_arguments(std::vector<std::string> arguments, std::string_view option,
                                            const std::vector<std::string>& values);

}  // namespace reticulist::io
