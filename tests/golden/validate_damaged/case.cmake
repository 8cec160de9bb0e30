# validate on the damaged fixture: every fault is a reject with its line and reason, the
# repeat of line 2 is a duplicate, and the run succeeds. Fixed plausible dates keep the reason
# for 1899-01-01 the same whatever today's date is.
set(ARGS validate "${FIXTURES}/damaged" --out "${OUT}" --dates 2000-01-01:2030-12-31)
set(EXIT_CODE 0)
# Identifiers of accepted rows never reach an output (those of rejected rows are in rejects.csv).
set(FORBIDDEN a.smith@glow.sch.uk A.Smith@Glow.sch.uk n.nash@glasgow.gov.uk)
