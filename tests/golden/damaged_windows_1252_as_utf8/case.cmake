# The Windows-1252 files read as UTF-8: the register (establishments.csv, read first) stops the
# run at its line 3 (a register row is not rejected: rows refer to it), saying the file looks like
# Windows-1252 and how to read it. Nothing written.
set(ARGS validate "${FIXTURES}/damaged_windows_1252" --out "${OUT}" --dates 2000-01-01:2030-12-31)
set(EXIT_CODE 1)
