# Saved without its header row: its first record is taken for the header, a required column is
# missing, and the message says the first line looks like a record.
set(ARGS validate "${FIXTURES}/damaged_no_header" --out "${OUT}" --dates 2000-01-01:2030-12-31)
set(EXIT_CODE 1)
