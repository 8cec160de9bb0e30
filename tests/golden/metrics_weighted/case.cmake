# metrics --weighted --newman on the damaged fixture: the weighted variants filled in their own
# columns (Newman's tie weight, named in the manifest's descriptions) beside unweighted columns
# identical to metrics_damaged's, byte for byte.
set(ARGS metrics "${FIXTURES}/damaged" --out "${OUT}" --dates 2000-01-01:2030-12-31 --key-file "${KEY_FILE}"
    --permutations 99 --weighted --newman)
set(EXIT_CODE 0)
set(FORBIDDEN a.smith@glow.sch.uk A.Smith@Glow.sch.uk n.nash@glasgow.gov.uk)
