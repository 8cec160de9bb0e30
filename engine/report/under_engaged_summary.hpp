#pragma once
// under_engaged_by_authority: engagement's under_engaged table counted by period, authority and
// reason, for the Board's view of where establishments are not reached. It reads the table (not
// the engagement model) so that its counts are those of the rows listed.
#include "engine/report/table.hpp"

namespace reticulist::report {

// One row per period and authority that appears in `under_engaged` (columns period, authority,
// reason): never, lapsed, low_rate and their total, in the order first met.
report::Table under_engaged_summary(const report::Table& under_engaged);

}  // namespace reticulist::report
