# Two columns named network (matched case-insensitively): which one to read cannot be known, so
# the run stops naming both fields.
set(ARGS validate "${FIXTURES}/damaged_duplicate_header" --out "${OUT}" --dates 2000-01-01:2030-12-31)
set(EXIT_CODE 1)
