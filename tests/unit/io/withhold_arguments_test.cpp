// The command line the manifest records, without the identifiers a user typed
// (io/withhold_arguments.hpp). The parser (CLI11) gives --remove-people's values split on commas
// and untrimmed, as `values` below; every way of writing them on the command line is withheld,
// and nothing else is.
#include "io/withhold_arguments.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace reticulist::io {
namespace {

using Words = std::vector<std::string>;
const std::string W(kWithheldArgument);

}  // namespace

TEST_CASE("the values of --remove-people are withheld in every form the parser reads", "[io][whatif]") {
  const Words values = {"Jane.Smith@x", " Bob@x", "gw12345"};
  // reticulist whatif --remove-people "Jane.Smith@x, Bob@x" data --remove-people=gw12345 --seed 7
  CHECK(withhold_arguments({"reticulist", "whatif", "--remove-people", "Jane.Smith@x, Bob@x", "data",
                            "--remove-people=gw12345", "--seed", "7"},
                           "--remove-people", values) ==
        Words{"reticulist", "whatif", "--remove-people", W, "data", "--remove-people=" + W, "--seed", "7"});
  // Several words after one option (the parser takes them all): each is withheld.
  CHECK(withhold_arguments({"reticulist", "whatif", "--remove-people", "Jane.Smith@x", "gw12345", "data"},
                           "--remove-people", values) ==
        Words{"reticulist", "whatif", "--remove-people", W, W, "data"});
}

TEST_CASE("words that are not the option's values are kept", "[io][whatif]") {
  const Words values = {"Jane.Smith@x"};
  const Words line = {"reticulist", "whatif", "data", "--remove-pseudonyms", "p_0000000000000000",
                      "--remove-people-file", "leavers.txt", "--remove-designation", "QIO", "Jane.Smith@x,other"};
  Words expected = line;
  CHECK(withhold_arguments(line, "--remove-people", values) == expected);  // the last word holds more than a value
  CHECK(withhold_arguments(line, "--remove-people", {}) == expected);
  // A word equal to a value is withheld wherever it stands, even as the program's own name is not.
  CHECK(withhold_arguments({"Jane.Smith@x", "whatif", "Jane.Smith@x", ","}, "--remove-people", values) ==
        Words{"Jane.Smith@x", "whatif", W, ","});
}

}  // namespace reticulist::io
