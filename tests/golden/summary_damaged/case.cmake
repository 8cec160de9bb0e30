# summary on the damaged fixture, with the key given as a file (--key-file) rather than through
# RETICULIST_KEY: the fingerprint in manifest.json must be the same as validate's.
set(ARGS summary "${FIXTURES}/damaged" --out "${OUT}" --dates 2000-01-01:2030-12-31 --key-file "${KEY_FILE}")
set(EXIT_CODE 0)
set(FORBIDDEN a.smith@glow.sch.uk A.Smith@Glow.sch.uk n.nash@glasgow.gov.uk)
