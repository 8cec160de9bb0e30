# A row with 9 fields (an unquoted comma) and one with 7: both rejected with the count, kept byte
# for byte (--identify); 4 read = 2 accepted + 2 rejected.
set(ARGS validate "${FIXTURES}/damaged_field_count" --out "${OUT}" --dates 2000-01-01:2030-12-31 --identify)
set(EXIT_CODE 0)
