# UTF-16 LE without a byte-order mark: NUL bytes, so not a text file, and the message says it
# looks like UTF-16 and which --encoding reads it. Nothing written.
set(ARGS validate "${FIXTURES}/damaged_utf16le_no_bom" --out "${OUT}" --dates 2000-01-01:2030-12-31)
set(EXIT_CODE 1)
