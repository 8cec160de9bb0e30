// --memory-limit's sizes, its guard and its record of what the run did to stay within it.
#include <catch2/catch.hpp>

#include "engine/error.hpp"
#include "engine/memory_limit.hpp"

namespace memory = reticulist::memory;

TEST_CASE("A memory limit is read in powers of 1024, with or without iB", "[memory]") {
  CHECK(memory::parse_size("4G") == 4294967296u);
  CHECK(memory::parse_size("4GiB") == 4294967296u);
  CHECK(memory::parse_size("4 gb") == 4294967296u);
  CHECK(memory::parse_size("512M") == 536870912u);
  CHECK(memory::parse_size("1.5G") == 1610612736u);
  CHECK(memory::parse_size("900k") == 921600u);
  CHECK(memory::parse_size("1T") == 1099511627776u);
  CHECK(memory::parse_size("1000000") == 1000000u);
  CHECK(memory::parse_size("1000000B") == 1000000u);
  for (const char* bad : {"", "G", "4X", "4 GG", "-4G", "4G5", "1e9", "0", "0.1", "4..2G", "99999999999T"}) {
    INFO(bad);
    CHECK_THROWS_AS(memory::parse_size(bad), reticulist::ConfigError);
  }
  CHECK_THROWS_WITH(memory::parse_size("lots"),
                    "--memory-limit 'lots' is not a size (e.g. 4G, 512M, 1.5GiB; K, M, G and T are powers of 1024)");
}

TEST_CASE("Sizes are written in the largest unit below them", "[memory]") {
  CHECK(memory::format_size(1) == "1 byte");
  CHECK(memory::format_size(1023) == "1023 bytes");
  CHECK(memory::format_size(1024) == "1.0 KiB");
  CHECK(memory::format_size(921600) == "900 KiB");
  CHECK(memory::format_size(std::uint64_t{64} << 20) == "64 MiB");
  CHECK(memory::format_size(1610612736) == "1.5 GiB");
  CHECK(memory::format_size(std::uint64_t{24} << 30) == "24 GiB");
}

TEST_CASE("The guard: everything fits without a limit; with one, what is resident counts", "[memory]") {
  struct Lifted {
    ~Lifted() {
      memory::set_limit(std::nullopt);
      memory::clear_adaptations();
    }
  } lifted;
  memory::set_limit(std::nullopt);
  CHECK(memory::fits(std::uint64_t{1} << 62));
  const std::uint64_t resident = memory::resident_bytes();
  REQUIRE(resident > 0);
  // A limit 1 GiB above what the process holds now: 512 MiB more fits, 2 GiB more does not.
  memory::set_limit(resident + (std::uint64_t{1} << 30));
  CHECK(memory::fits(std::uint64_t{512} << 20));
  CHECK_FALSE(memory::fits(std::uint64_t{2} << 30));
  CHECK_THROWS_WITH(memory::set_limit(std::uint64_t{63} << 20),
                    "--memory-limit 63 MiB is below the smallest workable limit, 64 MiB");
}

TEST_CASE("What a run did to stay within the limit: each text once, with how many times", "[memory]") {
  memory::clear_adaptations();
  memory::record_adaptation("built lean");
  memory::record_adaptation("sampled");
  memory::record_adaptation("built lean");
  memory::record_adaptation("built lean");
  CHECK(memory::adaptations() == std::vector<std::string>{"built lean (3 times)", "sampled"});
  memory::clear_adaptations();
  CHECK(memory::adaptations().empty());
}
