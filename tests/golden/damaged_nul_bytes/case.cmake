# A NUL byte in line 3: not a text file (a binary file, or UTF-16 without its byte-order mark);
# the run stops with file and line and writes nothing.
set(ARGS validate "${FIXTURES}/damaged_nul_bytes" --out "${OUT}" --dates 2000-01-01:2030-12-31)
set(EXIT_CODE 1)
