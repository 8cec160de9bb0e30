# One event id (E1) under two networks: one session whose attendees co-attend across both (the
# contract: rows with the same event are co-attendance), filed under the network of its first row
# (N1), which a note says; a.smith, recorded under N1 and N2, is two records, not a duplicate
# (5 read = 5 accepted).
set(ARGS validate "${FIXTURES}/damaged_event_two_networks" --out "${OUT}" --dates 2000-01-01:2030-12-31)
set(EXIT_CODE 0)
