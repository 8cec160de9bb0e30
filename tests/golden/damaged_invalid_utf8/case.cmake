# UTF-8 with two damaged rows (a sequence cut short on line 3, a stray continuation byte on line
# 5) beside well-formed Gaelic on line 2: the two rows are rejected with byte and column, the rest
# read (4 = 2 + 2); as the file holds real UTF-8 it is not taken for Windows-1252. With
# --identify the records are in rejects.csv, each ill-formed byte written as U+FFFD (outputs are
# UTF-8).
set(ARGS validate "${FIXTURES}/damaged_invalid_utf8" --out "${OUT}" --dates 2000-01-01:2030-12-31 --identify)
set(EXIT_CODE 0)
