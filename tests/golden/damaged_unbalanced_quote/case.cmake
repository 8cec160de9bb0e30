# A quote opened on line 3 and never closed: where the records end cannot be known, so the run
# stops naming the line where the quote opens (spec: a file that cannot be read at all stops the
# run); nothing is written.
set(ARGS validate "${FIXTURES}/damaged_unbalanced_quote" --out "${OUT}" --dates 2000-01-01:2030-12-31)
set(EXIT_CODE 1)
