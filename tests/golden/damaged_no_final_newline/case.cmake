# The last row complete but without a line end: read as any other (3 read = 3 accepted).
set(ARGS validate "${FIXTURES}/damaged_no_final_newline" --out "${OUT}" --dates 2000-01-01:2030-12-31)
set(EXIT_CODE 0)
