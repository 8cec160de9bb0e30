# export of the authority layer as CSV edge and node lists: both files, nothing else.
set(ARGS export "${FIXTURES}/damaged" --layer authority --format csv --out "${OUT}/authorities.csv"
    --dates 2000-01-01:2030-12-31 --key-file "${KEY_FILE}")
set(EXIT_CODE 0)
set(FORBIDDEN a.smith@glow.sch.uk A.Smith@Glow.sch.uk n.nash@glasgow.gov.uk)
