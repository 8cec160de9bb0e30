# 6 of 40 rows rejected (15%) against an allowance of 1%: the outputs are written whole and the
# exit code says the threshold was passed.
set(ARGS validate "${FIXTURES}/damaged" --out "${OUT}" --dates 2000-01-01:2030-12-31 --max-reject-share 0.01)
set(EXIT_CODE 3)
