# Windows-1252 files (participation.csv and the register) read with --encoding windows-1252:
# every row accepted, names in UTF-8; the manifest records the encoding.
set(ARGS validate "${FIXTURES}/damaged_windows_1252" --out "${OUT}" --dates 2000-01-01:2030-12-31 --encoding windows-1252)
set(EXIT_CODE 0)
