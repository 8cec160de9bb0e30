# metrics on the damaged fixture, every period and the whole span: the five tables (CSV and
# JSON), the ingest tables and the manifest, byte for byte; pseudonyms only.
set(ARGS metrics "${FIXTURES}/damaged" --out "${OUT}" --dates 2000-01-01:2030-12-31 --key-file "${KEY_FILE}"
    --permutations 99)
set(EXIT_CODE 0)
set(FORBIDDEN a.smith@glow.sch.uk A.Smith@Glow.sch.uk n.nash@glasgow.gov.uk)
