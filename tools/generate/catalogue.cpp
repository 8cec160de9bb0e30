#include "catalogue.hpp"

#include <string>

namespace reticulist::generate {

const char* kind_name(Kind kind) {
  switch (kind) {
    case Kind::Leadership: return "leadership";
    case Kind::LearningSet: return "learning_set";
    case Kind::Improvement: return "improvement";
    case Kind::Subject: return "subject";
    case Kind::Content: return "content";
    case Kind::Moderation: return "moderation";
    case Kind::Elc: return "elc";
    case Kind::Officers: return "officers";
    case Kind::Wellbeing: return "wellbeing";
  }
  return "?";
}

const KindParams& kind_params(Kind kind) {
  using R = DesignationRule;
  using P = PoolClass;
  // Shares and sizes follow bench/gen.py; leaders and officers recruit from their own pools so
  // that a Virtual Leadership Network is made of heads and deputes, not of whoever is around.
  static const KindParams table[kKinds] = {
      {kLeadershipWorkstream, 0.14, {0.80, 0.20, 0.00}, 8, 0.20, 0.35, 0.02, {0.70, 0.22, 0.05, 0.03},
       R::Leadership, 0.0, P::Leader, 0.0,
       {"Virtual Leadership Network", "Depute Head Network", "Aspiring Leaders Network"}},
      {kLeadershipWorkstream, 0.04, {1.00, 0.00, 0.00}, 6, 0.10, 0.25, 0.00, {0.75, 0.20, 0.05, 0.00},
       R::Headteacher, 0.0, P::Leader, 0.0, {"Headteacher Learning Set", "Headteacher Mentoring Programme"}},
      {kLeadershipWorkstream, 0.20, {0.97, 0.03, 0.00}, 6, 0.30, 0.40, 0.02, {0.78, 0.17, 0.03, 0.02},
       R::Sector, 0.0, P::General, 0.0,
       {"Improving our Classrooms Cohort", "Improving our Schools Cohort", "Numeracy Enquiry Network",
        "Literacy Enquiry Network"}},
      {kNetworksWorkstream, 0.22, {0.70, 0.24, 0.06}, 10, 0.20, 0.35, 0.01, {0.10, 0.88, 0.02, 0.00},
       R::Sector, 0.03, P::General, 0.25,
       {"Mathematics Specialist Network", "English Specialist Network", "Sciences Specialist Network",
        "Modern Languages Specialist Network", "Computing Science Specialist Network",
        "Social Subjects Specialist Network", "Expressive Arts Specialist Network",
        "Technologies Specialist Network", "Health and Wellbeing Specialist Network",
        "Business Specialist Network", "Religious and Moral Education Specialist Network",
        "Physical Education Specialist Network"}},
      {kNetworksWorkstream, 0.06, {0.30, 0.40, 0.30}, 16, 0.20, 0.30, 0.01, {0.05, 0.93, 0.02, 0.00},
       R::Sector, 0.10, P::General, 0.50,
       {"Online School Content Network", "Senior Phase Online Network", "Digital Learning Network"}},
      {kNetworksWorkstream, 0.06, {0.85, 0.15, 0.00}, 5, 0.25, 0.35, 0.03, {0.55, 0.40, 0.05, 0.00},
       R::Sector, 0.0, P::General, 0.0,
       {"Assessment and Moderation Network", "Early Level Moderation Network", "BGE Moderation Network"}},
      {kNetworksWorkstream, 0.08, {0.92, 0.08, 0.00}, 6, 0.25, 0.40, 0.03, {0.35, 0.00, 0.00, 0.65},
       R::Sector, 0.0, P::General, 0.0,
       {"ELC Leaders Network", "Early Level Network", "ELC Practitioner Network", "Early Years and Primary Forum"}},
      {kWellbeingWorkstream, 0.08, {0.90, 0.10, 0.00}, 6, 0.20, 0.30, 0.70, {0.60, 0.30, 0.10, 0.00},
       R::Sector, 0.0, P::Central, 0.0,
       {"ASN Officers Network", "QIO Network", "CLD Managers Network", "Data and Evaluation Officers Network",
        "Educational Psychology Network"}},
      {kWellbeingWorkstream, 0.12, {0.85, 0.15, 0.00}, 6, 0.25, 0.40, 0.15, {0.55, 0.30, 0.10, 0.05},
       R::Sector, 0.0, P::General, 0.0,
       {"Learner Wellbeing Network", "Families and Communities Network", "Engaging Families in Transitions",
        "Nurture Network"}},
  };
  return table[static_cast<int>(kind)];
}

std::vector<CatalogueEntry> west_partnership_catalogue() {
  using K = Kind;
  using R = DesignationRule;
  using T = Timing;
  std::vector<CatalogueEntry> c;
  const auto add = [&c](CatalogueEntry e) { c.push_back(std::move(e)); };
  const char* lei = kLeadershipWorkstream;
  const char* cn = kNetworksWorkstream;
  const char* wfl = kWellbeingWorkstream;
  constexpr std::array<double, 4> primary = {1, 0, 0, 0};
  constexpr std::array<double, 4> secondary = {0, 1, 0, 0};
  constexpr std::array<double, 4> special = {0, 0, 1, 0};

  // Leadership, Empowerment & Improvement. The Virtual Leadership Networks hold almost 500
  // head teachers and deputes between them.
  const int vln_primary_ht[] = {50, 48, 52, 46};
  for (int i = 0; i < 4; ++i) {
    add({"Virtual Leadership Network: Primary Headteachers " + std::to_string(i + 1), K::Leadership, lei,
         vln_primary_ht[i], T::Standing, 0, 1, false, R::Headteacher, CentralMix::Default, primary, 0.0});
  }
  const int vln_primary_dht[] = {48, 50, 45};
  for (int i = 0; i < 3; ++i) {
    add({"Virtual Leadership Network: Primary Depute Headteachers " + std::to_string(i + 1), K::Leadership, lei,
         vln_primary_dht[i], T::Standing, 0, 1, false, R::Depute, CentralMix::Default, primary, 0.0});
  }
  add({"Virtual Leadership Network: Secondary Headteachers", K::Leadership, lei, 45, T::Standing, 0, 1, false,
       R::Headteacher, CentralMix::Default, secondary, 0.0});
  add({"Virtual Leadership Network: Secondary Depute Headteachers", K::Leadership, lei, 55, T::Standing, 0, 1,
       false, R::Depute, CentralMix::Default, secondary, 0.0});
  add({"Virtual Leadership Network: ASN Headteachers", K::Leadership, lei, 40, T::Standing, 0, 1, false,
       R::Headteacher, CentralMix::Default, special, 0.0});
  for (int i = 0; i < 6; ++i) {
    add({"Headteacher Learning Set " + std::to_string(i + 1), K::LearningSet, lei, 10 + (i * 7) % 5});
  }
  add({"Headteacher Mentoring Programme", K::LearningSet, lei, 40});
  for (int i = 0; i < 6; ++i) {
    add({"Improving our Classrooms Cohort " + std::to_string(i + 1), K::Improvement, lei, 40, T::Cohort, i, 6});
  }
  for (int i = 0; i < 2; ++i) {
    add({"Improving our Schools Cohort " + std::to_string(i + 1), K::Improvement, lei, 60, T::Cohort, i, 3});
  }
  add({"Improving our Departments and Faculties Pilot", K::Improvement, lei, 30, T::StartsInLastSession, 0, 1,
       false, R::PrincipalTeacher, CentralMix::Default, secondary, 0.0});
  add({"QIO Network", K::Officers, lei, 45, T::Standing, 0, 1, false, R::Sector, CentralMix::Qio, {}, 0.9});
  add({"Data and Evaluation Officers Network", K::Officers, lei, 25, T::Standing, 0, 1, false, R::Sector,
       CentralMix::Data, {}, 0.8});

  // Collaborative Networks: West OS, the subject specialist networks (2,000+ teachers),
  // assessment and moderation, forums and enquiry networks.
  add({"West OS Content Network", K::Content, cn, 2000, T::Standing, 0, 1, true});
  struct Subject {
    const char* name;
    int size;
    bool roster;
  };
  const Subject subjects[] = {
      {"Mathematics", 450, true}, {"English", 420, true}, {"Sciences", 380, false},
      {"Modern Languages", 250, false}, {"Social Subjects", 200, false}, {"Computing Science", 140, false},
      {"Expressive Arts", 180, false}, {"Technologies", 160, false}, {"Health and Wellbeing", 200, false},
      {"Business", 90, false}, {"Religious and Moral Education", 80, false}, {"Physical Education", 150, false}};
  for (const auto& s : subjects) {
    add({std::string(s.name) + " Specialist Network", K::Subject, cn, s.size, T::Standing, 0, 1, s.roster});
  }
  add({"Early Level Assessment and Moderation Network", K::Moderation, cn, 60, T::Standing, 0, 1, false,
       R::Sector, CentralMix::Default, {0.5, 0, 0, 0.5}, -1.0});
  add({"First Level Assessment and Moderation Network", K::Moderation, cn, 70, T::Standing, 0, 1, false,
       R::Sector, CentralMix::Default, primary, -1.0});
  add({"Second Level Assessment and Moderation Network", K::Moderation, cn, 70, T::Standing, 0, 1, false,
       R::Sector, CentralMix::Default, primary, -1.0});
  add({"BGE Assessment and Moderation Network (Secondary)", K::Moderation, cn, 80, T::Standing, 0, 1, false,
       R::Sector, CentralMix::Default, secondary, -1.0});
  add({"Early Years and Primary Forum", K::Elc, cn, 150, T::Standing, 0, 1, false, R::Sector,
       CentralMix::Default, {0.6, 0, 0, 0.4}, -1.0});
  add({"Numeracy Enquiry Network", K::Improvement, cn, 40});
  add({"Literacy Enquiry Network", K::Improvement, cn, 40});
  add({"Early Level Network", K::Elc, cn, 90, T::Standing, 0, 1, false, R::Sector, CentralMix::Default,
       {0.2, 0, 0, 0.8}, -1.0});
  add({"ELC Leaders Network", K::Elc, cn, 60, T::Standing, 0, 1, false, R::Headteacher, CentralMix::Default,
       {0, 0, 0, 1}, -1.0});

  // Wellbeing for Learning (illustrative name): officers, wellbeing, families, CLD.
  add({"ASN Officers Network", K::Officers, wfl, 30, T::Standing, 0, 1, false, R::Sector, CentralMix::Asn, {}, -1.0});
  add({"Learner Wellbeing Network", K::Wellbeing, wfl, 70});
  add({"Families and Communities Network", K::Wellbeing, wfl, 50, T::Standing, 0, 1, false, R::Sector,
       CentralMix::Default, {}, 0.3});
  add({"CLD Managers Network", K::Officers, wfl, 25, T::Standing, 0, 1, false, R::Sector, CentralMix::Cld, {}, 0.95});
  for (int i = 0; i < 3; ++i) {
    add({"Engaging Families in Transitions Cohort " + std::to_string(i + 1), K::Wellbeing, wfl, 35, T::Cohort, i, 3,
         false, R::Sector, CentralMix::Default, {0.4, 0.3, 0.05, 0.25}, 0.2});
  }
  add({"Educational Psychology Network", K::Officers, wfl, 30, T::Standing, 0, 1, false, R::Sector,
       CentralMix::Psychology, {}, 0.95});
  add({"Nurture Network", K::Wellbeing, wfl, 60});
  add({"Attendance and Inclusion Network", K::Wellbeing, wfl, 45});
  add({"Care Experienced Learners Network", K::Wellbeing, wfl, 40});
  add({"Pupil Support Network (Secondary)", K::Wellbeing, wfl, 60, T::Standing, 0, 1, false, R::Sector,
       CentralMix::Default, secondary, -1.0});
  return c;
}

}  // namespace reticulist::generate
