#pragma once
// The sector of an establishment, as the register gives it.
#include <cstdint>
#include <optional>
#include <string_view>

namespace reticulist::model {

enum class Sector : std::uint8_t { Elc, Primary, Secondary, Special, Other, Unknown };
inline constexpr int kSectorCount = 6;

// elc, primary, secondary, special, other, unknown
std::string_view sector_name(Sector sector);
// Case-insensitive; "early learning and childcare", "nursery" and "ELC" are elc; an empty value
// is unknown; anything else is nullopt (the caller rejects the row).
std::optional<Sector> parse_sector(std::string_view text);

}  // namespace reticulist::model
