# summary on one event id (E1) under two networks: the session is filed under N1 (its first row),
# and each network's row counts its own records: N1 2 (a.smith, b.jones), N2 3 (a.smith and
# c.brown at E1, d.white at E2), 5 in all. E1 counts as an event of both networks; its 3 ties
# (a.smith, b.jones, c.brown) stay with the session's network, N1.
set(ARGS summary "${FIXTURES}/damaged_event_two_networks" --out "${OUT}" --dates 2000-01-01:2030-12-31)
set(EXIT_CODE 0)
