#include "viz/report/methods.hpp"

#include <array>

namespace reticulist::viz {
namespace {

constexpr std::array<MethodNote, 17> kMethods{{
    {"Practitioner, establishment, authority",
     "A practitioner is a person with at least one accepted participation record; they are counted in the "
     "establishment and authority of their latest record in the period. Identifiers are replaced by keyed "
     "pseudonyms when the data is read; no identifier is kept.",
     "Reticulist; keyed BLAKE2b pseudonyms (libsodium)"},
    {"Period", "Scottish academic sessions, 1 August to 31 July (2023/24), unless the dataset says otherwise.",
     "Reticulist"},
    {"Co-attendance tie",
     "Two practitioners are tied when they attended at least one event together; a tie's weight is the number of "
     "events shared. Events with more attendees than the large-event limit (100 by default) make no ties, as "
     "being in the same large audience is not collaboration.",
     "Borgatti & Halgin (2011), two-mode projection; Newman (2001) for shared-event weights"},
    {"Cross-authority ties",
     "Ties between practitioners of two different authorities. The authority matrix counts them for each pair of "
     "authorities (the block matrix); ties within an authority are on the diagonal.",
     "Wasserman & Faust (1994), blockmodels"},
    {"Block density",
     "Ties between authorities g and h divided by the pairs of practitioners that could be tied (n_g x n_h; within "
     "an authority n_g(n_g-1)/2).",
     "Wasserman & Faust (1994)"},
    {"Expected ties under random mixing",
     "The ties a pair of authorities would have if the same number of ties were spread over all pairs of "
     "practitioners at random: total ties x possible pairs of (g, h) / all possible pairs. Observed over expected "
     "above 1 means the two authorities are tied more than chance would give.",
     "Reticulist, after the null model of block density (Wasserman & Faust 1994)"},
    {"Ties per 100 practitioners",
     "Cross-authority ties of the row authority with the column authority, per 100 practitioners of the row "
     "authority: how far each authority's people reach into each other authority.",
     "Reticulist"},
    {"E-I index",
     "(External - Internal) / (External + Internal) ties: -1 when every tie stays within the authority, +1 when "
     "every tie crosses.",
     "Krackhardt & Stern (1988)"},
    {"Engagement status",
     "An establishment of the register is never engaged (no record up to the period), new (first record in the "
     "period), active (a record in this period and the previous one), returning (a record again after a gap) or "
     "lapsed (none in this period, some earlier). Share engaged = establishments with a record / establishments "
     "in the register.",
     "Reticulist; register: Scottish Government school contact details"},
    {"Under-engaged establishment",
     "Never engaged, lapsed, or engaged at a rate (practitioners per teaching FTE, or per 100 pupils) below the "
     "10th percentile of its peers of the same sector, in its authority or across the partnership.",
     "Reticulist"},
    {"Network reach",
     "The share of an authority's establishments in the register with at least one practitioner in the network "
     "in the period.",
     "Reticulist"},
    {"Membership churn",
     "Between consecutive periods: stayers were members in both, leavers only in the first, joiners only in the "
     "second; retention = stayers / members before; attrition = 1 - retention; Jaccard = stayers / everyone in "
     "either period.",
     "Reticulist; Jaccard (1912)"},
    {"Cohort retention",
     "Of the people who first joined in a period, the share still present in each later period.",
     "Reticulist, after cohort tables in demography"},
    {"Tenure",
     "How long membership lasts, by the Kaplan-Meier estimate, which counts people still members at the end of the "
     "data as censored rather than as leavers.",
     "Kaplan & Meier (1958); Greenwood (1926) for the confidence interval"},
    {"Dependence on a few people",
     "The share of a network's brokerage held by its three strongest brokers: near 1, the network's links "
     "across authorities run through three people.",
     "Gould & Fernandez (1989) brokerage"},
    {"Fragility scenario",
     "The ties, components and fragmentation of the last period's co-attendance graph after removing a group of "
     "people (by default the seconded officers, recalled to their posts), beside the same measures after removing "
     "as many people at random (100 draws): the share of random draws at least as bad says whether the group "
     "matters more than anyone. Fragmentation F = 1 - sum of s_k(s_k - 1) / n(n - 1) over component sizes s_k.",
     "Borgatti (2006), key players"},
    {"Reticulist (officer view)",
     "A person who spans authorities and networks (records in at least 3 networks in the period, at least 5 ties, "
     "and a participation coefficient over authorities of at least 0.5: no single authority holds more than about "
     "70% of their ties), or who brokers (betweenness in the top 5% of the co-attendance graph and brokerage "
     "between authorities). Betweenness is exact (Brandes 2001) on graphs of this size, sampled with a stated "
     "error on larger ones (Riondato & Kornaropoulos 2016).",
     "Williams (2002) on reticulists; Guimera & Amaral (2005); Gould & Fernandez (1989); Brandes (2001)"},
}};

}  // namespace

std::span<const MethodNote> methods() { return kMethods; }

}  // namespace reticulist::viz
