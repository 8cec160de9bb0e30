# Dates: 2021-02-28 accepted; 2021-02-30 (no such day), 21/02/2021 and 02/21/2021 (not
# YYYY-MM-DD: day/month order is never guessed), 2999-01-01 and 9999-12-31 (outside the plausible
# range), 20210-01-01 (not a date) rejected. 7 read = 1 accepted + 6 rejected.
set(ARGS validate "${FIXTURES}/damaged_dates" --out "${OUT}" --dates 2000-01-01:2030-12-31 --identify)
set(EXIT_CODE 0)
