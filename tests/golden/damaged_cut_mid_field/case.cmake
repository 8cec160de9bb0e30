# The file cut mid-field on its last line (no line end): that row has 4 fields of 8 and is
# rejected, kept byte for byte (--identify); the rows before are read (3 read = 2 + 1).
set(ARGS validate "${FIXTURES}/damaged_cut_mid_field" --out "${OUT}" --dates 2000-01-01:2030-12-31 --identify)
set(EXIT_CODE 0)
