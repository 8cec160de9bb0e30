#include "support/model_builder.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <stdexcept>
#include <string>

namespace reticulist::testing {

std::vector<TestEvent> random_events(std::mt19937& rng, int count, std::uint32_t size, std::uint32_t practitioners,
                                     std::uint32_t networks) {
  std::vector<TestEvent> events;
  for (int e = 0; e < count; ++e) {
    std::set<std::uint32_t> who;
    while (who.size() < size) who.insert(rng() % practitioners);
    std::vector<Attendance> att;
    for (auto p : who) att.push_back({p, model::kNone, 0});
    events.push_back({100 + e, static_cast<model::NetworkId>(static_cast<std::uint32_t>(e) % networks), att});
  }
  return events;
}

std::vector<Attendance> people(std::initializer_list<model::PractitionerId> ids) {
  std::vector<Attendance> out;
  for (auto id : ids) out.push_back({id, model::kNone, 0});
  return out;
}

model::Dataset make_dataset(std::uint32_t practitioners, std::uint32_t networks, std::uint32_t authorities,
                            std::vector<TestEvent> events, std::uint32_t establishments,
                            std::vector<model::AuthorityId> establishment_authority) {
  model::Dataset ds;
  for (std::uint32_t p = 0; p < practitioners; ++p) ds.pseudonyms.push_back("p_" + std::to_string(p));
  for (std::uint32_t n = 0; n < networks; ++n) {
    ds.networks.id.push_back("N" + std::to_string(n));
    ds.networks.name.push_back("Network " + std::to_string(n));
    ds.networks.workstream.push_back(n % 2 ? "Odd" : "Even");
    ds.networks.started.emplace_back();
    ds.networks.ended.emplace_back();
    ds.networks.listed.push_back(true);
  }
  for (std::uint32_t a = 0; a < authorities; ++a) {
    ds.authorities.id.push_back("A" + std::to_string(a));
    ds.authorities.name.push_back("Authority " + std::to_string(a));
    ds.authorities.region.push_back("R");
    ds.authorities.listed.push_back(true);
  }
  for (std::uint32_t e = 0; e < establishments; ++e) {
    ds.establishments.id.push_back("E" + std::to_string(e));
    ds.establishments.name.push_back("School " + std::to_string(e));
    ds.establishments.authority.push_back(establishment_authority.empty() ? 0 : establishment_authority.at(e));
    ds.establishments.sector.push_back(e % 2 ? model::Sector::Secondary : model::Sector::Primary);
    ds.establishments.roll.push_back(std::nan(""));
    ds.establishments.staff.push_back(std::nan(""));
    ds.establishments.in_register.push_back(true);
  }
  ds.has_register = establishments > 0;
  auto& ev = ds.events;
  auto& rec = ds.records;
  ev.first_record.push_back(0);
  for (std::size_t i = 0; i < events.size(); ++i) {
    if (i > 0 && events[i].date < events[i - 1].date) throw std::logic_error("test events out of date order");
    auto& att = events[i].attendees;
    std::sort(att.begin(), att.end(), [](const Attendance& a, const Attendance& b) { return a.practitioner < b.practitioner; });
    ev.id.push_back("EV" + std::to_string(i));
    ev.network.push_back(events[i].network);
    ev.date.push_back(events[i].date);
    std::uint32_t distinct = 0;
    for (std::size_t k = 0; k < att.size(); ++k) {
      distinct += k == 0 || att[k].practitioner != att[k - 1].practitioner;
      rec.practitioner.push_back(att[k].practitioner);
      rec.network.push_back(events[i].network);
      rec.event.push_back(static_cast<model::EventId>(i));
      rec.date.push_back(events[i].date);
      rec.establishment.push_back(att[k].establishment);
      rec.authority.push_back(att[k].authority);
      rec.role.push_back(model::Role::Member);
      rec.designation.push_back(model::kNone);
      rec.line.push_back(static_cast<std::uint32_t>(rec.line.size() + 2));
    }
    ev.attendees.push_back(distinct);
    ev.first_record.push_back(rec.size());
  }
  return ds;
}

}  // namespace reticulist::testing
