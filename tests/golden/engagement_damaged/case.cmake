# engagement on the damaged fixture, cut into four periods so that every status appears: never
# (the nursery before its first record), new, active, returning, lapsed and outside_register
# (Riverside Primary School, named in participation only); --min-peers 2 so that the tiny
# register has peer comparisons. The four tables (CSV and JSON), the ingest tables and the
# manifest, byte for byte; no practitioner identifier anywhere.
set(ARGS engagement "${FIXTURES}/damaged" --out "${OUT}" --dates 2000-01-01:2030-12-31 --key-file "${KEY_FILE}"
    --periods cuts --cuts 2022-10-01,2023-01-01,2023-04-01 --min-peers 2)
set(EXIT_CODE 0)
set(FORBIDDEN a.smith@glow.sch.uk A.Smith@Glow.sch.uk n.nash@glasgow.gov.uk b.jones@glow.sch.uk k.khan@glow.sch.uk
    p.park@glow.sch.uk)
