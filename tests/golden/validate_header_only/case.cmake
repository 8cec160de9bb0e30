# A participation.csv with a header and no rows: validate writes and prints the reconciliation
# (0 rows read) and warns that there is nothing to analyse; exit 0, as the check itself succeeded.
set(ARGS validate "${FIXTURES}/header_only" --out "${OUT}")
set(EXIT_CODE 0)
