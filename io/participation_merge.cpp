#include "io/participation_merge.hpp"

#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>

#include "engine/error.hpp"
#include "engine/parallel.hpp"
#include "engine/model/string_interner.hpp"
#include "engine/privacy/pseudonymiser.hpp"
#include "io/participation_assemble.hpp"
#include "io/participation_globalise.hpp"
#include "io/sort_hash_pairs.hpp"

namespace reticulist::io {
namespace {

using model::kNone;
constexpr std::uint32_t kAmbiguous = kNone - 1;

enum class DateStatus : std::uint8_t { Ok, Blank, NotADay, OutOfRange };

// What one distinct value of each column resolves to (indexed by global code).
struct Resolved {
  std::vector<model::Day> day;
  std::vector<DateStatus> date_status;
  std::vector<std::uint32_t> network;       // kNone: blank, kAmbiguous: several networks by that name
  std::vector<int> role;                    // -1: unknown
  std::vector<std::uint32_t> designation;   // kNone: none given
  struct Place {
    model::EstablishmentId establishment = kNone;
    model::AuthorityId authority = kNone;
    std::string problem;  // reason to reject, empty when resolved
    std::string_view column = "establishment";  // the column at fault
  };
  std::vector<Place> place;  // by global place pair id
};

std::string in_quotes(std::string_view s) {
  std::string quoted;  // appended, not "'" + s + "'", which trips a false -Wrestrict in GCC 12
  quoted.reserve(s.size() + 2);
  quoted += '\'';
  quoted += s;
  quoted += '\'';
  return quoted;
}

// A rejected row as written to rejects.csv without --identify: the practitioner's identifier
// replaced by its pseudonym wherever it occurs, so that no raw identifier leaves the program.
// When the identifier is not found verbatim (a quoted field with doubled quotes), the record
// is withheld: the file and line still say where to mend it.
std::string record_without_identifier(std::string_view raw, std::string_view identifier, const std::string& pseudonym) {
  std::string out(raw);
  if (identifier.empty() || out.find(identifier) == std::string::npos) return std::string(kRecordWithheld);
  for (std::size_t at = out.find(identifier); at != std::string::npos;
       at = out.find(identifier, at + pseudonym.size())) {
    out.replace(at, identifier.size(), pseudonym);
  }
  return out;
}

Resolved::Place resolve_place(std::string_view est, std::string_view auth, Registry& registry, IngestReport& report) {
  Resolved::Place p;
  const auto& ds = registry.dataset();
  if (est.empty()) {
    if (auth.empty()) {
      p.problem = "no establishment and no authority (one is needed to place the practitioner)";
      p.column = "authority";
    } else {
      p.authority = registry.authority(auth);
    }
    return p;
  }
  const model::AuthorityId given = auth.empty() ? kNone : registry.find_authority(auth);
  if (auto id = registry.find_establishment_by_id(est); id != kNone) {
    p.establishment = id;
    p.authority = ds.establishments.authority[id];
    if (!auth.empty() && given != p.authority) ++report.register_authority_overrides;
    return p;
  }
  const auto& named = registry.establishments_named(est);
  // The row's authority picks among schools of that name; an authority the data does not know
  // fits none of them.
  std::vector<model::EstablishmentId> fit;
  for (auto id : named) {
    if (auth.empty() || ds.establishments.authority[id] == given) fit.push_back(id);
  }
  if (fit.size() == 1) {
    p.establishment = fit.front();
    p.authority = ds.establishments.authority[p.establishment];
    ++report.establishments_matched_by_name;
    return p;
  }
  if (fit.size() > 1) {
    p.problem = "establishment name " + in_quotes(est) + " is ambiguous (" + std::to_string(fit.size()) +
                " establishments in the register" + (auth.empty() ? "" : " for authority " + in_quotes(auth)) +
                "; give the SEED code" + (auth.empty() ? " or the authority)" : ")");
    return p;
  }
  if (!named.empty()) {  // schools of that name exist, but in other authorities than the row says
    std::string where;
    for (auto id : named) {
      where += (where.empty() ? "" : " or ") + in_quotes(ds.authorities.id[ds.establishments.authority[id]]);
    }
    p.problem = "establishment " + in_quotes(est) + " is in the register under authority " + where + ", not " +
                in_quotes(auth);
    return p;
  }
  if (auth.empty()) {
    p.problem = "establishment " + in_quotes(est) + " is not in the register and no authority is given";
    return p;
  }
  p.authority = registry.authority(auth);
  p.establishment = registry.unregistered_establishment(est, p.authority);
  return p;
}

std::string date_problem(DateStatus status, std::string_view text, const model::DateRange& range) {
  switch (status) {
    case DateStatus::Ok: return {};
    case DateStatus::Blank: return "date is blank";
    case DateStatus::NotADay: return "bad date " + in_quotes(text) + " (not a calendar day YYYY-MM-DD)";
    case DateStatus::OutOfRange:
      return "date " + std::string(text) + " is outside the plausible range " + model::format_iso_date(range.first) +
             ".." + model::format_iso_date(range.last);
  }
  return {};
}

// Each distinct value once (practitioners were coded to ids by globalise): dates, networks, roles
// and designations, then each chunk's places and the events of its rows that name none.
void resolve_values(const std::vector<ParsedChunk>& chunks, const DatasetConfig& config,
                    const model::DateRange& valid_dates, Registry& registry, IngestReport& report, GlobalCodes& g,
                    Resolved& r) {
  model::Dataset& ds = registry.dataset();
  const auto& dates = g.dictionary[kColDate];
  r.day.resize(dates.size());
  r.date_status.resize(dates.size());
  for (std::uint32_t i = 0; i < dates.size(); ++i) {
    if (dates[i].empty()) { r.date_status[i] = DateStatus::Blank; continue; }
    auto day = model::parse_iso_date(dates[i]);
    if (!day) { r.date_status[i] = DateStatus::NotADay; continue; }
    r.day[i] = *day;
    r.date_status[i] = (*day < valid_dates.first || *day > valid_dates.last) ? DateStatus::OutOfRange : DateStatus::Ok;
  }
  for (std::string_view text : g.dictionary[kColNetwork].all()) {
    bool ambiguous = false;
    r.network.push_back(text.empty() ? kNone : registry.network(text, ambiguous));
    if (ambiguous) r.network.back() = kAmbiguous;
  }
  for (std::string_view text : g.dictionary[kColRole].all()) {
    auto role = config.roles.parse(text);
    r.role.push_back(role ? static_cast<int>(*role) : -1);
  }
  model::StringInterner designations;
  for (std::string_view text : g.dictionary[kColDesignation].all()) {
    r.designation.push_back(text.empty() ? kNone : designations.intern(text));
  }
  for (auto d : designations.all()) ds.designations.emplace_back(d);

  model::PairInterner places;
  g.place.resize(chunks.size());
  g.implicit_event.resize(chunks.size());
  for (std::size_t c = 0; c < chunks.size(); ++c) {
    const auto& remap = g.remap[c];
    for (std::uint32_t i = 0; i < chunks[c].place.size(); ++i) {
      auto [est, auth] = chunks[c].place[i];
      const std::uint32_t id = places.intern(remap[kColEstablishment][est], remap[kColAuthority][auth]);
      if (id == r.place.size()) {
        r.place.push_back(resolve_place(g.dictionary[kColEstablishment][remap[kColEstablishment][est]],
                                        g.dictionary[kColAuthority][remap[kColAuthority][auth]], registry, report));
      }
      g.place[c].push_back(id);
    }
    for (std::uint32_t i = 0; i < chunks[c].implicit_event.size(); ++i) {
      auto [net, date] = chunks[c].implicit_event[i];
      const std::uint32_t n = r.network[remap[kColNetwork][net]];
      const std::uint32_t d = remap[kColDate][date];
      const bool valid = n < kAmbiguous && r.date_status[d] == DateStatus::Ok;
      g.implicit_event[c].push_back(
          valid ? g.explicit_events + g.implicit.intern(n, static_cast<std::uint32_t>(r.day[d])) : kNone);
    }
  }
}

// The pseudonyms of identifiers[i] into out[i], with (hash of it, i) into by_hash[i], a block at a
// time by any number of threads: each block is taken once, and writes only its own entries.
class PseudonymBlocks {
 public:
  PseudonymBlocks(const std::vector<std::string_view>& identifiers, const privacy::Pseudonymiser& pseudonymiser,
                  std::string* out, std::pair<std::uint64_t, std::uint32_t>* by_hash)
      : identifiers_(identifiers), pseudonymiser_(pseudonymiser), out_(out), by_hash_(by_hash) {}

  // Computes blocks until none is left, or until `stop` is set (checked between blocks).
  void compute(const std::atomic<bool>* stop = nullptr) {
    while (stop == nullptr || !stop->load(std::memory_order_relaxed)) {
      const std::size_t first = next_.fetch_add(kBlock, std::memory_order_relaxed);
      if (first >= identifiers_.size()) return;
      const std::size_t last = std::min(identifiers_.size(), first + kBlock);
      for (std::size_t i = first; i < last; ++i) {
        out_[i] = pseudonymiser_.pseudonym(identifiers_[i]);
        by_hash_[i] = {model::hash_bytes(out_[i]), static_cast<std::uint32_t>(i)};
      }
    }
  }

 private:
  static constexpr std::size_t kBlock = 2048;  // about a millisecond of work
  const std::vector<std::string_view>& identifiers_;
  const privacy::Pseudonymiser& pseudonymiser_;
  std::string* out_;
  std::pair<std::uint64_t, std::uint32_t>* by_hash_;
  std::atomic<std::size_t> next_{0};
};

}  // namespace

void merge_participation(std::vector<ParsedChunk>& chunks, ParsedRows& rows, const ColumnLayout& layout,
                         const DatasetConfig& config,
                         const model::DateRange& valid_dates, const privacy::Pseudonymiser& pseudonymiser,
                         Registry& registry, IngestReport& report, FileReconciliation& reconciliation,
                         std::vector<Duplicate>& duplicates, BackgroundRelease& release) {
  model::Dataset& ds = registry.dataset();
  const std::size_t extras = layout.extra_position.size();
  const std::size_t columns = kColumns + extras;
  GlobalCodes g;
  Resolved r;
  People people;
  globalise(chunks, columns, g, people);

  // Pseudonyms are keyed hashes, independent of everything else here, computed a block at a time by
  // whichever thread would otherwise idle: a helper while this thread resolves values alone, then
  // the threads that check rows as each finishes its chunk. Rejected rows wait for them (see
  // `pending`). Each is also listed by a hash of it, for the check that no two people share one.
  const std::vector<std::string_view>& identifiers = people.identifiers;
  const std::size_t first_practitioner = ds.pseudonyms.size();
  ds.pseudonyms.resize(first_practitioner + identifiers.size());
  std::vector<std::pair<std::uint64_t, std::uint32_t>> by_hash(identifiers.size());
  PseudonymBlocks pseudonyms(identifiers, pseudonymiser, ds.pseudonyms.data() + first_practitioner, by_hash.data());
  std::atomic<bool> rows_started{false};
  const bool helper = chunks.size() > 1 && identifiers.size() >= 10'000;
  parallel::run_parts(helper ? 2 : 1, [&](std::size_t part) {
    if (part == 1) {
      pseudonyms.compute(&rows_started);
      return;
    }
    struct Stop {  // the helper stops after its block: the threads that check rows take over
      std::atomic<bool>& flag;
      ~Stop() { flag = true; }  // also when resolving throws
    } stop{rows_started};
    // With --identify, people as first written (while the chunks still hold their values).
    if (config.identify) {
      for (auto& spelling : first_spellings(chunks, g, identifiers.size())) ds.identities.push_back(std::move(spelling));
    }
    resolve_values(chunks, config, valid_dates, registry, report, g, r);
  });

  // ---- every row, one thread per chunk, checked and given model ids; each chunk's accepted rows
  // become its records where they lie (ChunkRecords)
  model::Records& rows_rec = rows.records;
  const std::size_t prelim_events = g.explicit_events + g.implicit.size();
  std::vector<ChunkRecords> chunk_records;
  chunk_records.reserve(chunks.size());
  for (const auto& chunk : chunks) chunk_records.emplace_back(rows_rec, chunk.base);
  std::vector<std::vector<Reject>> rejected(chunks.size());
  struct PendingPseudonym {
    std::size_t reject;  // in rejected[chunk]
    model::PractitionerId practitioner;
    std::string identifier;  // as in the row
  };
  std::vector<std::vector<PendingPseudonym>> pending(chunks.size());
  auto check_rows = [&](std::size_t c) {
    const ParsedChunk& chunk = chunks[c];
    const auto& remap = g.remap[c];
    const std::string& file = config.file_names.at(FileKind::Participation);
    ChunkRecords& records = chunk_records[c];
    std::vector<std::uint32_t> extra(extras);
    // The chunk's practitioner and place codes straight to what they resolve to: one lookup per
    // row in an array of the chunk's size instead of two in arrays of the whole file's.
    const auto& person_id = remap[kColPractitioner];
    struct PlaceIds {
      model::EstablishmentId establishment;
      model::AuthorityId authority;
      bool ok;
    };
    std::vector<PlaceIds> place_ids(g.place[c].size());
    for (std::size_t v = 0; v < place_ids.size(); ++v) {
      const Resolved::Place& place = r.place[g.place[c][v]];
      place_ids[v] = {place.establishment, place.authority, place.problem.empty()};
    }
    model::Records& rec = rows_rec;
    constexpr std::size_t kAhead = 16;  // rows: prefetch distance for the practitioner lookup
    const std::size_t end = chunk.base + chunk.row_count;
    for (std::size_t slot = chunk.base; slot < end; ++slot) {
      if (slot + kAhead < end) __builtin_prefetch(&person_id[rec.practitioner[slot + kAhead]]);
      const std::uint32_t date = remap[kColDate][static_cast<std::uint32_t>(rec.date[slot])];
      const std::uint32_t net = remap[kColNetwork][rec.network[slot]];
      const std::uint32_t practitioner = person_id[rec.practitioner[slot]];
      const std::uint32_t role = remap[kColRole][rec.authority[slot]];  // the role's code (see ParsedRows)
      const std::uint32_t place_code = rec.establishment[slot];
      const PlaceIds& place_id = place_ids[place_code];
      if (practitioner == kNone || r.network[net] >= kAmbiguous || r.date_status[date] != DateStatus::Ok ||
          r.role[role] < 0 || !place_id.ok) [[unlikely]] {
        const Resolved::Place& place = r.place[g.place[c][place_code]];
        std::string column, reason;
        auto fail = [&](std::string_view col, const std::string& why) {
          if (column.empty()) column = col;
          reason += (reason.empty() ? "" : "; ") + why;
        };
        if (practitioner == kNone) fail("practitioner", "practitioner is blank");
        if (r.network[net] == kNone) fail("network", "network is blank");
        if (r.network[net] == kAmbiguous) {
          fail("network", "network name " + in_quotes(g.dictionary[kColNetwork][net]) + " fits several networks in networks.csv");
        }
        if (r.date_status[date] != DateStatus::Ok) {
          fail("date", date_problem(r.date_status[date], g.dictionary[kColDate][date], valid_dates));
        }
        if (r.role[role] < 0) {
          fail("role", "unknown role " + in_quotes(g.dictionary[kColRole][role]) +
                           " (expected member, coordinator, facilitator, resource_creator or lead)");
        }
        if (!place.problem.empty()) fail(place.column, place.problem);
        std::string raw(chunk.record(slot));
        if (!config.identify && extras > 0) {
          raw = kRecordWithheldExtraColumns;
        } else if (!config.identify && practitioner != kNone) {  // the identifier is replaced once pseudonyms are known
          pending[c].push_back({rejected[c].size(), practitioner,
                                std::string(chunk.values[kColPractitioner][rec.practitioner[slot]])});
        }
        rejected[c].push_back({file, rec.line[slot], column, reason, std::move(raw)});
        continue;
      }
      const std::uint32_t event = (rec.event[slot] & kImplicitEvent)
                                      ? g.implicit_event[c][rec.event[slot] & ~kImplicitEvent]
                                      : remap[kColEvent][rec.event[slot]];
      for (std::size_t x = 0; x < extras; ++x) extra[x] = remap[kColumns + x][rec.extra.codes[x][slot]];
      records.add({event, practitioner, r.network[net], r.day[date], place_id.establishment, place_id.authority,
                   r.designation[remap[kColDesignation][rec.designation[slot]]], rec.line[slot],
                   static_cast<model::Role>(r.role[role])},
                  extra.data(), slot);
    }
    records.finish();
    pseudonyms.compute();
  };
  parallel::run_parts(chunks.size(), check_rows);
  for (std::size_t c = 0; c < chunks.size(); ++c) {
    reconciliation.read += chunks[c].read;
    reconciliation.rejected += chunks[c].rejects.size() + rejected[c].size();
    for (auto& rj : chunks[c].rejects) {
      // A row that could not be split into fields: its identifier cannot be found to be replaced.
      if (!config.identify) rj.raw = kRecordWithheld;
      report.rejects.push_back(std::move(rj));
    }
  }
  // Of the parsed chunks only the rows are still needed: the rest, and the rows' offsets, are freed
  // in the background while assembly goes on.
  const auto threads = static_cast<unsigned>(chunks.size());
  release.release(std::move(chunks));
  release.release(std::move(rows.offset));

  // ---- assemble: events numbered by date, records sorted by (event, practitioner)
  assemble_records(chunk_records, rows_rec, g.dictionary[kColEvent].all(), prelim_events, threads, ds, duplicates);
  auto& rec = ds.records;
  rec.extra.names = layout.extra_names;
  rec.extra.dictionary.assign(extras, {});
  for (std::size_t x = 0; x < extras; ++x) {
    rec.extra.dictionary[x].assign(g.dictionary[kColumns + x].all().begin(), g.dictionary[kColumns + x].all().end());
  }
  pseudonyms.compute();  // none left, as every thread that checked rows ended with this, unless no rows were parsed
  sort_hash_pairs(by_hash.data(), by_hash.size());
  {
    // Two identifiers with one pseudonym would become one person: sorted by a hash of the
    // pseudonym, equal pseudonyms are neighbours.
    const auto& all = by_hash;
    for (std::size_t first = 0, end = 0; first < all.size(); first = end) {
      for (end = first + 1; end < all.size() && all[end].first == all[first].first; ++end) {
      }
      for (std::size_t i = first; i + 1 < end; ++i) {  // a run of equal hashes (almost always one)
        const std::string& pseudonym = ds.pseudonyms[first_practitioner + all[i].second];
        for (std::size_t j = i + 1; j < end; ++j) {
          if (pseudonym == ds.pseudonyms[first_practitioner + all[j].second]) {
            throw BackendError("two practitioner identifiers share the pseudonym " + pseudonym +
                               "; run again with a new key (--key-file)");
          }
        }
      }
    }
  }

  for (std::size_t c = 0; c < rejected.size(); ++c) {
    for (const PendingPseudonym& p : pending[c]) {
      std::string& raw = rejected[c][p.reject].raw;
      raw = record_without_identifier(raw, p.identifier, ds.pseudonyms[first_practitioner + p.practitioner]);
    }
    for (auto& rj : rejected[c]) report.rejects.push_back(std::move(rj));
  }
  reconciliation.duplicates = duplicates.size();
  reconciliation.accepted = rec.size();
}

}  // namespace reticulist::io
