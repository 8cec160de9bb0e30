# A participation.csv with a header and no rows: an analysis command stops with exit 1, naming
# the file, and writes nothing (it used to write empty tables and exit 0 in silence).
set(ARGS summary "${FIXTURES}/header_only" --out "${OUT}")
set(EXIT_CODE 1)
